/**
 * `hvv fleet report --remediation <id>` reads the run states from a real local HTTP server speaking
 * Graph's paging (@odata.nextLink) and throttling (429 + Retry-After), through the tenant checks'
 * client, and reports them like an export.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../main/cli/hvv.js';
import { createGraphClient } from '../../../../main/graph/graph-client.js';
import { buildDetectScript } from '../../../../main/fleet/detect-script.js';
import { parseEndpointsConfig } from '../../../../common/engine/endpoints.js';
import { REPO_ROOT } from '../../../paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const CONFIG = join(FIXTURES, 'endpoints.json');
const ID = '5f0c8b1e-3a2d-4c6b-9e8f-1a2b3c4d5e6f';
const TOKEN = 'test-token';

let server: Server;
let base = '';
let throttleOnce = true;
const requests: string[] = [];

beforeAll(async () => {
  const config = parseEndpointsConfig(JSON.parse(readFileSync(CONFIG, 'utf8')));
  if (!config.ok) throw new Error(config.reason);
  const { id } = await buildDetectScript({ endpoints: config.value.endpoints });
  const lines = Object.values(
    JSON.parse(readFileSync(join(FIXTURES, 'detection-lines.json'), 'utf8')) as Record<string, string>,
  ).map((l) => l.replace('__SCRIPT_ID__', id));
  const state = (i: number) => ({
    id: `state-${i}`,
    detectionState: i % 2 === 0 ? 'success' : 'fail',
    lastStateUpdateDateTime: '2026-12-01T08:00:00Z',
    preRemediationDetectionScriptOutput: lines[i % lines.length],
    preRemediationDetectionScriptError: null,
    managedDevice: { id: `device-${i}`, deviceName: `LAB-${i}` },
  });
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'no' } }));
      return;
    }
    if (throttleOnce) {
      throttleOnce = false;
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'slow down' } }));
      return;
    }
    const url = new URL(req.url ?? '/', base);
    const page = Number(url.searchParams.get('page') ?? '0');
    const items = Array.from({ length: 3 }, (_, k) => state(page * 3 + k));
    const next = page < 2 ? `${base}${url.pathname}?$expand=managedDevice&page=${page + 1}` : undefined;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: items, ...(next ? { '@odata.nextLink': next } : {}) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd: REPO_ROOT,
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

describe('hvv fleet report --remediation', () => {
  it('reads every page of run states, waiting out throttling, and reports each device', async () => {
    const graph = createGraphClient({ baseUrl: base, getToken: () => Promise.resolve(TOKEN) });
    const run = io();
    const code = await main(['fleet', 'report', '--remediation', ID, '--config', CONFIG, '--json'], run.cli, {
      graph,
    });
    // Progress after each page, on stderr only: stdout stays one JSON document.
    expect(run.err()).toBe(
      [
        'hvv: 3 run states read (1 pages)',
        'hvv: 6 run states read (2 pages)',
        'hvv: 9 run states read (3 pages)',
        'hvv: 9 devices read from Microsoft Graph',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    const doc = JSON.parse(run.out()) as { devices: { device: string; verdict: string }[] };
    expect(doc.devices.map((d) => d.device)).toEqual(Array.from({ length: 9 }, (_, i) => `LAB-${i}`));
    expect(doc.devices.every((d) => d.verdict !== 'unknown')).toBe(true);
    expect(requests[0]).toBe(
      `/beta/deviceManagement/deviceHealthScripts/${ID}/deviceRunStates?$expand=managedDevice`,
    );
    expect(requests).toHaveLength(4);
  });

  it('refuses an id that is not a GUID before it reaches a URL, and says when no sign-in exists', async () => {
    const graph = createGraphClient({ baseUrl: base, getToken: () => Promise.resolve(TOKEN) });
    const bad = io();
    expect(
      await main(['fleet', 'report', '--remediation', '../../users', '--json'], bad.cli, { graph }),
    ).toBe(2);
    expect(bad.err()).toMatch(/is not a remediation id/);
    const none = io();
    const emptyDir = mkdtempSync(join(tmpdir(), 'hvv-no-settings-'));
    expect(
      await main(['fleet', 'report', '--remediation', ID, '--json'], none.cli, {
        tenant: { appDataDir: emptyDir },
      }),
    ).toBe(2);
    expect(none.err()).toMatch(/need an Azure AD app registration/);
    expect(none.out()).toBe('');
  });
});
