/** A cancelled step reads Cancelled, not as a fault (found in a screenshot review). */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

const CANCELLED = result(
  'vpn-connect',
  'error',
  'Cancelled by the technician before the check finished. Run it again when ready.',
  { details: { cancelled: true } },
);

describe('a cancelled step', () => {
  it('reads "Cancelled", not Error, and offers to run it again instead of a fix-it list', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({}, [
        { ...CANCELLED, remediation: ['Run the step again when ready.'] },
        result('proxy', 'error', 'Cancelled by the technician.', {
          details: { cancelled: true },
          remediation: ['Run the step again when ready.'],
        }),
      ]),
    );
    const { user } = await renderChecklist(hvv);

    const proxy = screen.getByRole('article', { name: 'No static proxy in the way' });
    expect(within(proxy).getByText('Cancelled')).toBeVisible();
    expect(within(proxy).queryByText('Error')).not.toBeInTheDocument();
    expect(within(proxy).queryByRole('heading', { name: 'How to fix it' })).not.toBeInTheDocument();
    expect(
      within(proxy).getByRole('button', { name: 'Run again: No static proxy in the way' }),
    ).toBeEnabled();
    expect(within(proxy).getByText(/Cancelled by you/)).toHaveTextContent(/Press Run again when ready\.$/);
    expect(screen.getByRole('button', { name: 'Requirements, Cancelled' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /^Connect,/ }));
    const connect = screen.getByRole('article', { name: 'Connect the VPN with rasdial' });
    expect(within(connect).getByText('Cancelled')).toBeVisible();
    expect(within(connect).getByText(/Cancelled by you/)).toHaveTextContent(
      'Cancelled by you before it finished: nothing is wrong because of it. Press Connect VPN now when ready.',
    );
    expect(within(connect).getByRole('button', { name: 'Connect VPN now' })).toBeEnabled();
    expect(within(connect).queryByText('Run the step again when ready.')).not.toBeInTheDocument();
    expect(screen.getByText(/2 cancelled/)).toBeInTheDocument();
  });

  it('is labelled Cancelled in the report too, without a fix-it list', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({}, [{ ...CANCELLED, remediation: ['Run the step again when ready.'] }]),
    );
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Report' }));
    const attention = screen.getByRole('heading', { level: 2, name: 'Steps that need attention' })
      .parentElement as HTMLElement;
    expect(within(attention).getByText('Cancelled')).toBeVisible();
    expect(within(attention).queryByText('Error')).not.toBeInTheDocument();
    expect(within(attention).queryByText('Run the step again when ready.')).not.toBeInTheDocument();
    expect(screen.getByText(/Errors include one step you cancelled/)).toBeVisible();
  });

  it('a real error still reads as Error with its fix', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({}, [
        result('proxy', 'error', 'Could not check: PowerShell did not start.', {
          remediation: ['Check that PowerShell runs on this device.'],
        }),
      ]),
    );
    await renderChecklist(hvv);
    const proxy = screen.getByRole('article', { name: 'No static proxy in the way' });
    expect(within(proxy).getByText('Error')).toBeVisible();
    expect(within(proxy).getByText('Check that PowerShell runs on this device.')).toBeVisible();
  });
});
