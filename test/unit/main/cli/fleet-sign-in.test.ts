/**
 * `hvv fleet report --remediation` signs in by itself: real msal-node runs the device code flow
 * against the fake Azure AD on 127.0.0.1 (test/fakes/fake-idp.ts), and the Graph reads go to a real
 * local HTTP server playing deviceRunStates with paging, throttling, a refused token and a stalled
 * page to cancel.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../main/cli/hvv.js';
import { authorityForTenant } from '../../../../main/cli/fleet-sign-in.js';
import { buildDetectScript } from '../../../../main/fleet/detect-script.js';
import { parseEndpointsConfig } from '../../../../common/engine/endpoints.js';
import { FAKE_CLIENT_ID, FAKE_TENANT_ID, startFakeIdp, type FakeIdp } from '../../../fakes/fake-idp.js';
import { testSecretBox } from '../auth/test-secret-box.js';
import { REPO_ROOT } from '../../../paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const CONFIG = join(FIXTURES, 'endpoints.json');
const ID = '5f0c8b1e-3a2d-4c6b-9e8f-1a2b3c4d5e6f';
const PAGES = 3;
const PER_PAGE = 4;

type Mode = 'ok' | 'throttle' | 'unauthorized' | 'forbidden' | 'stall';

let idp: FakeIdp;
let graph: Server;
let graphBase = '';
let dir: string;
let mode: Mode = 'ok';
let seen: { url: string; auth: string }[] = [];
let lines: string[] = [];

function state(i: number) {
  return {
    id: `state-${i}`,
    detectionState: 'fail',
    lastStateUpdateDateTime: '2026-12-01T08:00:00Z',
    preRemediationDetectionScriptOutput: lines[i % lines.length],
    preRemediationDetectionScriptError: null,
    managedDevice: { id: `device-${i}`, deviceName: `LAB-${String(i).padStart(2, '0')}` },
  };
}

beforeEach(async () => {
  const config = parseEndpointsConfig(JSON.parse(readFileSync(CONFIG, 'utf8')));
  if (!config.ok) throw new Error(config.reason);
  const { id } = await buildDetectScript({ endpoints: config.value.endpoints });
  lines = Object.values(
    JSON.parse(readFileSync(join(FIXTURES, 'detection-lines.json'), 'utf8')) as Record<string, string>,
  ).map((l) => l.replace('__SCRIPT_ID__', id));
  dir = await mkdtemp(join(tmpdir(), 'hvv-fleet-signin-'));
  idp = await startFakeIdp({ pendingPolls: 2 });
  await writeFile(
    join(dir, 'tenant-settings.json'),
    JSON.stringify({ clientId: FAKE_CLIENT_ID, authority: idp.authority }),
  );
  mode = 'ok';
  seen = [];
  let throttled = false;
  graph = createServer((req, res) => {
    const url = new URL(req.url ?? '/', graphBase);
    seen.push({ url: `${url.pathname}${url.search}`, auth: req.headers.authorization ?? '' });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (mode === 'unauthorized' || !idp.issuedSecrets().includes(token)) {
      return send(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    }
    if (mode === 'forbidden') return send(403, { error: { code: 'Forbidden', message: 'no role' } });
    const page = Number(url.searchParams.get('page') ?? '0');
    if (mode === 'throttle' && page === 1 && !throttled) {
      throttled = true;
      return send(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'retry-after': '0' });
    }
    // Never answers: only the technician's Ctrl-C ends this read.
    if (mode === 'stall' && page === 1) return;
    const items = Array.from({ length: PER_PAGE }, (_, k) => state(page * PER_PAGE + k));
    const next =
      page < PAGES - 1
        ? `https://graph.microsoft.com${url.pathname}?$expand=managedDevice&page=${page + 1}`
        : undefined;
    send(200, { value: items, ...(next ? { '@odata.nextLink': next } : {}) });
  });
  await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
  graphBase = `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;
});

afterEach(async () => {
  graph.closeAllConnections();
  await new Promise<void>((resolve) => graph.close(() => resolve()));
  await idp.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends what msal and the Graph client address to https://graph.microsoft.com to the local server. */
const routedFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.host !== 'graph.microsoft.com') throw new Error(`test: refusing ${url.host}`);
  return fetch(`${graphBase}${url.pathname}${url.search}`, init);
};

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd: dir,
    env: {},
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

function deps(extra: { signal?: AbortSignal; persistent?: boolean } = {}) {
  return {
    ...(extra.signal ? { signal: extra.signal } : {}),
    tenant: {
      appDataDir: dir,
      msalConfigOverrides: { networkClient: idp.networkClient },
      fetchImpl: routedFetch,
      sleep: async () => undefined,
      ...(extra.persistent ? { secrets: testSecretBox() } : {}),
    },
  };
}

const report = ['fleet', 'report', '--remediation', ID, '--config', CONFIG];

