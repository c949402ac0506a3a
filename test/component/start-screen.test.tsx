import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, snapshot } from './fake-hvv.js';
import { renderApp } from './render-app.js';

describe('start screen', () => {
  it('shows the stages the validation will walk, in the procedure order, before anything runs', async () => {
    await renderApp(createFakeHvv());
    const stages = within(screen.getByRole('list', { name: 'The stages of the validation' }));
    expect(stages.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Requirements',
      'Tenant',
      'VPN profile',
      'Connect',
      'Logon screen',
      'Off-network sign-in',
      'Cumulative update',
    ]);
  });

  it('will not start an OOBE update validation until the .msu package is chosen', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);

    await user.click(screen.getByRole('radio', { name: 'Install the cumulative update during OOBE' }));
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(hvv.startSession).not.toHaveBeenCalled();
    expect(screen.getByText(/Choose the cumulative update package \(\.msu\)/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Cumulative update package (.msu)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Choose update package…' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Cumulative update package (.msu)' })).toHaveValue(
        'E:\\windows10.0-kb5031356-x64.msu',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(hvv.startSession).toHaveBeenCalledWith({
      validationType: 'oobe-update',
      inputs: {
        domain: 'corp.contoso.com',
        vpnConnection: null,
        updatePackage: 'E:\\windows10.0-kb5031356-x64.msu',
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Validation of CONTOSO-LT-042' }),
    ).toHaveFocus();
  });

  it('says when the domain does not look like a domain name, and starts nothing', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    const domain = screen.getByRole('textbox', { name: 'Domain' });
    expect(domain).toHaveValue('corp.contoso.com');

    await user.clear(domain);
    await user.type(domain, 'corp contoso');
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(hvv.startSession).not.toHaveBeenCalled();
    expect(screen.getByText(/doesn't look like a domain name/)).toBeInTheDocument();
    expect(domain).toHaveFocus();
  });

  it('starts an on-network validation with the chosen VPN connection', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);

    await user.selectOptions(screen.getByRole('combobox', { name: 'VPN connection' }), 'Contoso VPN');
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(hvv.startSession).toHaveBeenCalledWith({
      validationType: 'on-network',
      inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: null },
    });
  });

  it('offers plug-in VPN connections only as disabled choices that say why', async () => {
    await renderApp(createFakeHvv());
    const option = screen.getByRole('option', { name: /Store VPN — not usable: a Store plug-in/ });
    expect(option).toBeDisabled();
    expect(screen.getByRole('option', { name: 'Contoso VPN' })).toBeEnabled();
  });

  it('explains why live checks are unavailable and keeps replay open', async () => {
    const hvv = createFakeHvv();
    hvv.appInfo.mockResolvedValue({
      version: '0.1.0',
      platform: 'linux',
      live: { available: false, reason: 'live checks need Windows with PowerShell' },
    });
    await renderApp(hvv);

    const banner = (await screen.findByText(/Live checks are not available on this computer/)).closest('p');
    expect(banner).toHaveTextContent('live checks need Windows with PowerShell');
    expect(screen.getByRole('button', { name: 'Start validation' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Open recorded scenario…' })).toBeEnabled();
  });

  it('tells a standard user which steps need "Run as administrator" before anything runs', async () => {
    const hvv = createFakeHvv();
    hvv.appInfo.mockResolvedValue({
      version: '0.1.0',
      platform: 'win32',
      live: {
        available: true,
        reason: null,
        context: { user: 'CONTOSO\\ben', elevated: false, account: 'user' },
      },
    });
    await renderApp(hvv);

    const note = await screen.findByRole('status', { name: 'How the app is running' });
    expect(note).toHaveTextContent('Not running as administrator (CONTOSO\\ben');
    expect(note).toHaveTextContent('Install the cumulative update');
    expect(note).toHaveTextContent('Autopilot profile');
    expect(note).toHaveTextContent('Run as administrator');
  });

  it('says when the app runs as the OOBE setup account and elevated', async () => {
    const hvv = createFakeHvv();
    hvv.appInfo.mockResolvedValue({
      version: '0.1.0',
      platform: 'win32',
      live: {
        available: true,
        reason: null,
        context: { user: 'PC01\\defaultuser0', elevated: true, account: 'oobe' },
      },
    });
    await renderApp(hvv);

    const note = await screen.findByRole('status', { name: 'How the app is running' });
    expect(note).toHaveTextContent('the setup account of OOBE');
    expect(note).toHaveTextContent('Running as administrator: every step can run.');
  });

  it('replays a scenario file dropped onto the replay area', async () => {
    const hvv = createFakeHvv();
    await renderApp(hvv);
    const content = '{"format":"hvv-scenario/1","recordedAt":"2026-11-20T09:00:00Z"}';
    const file = new File([content], 'lyon.scenario.json', { type: 'application/json' });

    fireEvent.drop(screen.getByRole('region', { name: 'Replay a recording' }), {
      dataTransfer: { files: [file] },
    });

    await waitFor(() =>
      expect(hvv.loadScenario).toHaveBeenCalledWith({ fileName: 'lyon.scenario.json', content }),
    );
    expect(await screen.findByText(/Replay of "Validation of CONTOSO-LT-042"/)).toBeInTheDocument();
  });

  it('hands an Intune diagnostics zip dropped onto the replay area to main, as base64', async () => {
    const hvv = createFakeHvv();
    await renderApp(hvv);
    const bytes = new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0, 0xff, 0x80]);
    const file = new File([bytes], 'DiagLogs-LAB-0042-20261124T101500Z.zip', { type: 'application/zip' });

    fireEvent.drop(screen.getByRole('region', { name: 'Replay a recording' }), {
      dataTransfer: { files: [file] },
    });

    await waitFor(() =>
      expect(hvv.loadDiagnosticsBundle).toHaveBeenCalledWith({
        fileName: 'DiagLogs-LAB-0042-20261124T101500Z.zip',
        base64: 'UEsFBgD/gA==',
      }),
    );
    expect(hvv.loadScenario).not.toHaveBeenCalled();
  });

  it("shows main's own message when a dropped file is not a scenario, until dismissed", async () => {
    const hvv = createFakeHvv();
    hvv.loadScenario.mockRejectedValue(
      new Error('notes.txt is not a scenario file: "format" must be "hvv-scenario/1".'),
    );
    const { user } = await renderApp(hvv);

    fireEvent.drop(screen.getByRole('region', { name: 'Replay a recording' }), {
      dataTransfer: { files: [new File(['hello'], 'notes.txt')] },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('notes.txt is not a scenario file: "format" must be "hvv-scenario/1".');
    expect(screen.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss error' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to resume the validation main still holds', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(snapshot({ title: 'Validation of CONTOSO-LT-099' }));
    const { user } = await renderApp(hvv);

    const banner = await screen.findByRole('region', { name: 'Validation in progress' });
    expect(banner).toHaveTextContent('Validation of CONTOSO-LT-099');
    await user.click(within(banner).getByRole('button', { name: 'Resume validation' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Validation of CONTOSO-LT-099' }),
    ).toBeVisible();
  });

  it('deletes a past validation only after the technician confirms', async () => {
    const hvv = createFakeHvv();
    const past = {
      id: 'old-1',
      title: 'Validation of CONTOSO-LT-017',
      mode: 'live' as const,
      computerName: 'CONTOSO-LT-017',
      createdAt: '2026-11-25T10:00:00Z',
      updatedAt: '2026-11-25T10:20:00Z',
      counts: { pass: 11, warn: 1 },
    };
    hvv.listSessions.mockResolvedValue([past]);
    const { user } = await renderApp(hvv);

    await user.click(await screen.findByRole('button', { name: 'Delete Validation of CONTOSO-LT-017' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this validation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(hvv.deleteSession).not.toHaveBeenCalled();

    hvv.listSessions.mockResolvedValue([]);
    await user.click(screen.getByRole('button', { name: 'Delete Validation of CONTOSO-LT-017' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(hvv.deleteSession).toHaveBeenCalledWith({ id: 'old-1' });
    expect(await screen.findByText('No past validations on this computer.')).toBeInTheDocument();
  });

  it('shows each past validation with its verdict in words', async () => {
    const hvv = createFakeHvv();
    hvv.listSessions.mockResolvedValue([
      {
        id: 'old-2',
        title: 'Validation of CONTOSO-LT-018',
        mode: 'live',
        computerName: 'CONTOSO-LT-018',
        createdAt: '2026-11-25T10:00:00Z',
        updatedAt: '2026-11-25T10:20:00Z',
        counts: { pass: 9, fail: 1 },
        verdict: 'not-ready',
      },
    ]);
    await renderApp(hvv);
    const item = (await screen.findByText('Validation of CONTOSO-LT-018')).closest('li');
    if (!item) throw new Error('no history item');
    expect(within(item).getByText('Not ready')).toBeVisible();
  });

  it('opens a past validation read-only', async () => {
    const hvv = createFakeHvv();
    hvv.listSessions.mockResolvedValue([
      {
        id: 'old-1',
        title: 'Validation of CONTOSO-LT-017',
        mode: 'live',
        computerName: null,
        createdAt: '2026-11-25T10:00:00Z',
        updatedAt: '2026-11-25T10:20:00Z',
        counts: {},
      },
    ]);
    const { user } = await renderApp(hvv);

    await user.click(
      await screen.findByRole('button', { name: 'Open Validation of CONTOSO-LT-017 (read-only)' }),
    );

    expect(hvv.openSession).toHaveBeenCalledWith({ id: 'old-1' });
    expect(await screen.findByText('Read-only')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run all checks' })).toBeDisabled();
  });

  it('shows the device code and where to enter it while signing in', async () => {
    const hvv = createFakeHvv();
    let finish: (v: {
      signedIn: boolean;
      username: string | null;
      tenantId: string | null;
    }) => void = () => {};
    hvv.signIn.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const { user } = await renderApp(hvv);

    await user.click(screen.getByRole('button', { name: 'Sign in with a device code' }));
    expect(hvv.signIn).toHaveBeenCalledWith({ method: 'device-code' });
    hvv.emit('deviceCode', {
      userCode: 'H7KQ-2XPL',
      verificationUri: 'https://microsoft.com/devicelogin',
      message: 'To sign in, use a web browser…',
    });

    expect(await screen.findByText('H7KQ-2XPL')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://microsoft.com/devicelogin' })).toHaveAttribute(
      'href',
      'https://microsoft.com/devicelogin',
    );

    finish({ signedIn: true, username: 'tech@contoso.com', tenantId: 't1' });
    expect(await screen.findByText('tech@contoso.com')).toBeInTheDocument();
    expect(screen.queryByText('H7KQ-2XPL')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeEnabled();
  });
});
