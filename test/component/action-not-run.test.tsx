/** An action "Run all checks" leaves alone says which button runs it. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

describe('an action "Run all checks" left alone', () => {
  it('says it has not run yet and which button runs it, not a command-line hint', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({}, [
        result('os-build', 'pass', 'Build is fine.'),
        result('vpn-connect', 'skip', 'Not run: actions change the device; run with --connect/--install.', {
          details: { notRun: 'vpn.connect' },
        }),
      ]),
    );
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Connect, Not run yet' }));
    const connect = screen.getByRole('article', { name: 'Connect the VPN with rasdial' });
    expect(within(connect).getByText('Not run yet')).toBeVisible();
    expect(within(connect).getByText(/Not run yet — press/)).toHaveTextContent(
      'Not run yet — press Connect VPN now when ready.',
    );
    expect(within(connect).queryByText(/--connect/)).not.toBeInTheDocument();
    expect(within(connect).queryByText('Skipped')).not.toBeInTheDocument();
    expect(screen.getByText(/1 passed · \d+ not run yet/)).toBeInTheDocument();
  });
});
