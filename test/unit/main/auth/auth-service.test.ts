import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthService } from '../../../../main/auth/auth-service.js';
import type { TenantAuthService } from '../../../../main/auth/auth-service.js';
import { SignInError } from '../../../../main/auth/auth-errors.js';
import { cacheFilePath, createTokenCacheStore } from '../../../../main/auth/token-cache.js';
import type { DeviceCodeInfo } from '../../../../main/services.js';
import { FAKE_CLIENT_ID, FAKE_TENANT_ID, FAKE_USER, startFakeIdp } from '../../../fakes/fake-idp.js';
import type { FakeIdp, FakeIdpOptions } from '../../../fakes/fake-idp.js';
import { testSecretBox } from './test-secret-box.js';

let dir: string;
let idp: FakeIdp;
let logs: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-auth-'));
  logs = [];
});
afterEach(async () => {
  await idp?.close();
  await rm(dir, { recursive: true, force: true });
});

async function setup(
  idpOptions: FakeIdpOptions = {},
  browser: 'approve' | 'deny' | 'ignore' = 'approve',
  encryption = true,
): Promise<{ auth: TenantAuthService; opened: string[] }> {
  idp = await startFakeIdp(idpOptions);
  const opened: string[] = [];
  const auth = createAuthService({
    clientId: FAKE_CLIENT_ID,
    authority: idp.authority,
    openBrowser: async (url) => {
      opened.push(url);
      if (browser !== 'ignore') await idp.browser(url, browser);
    },
    cachePlugin: createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox(encryption) }),
    msalConfigOverrides: { networkClient: idp.networkClient },
    log: (line) => logs.push(line),
  });
  return { auth, opened };
}

const noDeviceCode = (): void => {
  throw new Error('no device code expected');
};

describe('browser sign-in', () => {
  it('signs the technician in through the system browser with PKCE and shows who is signed in', async () => {
    const { auth, opened } = await setup();
    const status = await auth.signIn('browser', noDeviceCode);
    expect(status).toEqual({
      signedIn: true,
      username: FAKE_USER.username,
      tenantId: FAKE_TENANT_ID,
      note: null,
    });
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0] ?? '');
    expect(url.protocol).toBe('https:');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(idp.tokenGrants()).toEqual(['authorization_code']);
  });

  it('says the sign-in was cancelled when the technician declines in the browser', async () => {
    const { auth } = await setup({}, 'deny');
    await expect(auth.signIn('browser', noDeviceCode)).rejects.toMatchObject({
      kind: 'cancelled',
      message: 'Sign-in was cancelled.',
    });
    expect((await auth.status()).signedIn).toBe(false);
  });

  it('stops waiting for the browser when the technician cancels', async () => {
    const { auth, opened } = await setup({}, 'ignore');
    const controller = new AbortController();
    const pending = auth.signIn('browser', noDeviceCode, controller.signal);
    await expect.poll(() => opened.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('tells the technician an administrator must grant consent when Azure AD reports AADSTS65001', async () => {
    const { auth } = await setup();
    idp.failNextToken({
      status: 400,
      error: 'invalid_grant',
      description: 'AADSTS65001: The user or administrator has not consented to use the application.',
    });
    const error = await auth.signIn('browser', noDeviceCode).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ kind: 'consent-required' });
    expect((error as Error).message).toContain('DeviceManagementServiceConfig.Read.All');
    expect((error as Error).message).toContain('AADSTS65001');
  });

  it('treats an empty answer from the token endpoint as a failed sign-in, not a success', async () => {
    const { auth } = await setup();
    idp.failNextToken('empty');
    await expect(auth.signIn('browser', noDeviceCode)).rejects.toBeInstanceOf(SignInError);
    expect((await auth.status()).signedIn).toBe(false);
  });
});

describe('device code sign-in', () => {
  it('shows the code to type and signs in once the technician has entered it', async () => {
    const { auth } = await setup({ pendingPolls: 2 });
    const codes: DeviceCodeInfo[] = [];
    const status = await auth.signIn('device-code', (info) => codes.push(info));
    expect(codes).toEqual([
      {
        userCode: 'HVV-4821',
        verificationUri: 'https://microsoft.com/devicelogin',
        message: expect.stringContaining('HVV-4821'),
      },
    ]);
    expect(status.signedIn).toBe(true);
    expect(idp.tokenGrants().filter((g) => g.includes('device_code'))).toHaveLength(3);
  });

  it('can be cancelled while waiting for the code to be entered', async () => {
    const { auth } = await setup({ pendingPolls: 1_000_000 });
    const controller = new AbortController();
    const pending = auth.signIn('device-code', () => controller.abort(), controller.signal);
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('says the code expired when it was not entered in time', async () => {
    const { auth } = await setup({ deviceCodeOutcome: 'expired' });
    await expect(auth.signIn('device-code', () => undefined)).rejects.toMatchObject({ kind: 'expired' });
  });

  it('reports a wrong tenant when the app is not registered in the directory', async () => {
    idp = await startFakeIdp();
    const auth = createAuthService({
      clientId: '00000000-0000-4000-8000-000000000000',
      authority: idp.authority,
      openBrowser: async () => undefined,
      cachePlugin: createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() }),
      msalConfigOverrides: { networkClient: idp.networkClient },
    });
    const error = await auth.signIn('device-code', () => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'wrong-tenant' });
    expect((error as Error).message).toContain('client id');
  });
});

