/**
 * The Fleet screen's service in main, with real pieces: export files and folders on disk, the
 * app's own sign-in (msal-node against the fake Azure AD) asking silently for the fleet's
 * permission, and a local Graph server for the remediation list and run states.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthService, type TenantAuthService } from '../../../../main/auth/auth-service.js';
import { fleetScopesFor } from '../../../../main/auth/config.js';
import { createTokenCacheStore, cacheFilePath } from '../../../../main/auth/token-cache.js';
import { createFleetService, type FleetService } from '../../../../main/fleet/fleet-service.js';
import { buildDetectScript } from '../../../../main/fleet/detect-script.js';
import { createGraphClient } from '../../../../main/graph/graph-client.js';
import { parseEndpointsConfig } from '../../../../common/engine/endpoints.js';
import type { RequiredEndpoint } from '../../../../common/engine/step-definition.js';
import { FleetViewSchema } from '../../../../common/fleet/fleet-view.js';
import { FAKE_CLIENT_ID, startFakeIdp, type FakeIdp } from '../../../fakes/fake-idp.js';
import { testSecretBox } from '../auth/test-secret-box.js';
import { REPO_ROOT } from '../../../paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const ID = '5f0c8b1e-3a2d-4c6b-9e8f-1a2b3c4d5e6f';

let dir: string;
let idp: FakeIdp;
let auth: TenantAuthService;
let server: Server;
let base = '';
let endpoints: readonly RequiredEndpoint[];
let lines: string[];
let forbid = false;
let stall: (() => void) | null = null;
let stalling = false;
let progress: { devices: number; pages: number }[];

function runState(i: number) {
  return {
    id: `s-${i}`,
    lastStateUpdateDateTime: '2026-12-01T08:00:00Z',
    preRemediationDetectionScriptOutput: lines[i % lines.length],
    managedDevice: { deviceName: `PC-${i}` },
  };
}

beforeEach(async () => {
  const config = parseEndpointsConfig(JSON.parse(readFileSync(join(FIXTURES, 'endpoints.json'), 'utf8')));
  if (!config.ok) throw new Error(config.reason);
  endpoints = config.value.endpoints;
  const { id } = await buildDetectScript({ endpoints });
  lines = Object.values(
    JSON.parse(readFileSync(join(FIXTURES, 'detection-lines.json'), 'utf8')) as Record<string, string>,
  ).map((l) => l.replace('__SCRIPT_ID__', id));
  dir = await mkdtemp(join(tmpdir(), 'hvv-fleet-service-'));
  idp = await startFakeIdp();
  auth = createAuthService({
    clientId: FAKE_CLIENT_ID,
    authority: idp.authority,
    // The app signs in for the tenant checks' permission only.
    scopes: ['https://graph.microsoft.com/DeviceManagementServiceConfig.Read.All'],
    openBrowser: (url) => idp.browser(url),
    cachePlugin: createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() }),
    msalConfigOverrides: { networkClient: idp.networkClient },
  });
  forbid = false;
  stall = null;
  progress = [];
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!idp.issuedSecrets().includes(token))
      return send(401, { error: { code: 'InvalidAuthenticationToken' } });
    if (forbid) return send(403, { error: { code: 'Forbidden', message: 'Application is not authorized' } });
    if (url.pathname === '/beta/deviceManagement/deviceHealthScripts') {
      return send(200, {
        value: [
          { id: ID, displayName: 'HVV readiness', publisher: null },
          {
            id: '0a1b2c3d-0000-4000-8000-000000000001',
            displayName: 'Another check',
            publisher: 'Microsoft',
          },
        ],
      });
    }
    const page = Number(url.searchParams.get('page') ?? '0');
    // Never answered until the test says: only a cancel ends this read.
    if (page === 1 && stalling) {
      stall = () => send(200, { value: [] });
      return;
    }
    send(200, {
      value: [runState(page * 2), runState(page * 2 + 1)],
      ...(page < 2 ? { '@odata.nextLink': `${base}${url.pathname}?page=${page + 1}` } : {}),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  stalling = false;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await idp.close();
  await rm(dir, { recursive: true, force: true });
});

function service(signedIn = true): FleetService {
  const graph = createGraphClient({
    baseUrl: base,
    getToken: (signal) => auth.getAccessToken(signal, fleetScopesFor('https://graph.microsoft.com')),
  });
  return createFleetService({
    graph: async () =>
      signedIn && (await auth.status()).signedIn
        ? { client: graph }
        : { client: null, reason: 'Sign in to your tenant to read remediation results.' },
    onProgress: (p) => progress.push(p),
    endpoints,
    clock: () => new Date('2026-12-01T12:00:00Z'),
  });
}

describe('the Fleet screen service', () => {
  it('opens a CSV export and a folder of Graph pages into views the bridge accepts', async () => {
    const csv = join(dir, 'export.csv');
    await writeFile(
      csv,
      `"Device name","Pre-remediation detection output"\r\n"PC-A","${(lines[0] ?? '').replaceAll('"', '""')}"\r\n"PC-B",""\r\n`,
    );
    const fleet = service(false);
    const view = await fleet.openPath(csv);
    expect(FleetViewSchema.parse(view)).toEqual(view);
    expect(view.source).toBe('export.csv');
    expect(view.devices.map((d) => [d.device, d.verdict])).toEqual([
      ['PC-A', 'ready'],
      ['PC-B', 'unknown'],
    ]);
    expect(view.devices[1]?.reason).toBeTruthy();

    const folder = join(dir, 'pages');
    await mkdir(folder);
    await writeFile(join(folder, 'page-1.json'), JSON.stringify({ value: [runState(1), runState(2)] }));
    await writeFile(join(folder, 'page-2.json'), JSON.stringify({ value: [runState(3)] }));
    const fromFolder = await fleet.openPath(folder);
    expect(fromFolder.devices).toHaveLength(3);
    expect(fleet.exported('json')).toContain('"format": "hvv-fleet/1"');
    expect(fleet.exported('html')).toContain('PC-3');
  });

  it('refuses a file that is not an export with the reader’s reason, and exports nothing before a fleet', async () => {
    const fleet = service(false);
    expect(fleet.exported('html')).toBeNull();
    const notes = join(dir, 'notes.csv');
    await writeFile(notes, 'Name,Colour\nA,blue\n');
    await expect(fleet.openPath(notes)).rejects.toThrow(/not an Intune remediation export/);
  });

  it('says to sign in before listing remediations', async () => {
    await expect(service().remediations()).rejects.toThrow('Sign in to your tenant');
  });

  it('lists remediations and reads run states with the fleet permission from the one sign-in, with progress', async () => {
    await auth.signIn('browser', () => undefined);
    const fleet = service();
    expect((await fleet.remediations()).map((r) => r.displayName)).toEqual([
      'Another check',
      'HVV readiness',
    ]);
    const view = await fleet.loadRemediation(ID, 'HVV readiness');
    expect(view.source).toBe('Remediation HVV readiness');
    expect(view.devices.map((d) => d.device)).toEqual(['PC-0', 'PC-1', 'PC-2', 'PC-3', 'PC-4', 'PC-5']);
    expect(progress).toEqual([
      { devices: 2, pages: 1 },
      { devices: 4, pages: 2 },
      { devices: 6, pages: 3 },
    ]);
    // Signed in for the tenant checks; the fleet's token came silently from the refresh token.
    expect(idp.tokenScopes().at(-1)).toMatch(/^refresh_token .*DeviceManagementConfiguration\.Read\.All/);
  });

  it('names the fleet permission when Graph refuses', async () => {
    await auth.signIn('browser', () => undefined);
    forbid = true;
    await expect(service().loadRemediation(ID, '')).rejects.toThrow(
      /DeviceManagementConfiguration\.Read\.All/,
    );
  });

  it('names the fleet permission when the admin has not consented to it', async () => {
    await auth.signIn('browser', () => undefined);
    idp.failNextToken({
      status: 400,
      error: 'invalid_grant',
      description: 'AADSTS65001: The user or administrator has not consented.',
    });
    await expect(service().remediations()).rejects.toThrow(/DeviceManagementConfiguration\.Read\.All/);
  });

  it('stops a stalled read when cancelled, and keeps the previous fleet for export', async () => {
    await auth.signIn('browser', () => undefined);
    const fleet = service();
    await fleet.loadRemediation(ID, 'first');
    stalling = true;
    const pending = fleet.loadRemediation(ID, 'second');
    for (let i = 0; i < 200 && stall === null; i++) await new Promise((r) => setTimeout(r, 10));
    expect(stall).not.toBeNull();
    fleet.cancel();
    await expect(pending).rejects.toThrow('cancelled');
    expect(fleet.exported('json')).toContain('"device": "PC-5"');
  });
});
