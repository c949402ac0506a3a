import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot, withStep } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

const RAS_809 = result(
  'vpn-connect',
  'fail',
  'The VPN did not connect: RAS error 809 (the VPN server is not responding).',
  {
    remediation: ['Check that UDP 500 and 4500 reach the VPN server.'],
    evidence: [
      {
        probe: 'vpn.connect',
        args: { name: 'Contoso VPN' },
        result: {
          exitCode: 809,
          stdout: 'Remote Access error 809 - The network connection could not be established.',
          stderr: '',
          durationMs: 31250,
          timedOut: false,
        },
      },
    ],
  },
);

function stepCard(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

describe('checklist', () => {
  it('shows each step status as a word with its icon, and the stage status in the rail', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({}, [
        result('os-build', 'pass', 'Windows 10 build 19045 supports VPN during Autopilot.'),
        result('proxy', 'warn', 'A static WinHTTP proxy is set; Autopilot expects WPAD.'),
        RAS_809,
        result('dc-over-vpn', 'blocked', 'Not checked: the VPN did not connect.'),
      ]),
    );
    const { user } = await renderChecklist(hvv);

    expect(
      within(stepCard('Windows version supports VPN during Autopilot')).getByText('Passed'),
    ).toBeVisible();
    expect(within(stepCard('No static proxy in the way')).getByText('Warning')).toBeVisible();
    const rail = screen.getByRole('navigation', { name: 'Checklist stages' });
    expect(within(rail).getByRole('button', { name: 'Requirements, Warning' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(within(rail).getByRole('button', { name: 'Logon screen, Waiting for you' })).toBeVisible();

    await user.click(within(rail).getByRole('button', { name: 'Connect, Failed' }));
    const connect = stepCard('Connect the VPN with rasdial');
    expect(within(connect).getByText('Failed')).toBeVisible();
    expect(within(connect).getByText('Check that UDP 500 and 4500 reach the VPN server.')).toBeVisible();
    expect(within(stepCard('A domain controller answers over the VPN')).getByText('Blocked')).toBeVisible();
    expect(screen.getByText(/1 passed · 1 warning · 1 failed · 1 blocked/)).toBeInTheDocument();
  });

  it('shows the raw rasdial output and the Microsoft doc link on demand', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot({ validationType: 'on-network' }, [RAS_809]));
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Connect, Failed' }));
    const connect = stepCard('Connect the VPN with rasdial');

    expect(within(connect).queryByText(/Remote Access error 809/)).not.toBeInTheDocument();
    await user.click(within(connect).getByRole('button', { name: 'Show evidence' }));
    expect(within(connect).getByText(/Remote Access error 809/)).toBeVisible();
    expect(within(connect).getByText('31.3 s')).toBeVisible();

    await user.click(within(connect).getByRole('button', { name: 'Why this matters' }));
    const link = within(connect).getByRole('link', { name: /Microsoft documentation/ });
    expect(link).toHaveAttribute('href', 'https://learn.microsoft.com/autopilot/user-driven#vpn');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('shows the command to run by hand when a timed-out step says to run the command in the evidence', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({ validationType: 'on-network' }, [
        result('os-build', 'error', 'The os.version probe timed out after 30s.', {
          remediation: [
            'Run the step again; if it keeps failing, run the command shown in the evidence by hand in PowerShell and keep its output for support.',
          ],
          evidence: [
            {
              probe: 'os.version',
              args: {},
              result: { exitCode: -1, stdout: '', stderr: '', durationMs: 30000, timedOut: true },
            },
          ],
        }),
      ]),
    );
    const { user } = await renderChecklist(hvv);
    const card = stepCard('Windows version supports VPN during Autopilot');
    await user.click(within(card).getByRole('button', { name: 'Show evidence' }));
    expect(within(card).getByText('Run it by hand in PowerShell')).toBeVisible();
    expect(
      within(card).getByText(/^Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'/),
    ).toBeVisible();
    expect(within(card).getByText('30.0 s (timed out)')).toBeVisible();
  });

  it('asks before connecting the VPN, says what will change, and runs it only after yes', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot());
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: /^Connect,/ }));

    await user.click(screen.getByRole('button', { name: 'Connect VPN now' }));
    const dialog = screen.getByRole('dialog', { name: 'Connect the VPN?' });
    expect(dialog).toHaveTextContent('rasdial to connect "Contoso VPN"');
    expect(within(dialog).getByRole('button', { name: 'Not now' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(hvv.runSteps).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Connect VPN now' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(hvv.runSteps).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Connect VPN now' }));
    await user.click(screen.getByRole('button', { name: 'Yes, connect' }));
    expect(hvv.runSteps).toHaveBeenCalledWith({ stepIds: ['vpn-connect'], allowActions: true });
  });

  it('shows progress, elapsed time and Cancel while the connect runs, and cancels it', async () => {
    const hvv = createFakeHvv();
    const idle = snapshot();
    hvv.currentSession.mockResolvedValue(idle);
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: /^Connect,/ }));
    expect(screen.queryByRole('button', { name: 'Cancel running checks' })).not.toBeInTheDocument();

    const since = new Date(Date.now() - 12_000).toISOString();
    act(() => {
      hvv.emit(
        'sessionChanged',
        withStep(withStep(idle, 'vpn-connect', { phase: 'running', runningSince: since }), 'dc-over-vpn', {
          phase: 'queued',
        }),
      );
    });

    expect(screen.getByText('Running 1 of 2…')).toBeInTheDocument();
    const connect = stepCard('Connect the VPN with rasdial');
    expect(within(connect).getByText('Running')).toBeVisible();
    expect(within(connect).getByText(/Running for 1[2-3] s/)).toBeVisible();
    expect(within(connect).getByRole('button', { name: 'Connect VPN now' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Run all checks' })).toBeDisabled();

    await user.click(within(connect).getByRole('button', { name: 'Cancel Connect the VPN with rasdial' }));
    expect(hvv.cancel).toHaveBeenCalledWith({ stepId: 'vpn-connect' });
    await user.click(screen.getByRole('button', { name: 'Cancel running checks' }));
    expect(hvv.cancel).toHaveBeenCalledWith({});

    act(() => {
      hvv.emit('sessionChanged', withStep(idle, 'vpn-connect', { phase: 'done', result: RAS_809 }));
    });
    expect(screen.queryByRole('button', { name: 'Cancel running checks' })).not.toBeInTheDocument();
    expect(within(stepCard('Connect the VPN with rasdial')).getByText('Failed')).toBeVisible();
  });

  it('records a manual logon-screen check with the technician note', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot());
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: /^Logon screen,/ }));
    const card = stepCard('VPN icon on the logon screen');

    await user.type(
      within(card).getByRole('textbox', { name: 'Note (optional)' }),
      'icon shown bottom right',
    );
    await user.click(within(card).getByRole('button', { name: 'Mark as passed' }));

    expect(hvv.confirm).toHaveBeenCalledWith({
      stepId: 'logon-vpn-icon',
      result: 'pass',
      note: 'icon shown bottom right',
    });
  });

  it('runs every automated check, without actions, from "Run all checks"', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot());
    const { user } = await renderChecklist(hvv);

    await user.click(screen.getByRole('button', { name: 'Run all checks' }));
    expect(hvv.runSteps).toHaveBeenCalledWith({ allowActions: false });

    await user.click(screen.getByRole('button', { name: 'Run this check: No static proxy in the way' }));
    expect(hvv.runSteps).toHaveBeenCalledWith({ stepIds: ['proxy'], allowActions: false });
  });

  it('offers "Run all checks" once: the button waits from the click until main has finished the run', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot());
    let finish: () => void = () => undefined;
    hvv.runSteps.mockImplementation(
      () => new Promise<undefined>((resolve) => (finish = () => resolve(undefined))),
    );
    const { user } = await renderChecklist(hvv);

    const run = screen.getByRole('button', { name: 'Run all checks' });
    await user.click(run);
    expect(run).toBeDisabled();
    await user.click(run);
    expect(hvv.runSteps).toHaveBeenCalledTimes(1);

    finish();
    await waitFor(() => expect(run).toBeEnabled());
  });

  it("shows main's message when a run is refused", async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot());
    hvv.runSteps.mockRejectedValue(
      new Error('Wait for the running checks to finish (or cancel them) first.'),
    );
    const { user } = await renderChecklist(hvv);

    await user.click(screen.getByRole('button', { name: 'Run all checks' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Wait for the running checks to finish (or cancel them) first.',
    );
  });

  it('restarts only after confirmation when the update needs a restart', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({ validationType: 'oobe-update', inputs: { updatePackage: 'E:\\kb.msu' } }, [
        result('update-install', 'pass', 'The update installed; Windows needs a restart.', {
          details: { rebootRequired: true },
        }),
      ]),
    );
    const { user } = await renderChecklist(hvv);

    expect(screen.getByRole('heading', { level: 2, name: 'Cumulative update' })).toBeVisible();
    expect(screen.getByText(/this app opens again and continues this validation/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restart now' }));
    const dialog = screen.getByRole('dialog', { name: 'Restart this computer now?' });
    expect(dialog).toHaveTextContent('shutdown /r /t 0');
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(hvv.reboot).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Restart now' }));
    await user.click(screen.getByRole('button', { name: 'Yes, restart now' }));
    expect(hvv.reboot).toHaveBeenCalledWith({ confirmed: true });

    await user.click(screen.getByRole('button', { name: 'Open Windows Update' }));
    expect(hvv.openWindowsUpdate).toHaveBeenCalled();
  });

  it('never offers a restart when replaying a recording, and says the results are recorded', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot(
        {
          mode: 'replay',
          title: 'Field test Lyon',
          recordedAt: '2026-11-20T09:12:00.000Z',
          validationType: 'oobe-update',
        },
        [
          result('update-install', 'pass', 'Installed; restart required.', {
            details: { rebootRequired: true },
          }),
        ],
      ),
    );
    await renderChecklist(hvv);

    expect(screen.getByText(/Replay of "Field test Lyon", recorded/)).toBeInTheDocument();
    expect(screen.getByText(/a replay never restarts this computer/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Restart now' })).not.toBeInTheDocument();
    expect(screen.getByText(/the result comes from the recording/)).toBeVisible();
  });

  it('disables every action in a read-only past validation', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot({ readOnly: true }, [RAS_809]));
    const { user } = await renderChecklist(hvv);

    expect(screen.getByRole('button', { name: 'Run all checks' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Requirements,/ }));
    expect(screen.getByRole('button', { name: 'Run this check: No static proxy in the way' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Connect,/ }));
    expect(screen.getByRole('button', { name: 'Connect VPN now' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Logon screen,/ }));
    expect(screen.getByRole('button', { name: 'Mark as passed' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Mark as failed' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toBeDisabled();
  });

  it('offers sign-in inside the Tenant stage when tenant checks are blocked for lack of it', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(
      snapshot({}, [
        result('autopilot-registration', 'blocked', 'Sign in to check the Autopilot registration.'),
      ]),
    );
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Tenant, Blocked' }));

    await user.click(screen.getByRole('button', { name: 'Sign in with browser' }));
    expect(hvv.signIn).toHaveBeenCalledWith({ method: 'browser' });
  });
});

