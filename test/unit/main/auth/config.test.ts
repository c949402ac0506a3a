import { describe, expect, it } from 'vitest';
import { CLIENT_ID_MISSING, resolveAuthConfig } from '../../../../main/auth/config.js';

describe('tenant sign-in settings', () => {
  it('explains how to register an app when no client id is configured', () => {
    expect(resolveAuthConfig({})).toEqual({ ok: false, reason: CLIENT_ID_MISSING });
    expect(CLIENT_ID_MISSING).toContain('DeviceManagementServiceConfig.Read.All');
  });

  it('uses the organizations authority and global Graph by default', () => {
    expect(resolveAuthConfig({ clientId: '3a7e9c10-2b4d-4e6f-8a1b-9c0d1e2f3a4b' })).toEqual({
      ok: true,
      config: {
        clientId: '3a7e9c10-2b4d-4e6f-8a1b-9c0d1e2f3a4b',
        authority: 'https://login.microsoftonline.com/organizations',
        graphBaseUrl: 'https://graph.microsoft.com',
        scopes: ['https://graph.microsoft.com/DeviceManagementServiceConfig.Read.All'],
      },
    });
  });

  it('supports a sovereign cloud, asking for the scope on its own Graph host', () => {
    const outcome = resolveAuthConfig({
      clientId: '3a7e9c10-2b4d-4e6f-8a1b-9c0d1e2f3a4b',
      authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.us',
      graphBaseUrl: 'https://graph.microsoft.us/',
    });
    expect(outcome.ok && outcome.config.scopes).toEqual([
      'https://graph.microsoft.us/DeviceManagementServiceConfig.Read.All',
    ]);
  });

  it('refuses a client id that is not a GUID and an authority that is not https', () => {
    expect(resolveAuthConfig({ clientId: 'my-app' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('GUID'),
    });
    expect(
      resolveAuthConfig({
        clientId: '3a7e9c10-2b4d-4e6f-8a1b-9c0d1e2f3a4b',
        authority: 'http://login.example',
      }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('https') });
  });
});
