import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID_MISSING } from '../../../../main/auth/config.js';
import { createTenantServices } from '../../../../main/auth/tenant-services.js';
import { readTenantSettings } from '../../../../main/auth/tenant-settings.js';
import type { ProbeExecutor } from '../../../../common/model.js';
import { FAKE_CLIENT_ID, startFakeIdp } from '../../../fakes/fake-idp.js';
import { HYBRID_PROFILE, startFakeGraph } from '../../../fakes/fake-graph.js';
import { testSecretBox } from './test-secret-box.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-tenant-services-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const nothing: ProbeExecutor = {
  mode: 'live',
  run: async () => ({ exitCode: 0, stdout: '{}', stderr: '', durationMs: 0, timedOut: false }),
};

describe('tenant settings', () => {
  it('reads the app registration from tenant-settings.json, with environment overrides', async () => {
    await writeFile(
      join(dir, 'tenant-settings.json'),
      JSON.stringify({ clientId: 'from-file', authority: 'https://a' }),
    );
    expect(await readTenantSettings(dir, {})).toEqual({
      ok: true,
      settings: { clientId: 'from-file', authority: 'https://a', graphBaseUrl: undefined },
    });
    expect(await readTenantSettings(dir, { HVV_CLIENT_ID: 'from-env' })).toMatchObject({
      settings: { clientId: 'from-env' },
    });
  });

  it('explains a settings file that is not JSON', async () => {
    await writeFile(join(dir, 'tenant-settings.json'), '{ clientId: ');
    expect(await readTenantSettings(dir, {})).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not valid JSON'),
    });
  });
});

describe('tenant services as compose wires them', () => {
  it('tells the technician how to set up tenant checks when no client id is configured', async () => {
    const services = await createTenantServices({
      userDataDir: dir,
      secrets: testSecretBox(),
      openExternal: async () => undefined,
      settings: {},
    });
    expect(await services.auth.status()).toEqual({
      signedIn: false,
      username: null,
      tenantId: null,
      // No note: the panel says, translated, that sign-in is not set up; English would only repeat it.
      note: null,
      configured: false,
      // The file this install reads, so the set-up note names the real place on this platform.
      settingsPath: join(dir, 'tenant-settings.json'),
    });
    await expect(services.auth.signIn('browser', () => undefined)).rejects.toMatchObject({
      kind: 'not-configured',
    });
    await expect(
      services
        .withTenantProbes(nothing)
        .run({ probe: 'tenant.autopilotDevice', args: { serialNumber: 'X1' } }),
    ).rejects.toMatchObject({ kind: 'unavailable', message: CLIENT_ID_MISSING });
  });

  it('keeps the administrator’s note when the configuration itself is wrong (a client id that is no GUID)', async () => {
    const services = await createTenantServices({
      userDataDir: dir,
      secrets: testSecretBox(),
      openExternal: async () => undefined,
      settings: { clientId: 'contoso-vpn-app' },
    });
    const status = await services.auth.status();
    expect(status.configured).toBe(false);
    expect(status.note).toBe(
      'The configured client id "contoso-vpn-app" is not an Application (client) ID (a GUID).',
    );
  });

  it('keeps the note naming the file when the settings file is not JSON', async () => {
    await writeFile(join(dir, 'tenant-settings.json'), '{ clientId: ');
    const services = await createTenantServices({
      userDataDir: dir,
      secrets: testSecretBox(),
      openExternal: async () => undefined,
    });
    expect((await services.auth.status()).note).toMatch(/tenant-settings\.json is not valid JSON/);
  });

  it('signs in and reads the tenant with the configured registration', async () => {
    const idp = await startFakeIdp();
    const graph = await startFakeGraph();
    try {
      graph.setDevices([
        { id: '7c6b5a49-3827-4161-9f0e-d1c2b3a4f5e6', serialNumber: 'PF3ABC12', profile: HYBRID_PROFILE },
      ]);
      const services = await createTenantServices({
        userDataDir: dir,
        secrets: testSecretBox(),
        openExternal: (url) => idp.browser(url),
        settings: { clientId: FAKE_CLIENT_ID, authority: idp.authority },
        msalConfigOverrides: { networkClient: idp.networkClient },
        // Graph's real https address, answered by the local fake.
        fetchImpl: (input, init) =>
          fetch(String(input).replace('https://graph.microsoft.com', graph.baseUrl), init),
      });
      expect((await services.auth.signIn('browser', () => undefined)).signedIn).toBe(true);
      graph.acceptTokens(...idp.issuedSecrets());
      const result = await services
        .withTenantProbes(nothing)
        .run({ probe: 'tenant.autopilotDevice', args: { serialNumber: 'PF3ABC12' } });
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.stdout).value[0].serialNumber).toBe('PF3ABC12');
    } finally {
      await Promise.all([idp.close(), graph.close()]);
    }
  });
});