describe('checklist navigation', () => {
  it('walks the stages in procedure order with the keyboard, ending at the report', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot({ validationType: 'off-network' }));
    const { user } = await renderChecklist(hvv);

    expect(screen.getByRole('heading', { level: 2, name: 'Off-network sign-in' })).toBeVisible();
    screen.getByRole('button', { name: 'Next stage: Cumulative update' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Cumulative update' })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Cumulative update,/ })).toHaveAttribute(
      'aria-current',
      'true',
    );

    screen.getByRole('button', { name: 'See the report' }).focus();
    await user.keyboard('{Enter}');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Report: Validation of CONTOSO-LT-042' }),
    ).toHaveFocus();
  });

  it('keeps a live session one click away after going back to the start screen', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot());
    const { user } = await renderChecklist(hvv);

    await user.click(screen.getByRole('button', { name: 'Start screen' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' })).toHaveFocus();
    act(() => {
      hvv.emit('sessionChanged', snapshot({ title: 'Validation of CONTOSO-LT-042 (renamed)' }));
    });
    const banner = screen.getByRole('region', { name: 'Validation in progress' });
    expect(banner).toHaveTextContent('Validation of CONTOSO-LT-042 (renamed)');
  });
});

describe('inputs inside the checklist', () => {
  it('lets the technician choose the .msu package in the update stage before installing', async () => {
    const hvv = createFakeHvv();
    const start = snapshot({ validationType: 'oobe-update' });
    hvv.currentSession.mockResolvedValue(start);
    const chosen = snapshot({
      validationType: 'oobe-update',
      inputs: { ...start.inputs, updatePackage: 'E:\\windows10.0-kb5031356-x64.msu' },
    });
    hvv.setInputs.mockResolvedValue(chosen);
    const { user } = await renderChecklist(hvv);

    expect(screen.getByRole('button', { name: 'Install update now' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Choose update package…' }));

    expect(hvv.setInputs).toHaveBeenCalledWith({
      ...start.inputs,
      updatePackage: 'E:\\windows10.0-kb5031356-x64.msu',
    });
    await user.click(await screen.findByRole('button', { name: 'Install update now' }));
    const dialog = screen.getByRole('dialog', { name: 'Install the update?' });
    expect(dialog).toHaveTextContent('wusa.exe E:\\windows10.0-kb5031356-x64.msu /quiet /norestart');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, install' }));
    expect(hvv.runSteps).toHaveBeenCalledWith({ stepIds: ['update-install'], allowActions: true });
  });

  it('changes the VPN connection to test from the Connect stage', async () => {
    const hvv = createFakeHvv();
    const start = snapshot({ inputs: { domain: 'corp.contoso.com', vpnConnection: null } });
    hvv.currentSession.mockResolvedValue(start);
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: /^Connect,/ }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'VPN connection' }), 'Contoso VPN');
    expect(hvv.setInputs).toHaveBeenCalledWith({ domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN' });
  });
});
