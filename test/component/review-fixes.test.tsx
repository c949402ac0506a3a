/**
 * What a screenshot review found confusing: the stage a validation opens on, cancelled steps that
 * looked like faults, sign-in buttons that could never work, and actions "Run all" leaves alone.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot } from './fake-hvv.js';
import { renderApp, renderChecklist } from './render-app.js';

describe('the stage a validation opens on', () => {
  it('opens an OOBE update validation on the Cumulative update stage', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('radio', { name: 'Install the cumulative update during OOBE' }));
    await user.click(screen.getByRole('button', { name: 'Choose update package…' }));
    await screen.findByDisplayValue('E:\\windows10.0-kb5031356-x64.msu');
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Cumulative update' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Cumulative update,/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('opens an off-network sign-in validation on the Off-network sign-in stage', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('radio', { name: 'Sign in off the corporate network' }));
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Off-network sign-in' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Off-network sign-in,/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('opens an on-network validation on Requirements', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('button', { name: 'Start validation' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Requirements' })).toBeVisible();
  });

  it('opens a replayed recording on the first stage with something that did not pass', async () => {
    const hvv = createFakeHvv();
    hvv.openScenarioDialog.mockResolvedValue(
      snapshot({ mode: 'replay', recordedAt: '2026-11-24T10:15:00Z' }, [
        result('os-build', 'pass', 'Build is fine.'),
        result('vpn-profile', 'pass', 'Found "Contoso VPN".'),
        result('vpn-connect', 'fail', 'RAS error 809.'),
      ]),
    );
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('button', { name: 'Open recorded scenario…' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Connect' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Connect, Failed' })).toHaveAttribute('aria-current', 'true');
  });
});

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

describe('tenant sign-in that is not set up', () => {
  const NOTE = 'Tenant checks need an Azure AD app registration: ask your administrator to register one.';

  it('shows why and how to set it up instead of sign-in buttons that can only fail', async () => {
    const hvv = createFakeHvv();
    hvv.authStatus.mockResolvedValue({
      signedIn: false,
      username: null,
      tenantId: null,
      note: NOTE,
      configured: false,
    });
    await renderApp(hvv);
    const region = screen.getByRole('region', { name: 'Tenant checks (Intune)' });
    expect(within(region).getByText(NOTE)).toBeVisible();
    expect(within(region).getByText(/tenant-settings\.json/)).toBeVisible();
    expect(within(region).queryByRole('button', { name: 'Sign in with browser' })).not.toBeInTheDocument();
    expect(
      within(region).queryByRole('button', { name: 'Sign in with a device code' }),
    ).not.toBeInTheDocument();
  });

  it('names the settings file this install really reads', async () => {
    const hvv = createFakeHvv();
    hvv.authStatus.mockResolvedValue({
      signedIn: false,
      username: null,
      tenantId: null,
      note: NOTE,
      configured: false,
      settingsPath: '/home/lab/.hybrid-vpn-validator-preview/tenant-settings.json',
    });
    await renderApp(hvv);
    const region = screen.getByRole('region', { name: 'Tenant checks (Intune)' });
    expect(
      within(region).getByText('/home/lab/.hybrid-vpn-validator-preview/tenant-settings.json'),
    ).toBeVisible();
  });

  it('still offers sign-in when it is configured, even with a note about the token cache', async () => {
    const hvv = createFakeHvv();
    hvv.authStatus.mockResolvedValue({
      signedIn: false,
      username: null,
      tenantId: null,
      note: 'You will have to sign in again after restarting the app.',
    });
    await renderApp(hvv);
    const region = screen.getByRole('region', { name: 'Tenant checks (Intune)' });
    expect(within(region).getByRole('button', { name: 'Sign in with browser' })).toBeEnabled();
  });
});

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
