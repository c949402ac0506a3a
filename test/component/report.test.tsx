import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

function reportSession() {
  return snapshot({}, [
    result('os-build', 'pass', 'Windows 10 build 19045 supports VPN during Autopilot.'),
    result('proxy', 'warn', 'A static WinHTTP proxy is set; Autopilot expects WPAD.', {
      remediation: ['Remove the static proxy: netsh winhttp reset proxy.', 'Publish a WPAD file instead.'],
    }),
    result('vpn-profile', 'pass', 'Found "Contoso VPN".'),
    result('vpn-connect', 'fail', 'RAS error 809.', { remediation: ['Open UDP 500 and 4500.'] }),
  ]);
}

describe('report', () => {
  it('lists per-stage counts and every step that needs attention with its fix', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(reportSession());
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Report' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report: Validation of CONTOSO-LT-042' }),
    ).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Results by stage' });
    const requirements = within(table).getByRole('row', { name: /Requirements/ });
    // Stage, Passed, Warnings, Failed, …
    expect(
      within(requirements)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '0', '0', '0', '0']);

    const attention = screen.getByRole('heading', {
      level: 2,
      name: 'Steps that need attention',
    }).parentElement;
    if (!attention) throw new Error('no attention section');
    expect(within(attention).getByText('Remove the static proxy: netsh winhttp reset proxy.')).toBeVisible();
    expect(within(attention).getByText('Open UDP 500 and 4500.')).toBeVisible();
    expect(within(attention).queryByText('Found "Contoso VPN".')).not.toBeInTheDocument();

    await user.click(
      within(attention).getByRole('button', { name: 'Show in checklist: Connect the VPN with rasdial' }),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Connect' })).toBeVisible();
  });

  it('exports the HTML report and says where it was saved', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(reportSession());
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Report' }));

    await user.click(screen.getByRole('button', { name: 'Export HTML report' }));
    expect(hvv.exportSession).toHaveBeenCalledWith({ format: 'html', language: 'en' });
    expect(await screen.findByText('Saved the HTML report to C:\\Reports\\validation.html')).toBeVisible();

    hvv.exportSession.mockResolvedValue(null);
    await user.click(screen.getByRole('button', { name: 'Export scenario file' }));
    expect(hvv.exportSession).toHaveBeenCalledWith({ format: 'scenario', language: 'en' });
    expect(await screen.findByText('Export cancelled: nothing was saved.')).toBeVisible();
  });

  it("shows main's message when an export fails", async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(reportSession());
    hvv.exportSession.mockRejectedValue(new Error('The PDF could not be written: disk full.'));
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Report' }));

    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The PDF could not be written: disk full.');
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  });
});