describe('hvv fleet report --remediation signs in with a device code', () => {
  it('prints the code on stderr, reads every page with the issued token, and keeps stdout the document', async () => {
    const run = io();
    const code = await main([...report, '--json'], run.cli, deps());
    expect(run.err()).toContain(
      'hvv: To sign in, use a web browser to open https://microsoft.com/devicelogin and enter HVV-4821.',
    );
    expect(run.err()).toContain('kept for this run only');
    expect(run.err()).toContain(`hvv: ${PAGES * PER_PAGE} run states read (${PAGES} pages)`);
    expect(code).toBe(0);
    const doc = JSON.parse(run.out()) as { format: string; devices: { device: string; verdict: string }[] };
    expect(doc.format).toBe('hvv-fleet/1');
    expect(doc.devices).toHaveLength(PAGES * PER_PAGE);
    expect(doc.devices.filter((d) => d.verdict === 'unknown')).toEqual([]);
    // Real msal-node polled past authorization_pending, then asked for the fleet's permission only.
    expect(idp.tokenGrants()).toEqual(['device_code', 'device_code', 'device_code']);
    expect(seen.map((s) => s.url)).toEqual([
      `/beta/deviceManagement/deviceHealthScripts/${ID}/deviceRunStates?$expand=managedDevice`,
      `/beta/deviceManagement/deviceHealthScripts/${ID}/deviceRunStates?$expand=managedDevice&page=1`,
      `/beta/deviceManagement/deviceHealthScripts/${ID}/deviceRunStates?$expand=managedDevice&page=2`,
    ]);
    expect(new Set(seen.map((s) => s.auth)).size).toBe(1);
    // No token on either stream.
    for (const secret of idp.issuedSecrets()) expect(run.out() + run.err()).not.toContain(secret);
  });

  it('waits out a 429 with Retry-After and still reads every device', async () => {
    mode = 'throttle';
    const run = io();
    expect(await main([...report, '--json'], run.cli, deps())).toBe(0);
    const doc = JSON.parse(run.out()) as { devices: unknown[] };
    expect(doc.devices).toHaveLength(PAGES * PER_PAGE);
    expect(seen.filter((s) => s.url.endsWith('page=1'))).toHaveLength(2);
  });

  it('says Graph refused the sign-in on a 401, exit 2, nothing on stdout', async () => {
    mode = 'unauthorized';
    const run = io();
    expect(await main([...report, '--json'], run.cli, deps())).toBe(2);
    expect(run.err()).toMatch(
      /hvv: Microsoft Graph: Microsoft Graph did not accept the sign-in \(401 InvalidAuthenticationToken\)/,
    );
    expect(run.out()).toBe('');
  });

  it('names the fleet permission on a 403', async () => {
    mode = 'forbidden';
    const run = io();
    expect(await main([...report, '--json'], run.cli, deps())).toBe(2);
    expect(run.err()).toContain('DeviceManagementConfiguration.Read.All');
    expect(run.err()).not.toContain('DeviceManagementServiceConfig');
  });

  it('stops a stalled read on Ctrl-C and writes nothing', async () => {
    mode = 'stall';
    const controller = new AbortController();
    const run = io();
    const out = join(dir, 'fleet.html');
    const pending = main([...report, '--out', out], run.cli, deps({ signal: controller.signal }));
    await until(() => seen.some((s) => s.url.endsWith('page=1')));
    controller.abort();
    expect(await pending).toBe(2);
    expect(run.err()).toContain('hvv: fleet report cancelled; nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('stops the device code wait on Ctrl-C', async () => {
    await idp.close();
    idp = await startFakeIdp({ pendingPolls: 1_000_000 });
    await writeFile(
      join(dir, 'tenant-settings.json'),
      JSON.stringify({ clientId: FAKE_CLIENT_ID, authority: idp.authority }),
    );
    const controller = new AbortController();
    const run = io();
    const pending = main([...report, '--json'], run.cli, deps({ signal: controller.signal }));
    await until(() => run.err().includes('devicelogin'));
    controller.abort();
    expect(await pending).toBe(2);
    expect(run.err()).toContain('cancelled');
    expect(seen).toEqual([]);
  });

  it('signs in once and reuses the sealed cache on the next run when the OS can seal it', async () => {
    const first = io();
    expect(await main([...report, '--json'], first.cli, deps({ persistent: true }))).toBe(0);
    expect(existsSync(join(dir, 'msal-cache.bin'))).toBe(true);
    const second = io();
    expect(await main([...report, '--json'], second.cli, deps({ persistent: true }))).toBe(0);
    expect(second.err()).not.toContain('devicelogin');
    expect(idp.tokenGrants().filter((g) => g === 'device_code').length).toBe(3);
  });

  it('takes --tenant as a GUID or a domain only, before it enters the authority URL', async () => {
    expect(authorityForTenant(idp.authority, 'contoso.onmicrosoft.com')).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    );
    expect(authorityForTenant(idp.authority, FAKE_TENANT_ID)).toBe(idp.authority);
    const run = io();
    expect(await main([...report, '--json', '--tenant', '../evil?x='], run.cli, deps())).toBe(2);
    expect(run.err()).toMatch(/is not a tenant id/);
    expect(idp.tokenGrants()).toEqual([]);
  });

  it('signs in to the tenant given by --tenant', async () => {
    const run = io();
    expect(await main([...report, '--json', '--tenant', 'contoso.onmicrosoft.com'], run.cli, deps())).toBe(0);
    expect(idp.tenantsAsked()).toContain('contoso.onmicrosoft.com');
    expect(idp.tenantsAsked()).not.toContain(FAKE_TENANT_ID);
    const noRemediation = io();
    expect(
      await main(
        ['fleet', 'report', '--input', CONFIG, '--json', '--tenant', FAKE_TENANT_ID],
        noRemediation.cli,
        deps(),
      ),
    ).toBe(2);
    expect(noRemediation.err()).toContain('--tenant goes with --remediation');
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error('condition never met');
}
