/**
 * The app's window receives sessionDelta, not whole snapshots (issue 14): the checklist follows
 * delta after delta, and a gap makes it fetch the full session once.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { createDeltaEncoder } from '../../common/ipc/session-delta.js';
import { createFakeHvv, result, snapshot, withStep } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

const RAS_809 = result('vpn-connect', 'fail', 'The VPN did not connect: RAS error 809.');

function connectCard(): HTMLElement {
  return screen.getByRole('article', { name: 'Connect the VPN with rasdial' });
}

describe('session deltas in the checklist', () => {
  it('applies each delta, and fetches the whole session once after a gap', async () => {
    const hvv = createFakeHvv();
    const idle = snapshot();
    hvv.currentSession.mockResolvedValue(idle);
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: /^Connect,/ }));
    const encoder = createDeltaEncoder();
    const send = (s: SessionSnapshot) => act(() => hvv.emit('sessionDelta', encoder.encode(s)));

    send(idle);
    const running = withStep(idle, 'vpn-connect', {
      phase: 'running',
      runningSince: new Date().toISOString(),
    });
    send(running);
    expect(within(connectCard()).getByText('Running')).toBeVisible();
    const failed = withStep(running, 'vpn-connect', { phase: 'done', result: RAS_809 });
    send(failed);
    expect(within(connectCard()).getByText('Failed')).toBeVisible();
    expect(hvv.currentSession).toHaveBeenCalledTimes(1); // the start screen's, nothing since

    // One delta lost on the way: the next does not apply, the full session is fetched once.
    const rerun = withStep(failed, 'vpn-connect', { phase: 'queued' });
    encoder.encode(rerun);
    const passed = withStep(rerun, 'vpn-connect', {
      phase: 'done',
      result: result('vpn-connect', 'pass', 'Connected.'),
    });
    hvv.currentSession.mockResolvedValue(passed);
    send(passed);
    await waitFor(() => expect(within(connectCard()).getByText('Passed')).toBeVisible());
    expect(hvv.currentSession).toHaveBeenCalledTimes(2);

    // The deltas after the fetch apply again.
    send(withStep(passed, 'vpn-connect', { phase: 'done', result: RAS_809 }));
    expect(within(connectCard()).getByText('Failed')).toBeVisible();
    expect(hvv.currentSession).toHaveBeenCalledTimes(2);
  });
});