describe('tokens for Graph', () => {
  it('refuses to hand out a token before anyone signed in', async () => {
    const { auth } = await setup();
    await expect(auth.getAccessToken()).rejects.toMatchObject({ kind: 'not-signed-in' });
  });

  it('renews an expiring token silently with the refresh token', async () => {
    const { auth } = await setup({ accessTokenLifetime: 60 });
    await auth.signIn('browser', noDeviceCode);
    const first = await auth.getAccessToken();
    expect(first).toMatch(/^AT-SECRET-/);
    const second = await auth.getAccessToken();
    expect(second).not.toBe(first);
    expect(idp.tokenGrants()).toEqual(['authorization_code', 'refresh_token', 'refresh_token']);
  });

  it('reuses a valid token without calling Azure AD', async () => {
    const { auth } = await setup();
    await auth.signIn('browser', noDeviceCode);
    const first = await auth.getAccessToken();
    expect(await auth.getAccessToken()).toBe(first);
    expect(idp.tokenGrants()).toEqual(['authorization_code']);
  });

  it('asks the technician to sign in again when the session was revoked', async () => {
    const { auth } = await setup({ accessTokenLifetime: 60 });
    await auth.signIn('browser', noDeviceCode);
    idp.revokeRefreshTokens();
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'not-signed-in' });
    expect((error as Error).message).toContain('Sign in');
  });

  it('reports an unreachable sign-in service as a network problem', async () => {
    const { auth } = await setup({ accessTokenLifetime: 60 });
    await auth.signIn('browser', noDeviceCode);
    await idp.close();
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network' });
  });
});

describe('sign-in survives a restart, encrypted', () => {
  it('keeps the technician signed in across app restarts and signs out completely', async () => {
    const { auth } = await setup();
    await auth.signIn('browser', noDeviceCode);
    const token = await auth.getAccessToken();

    const restarted = createAuthService({
      clientId: FAKE_CLIENT_ID,
      authority: idp.authority,
      openBrowser: async () => undefined,
      cachePlugin: createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() }),
      msalConfigOverrides: { networkClient: idp.networkClient },
    });
    expect((await restarted.status()).username).toBe(FAKE_USER.username);
    expect(await restarted.getAccessToken()).toBe(token);

    expect(await restarted.signOut()).toEqual({
      signedIn: false,
      username: null,
      tenantId: null,
      note: null,
    });
    await expect(restarted.getAccessToken()).rejects.toMatchObject({ kind: 'not-signed-in' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('never writes a token in readable form to disk', async () => {
    const { auth } = await setup({ accessTokenLifetime: 60 });
    await auth.signIn('browser', noDeviceCode);
    await auth.getAccessToken();
    const onDisk = await readFile(cacheFilePath(dir));
    expect(idp.issuedSecrets().length).toBeGreaterThanOrEqual(4);
    for (const secret of idp.issuedSecrets()) expect(onDisk.includes(secret)).toBe(false);
    expect(onDisk.includes('SECRET')).toBe(false);
  });

  it('keeps the sign-in in memory only, and says so, when the computer cannot encrypt', async () => {
    const { auth } = await setup({}, 'approve', false);
    const status = await auth.signIn('browser', noDeviceCode);
    expect(status.signedIn).toBe(true);
    expect(status.note).toMatch(/sign in again after restarting/);
    expect(await auth.getAccessToken()).toMatch(/^AT-SECRET-/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('no token leaks', () => {
  it('keeps tokens out of errors, statuses and MSAL logs through a whole sign-in cycle', async () => {
    const { auth } = await setup({ accessTokenLifetime: 60 });
    const seen: string[] = [];
    seen.push(JSON.stringify(await auth.signIn('browser', noDeviceCode)));
    await auth.getAccessToken();
    idp.failNextToken({ status: 400, error: 'invalid_grant', description: 'AADSTS50173: grant expired.' });
    const failure: unknown = await auth.getAccessToken().catch((e: unknown) => e);
    if (!(failure instanceof SignInError)) throw new Error('expected the renewal to fail');
    seen.push(failure.message, String(failure.stack), JSON.stringify(failure));
    seen.push(JSON.stringify(await auth.status()), ...logs);
    const text = seen.join('\n');
    for (const secret of idp.issuedSecrets()) expect(text).not.toContain(secret);
    expect(text).not.toContain('SECRET');
  });
});
