/** Tenant sign-in that is not set up explains how, instead of buttons that can only fail. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv } from './fake-hvv.js';
import { renderApp } from './render-app.js';

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
