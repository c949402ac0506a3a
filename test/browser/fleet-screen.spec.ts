/**
 * The Fleet screen, in Chromium over the app's real handlers: from the start screen, open an
 * Intune export or, signed in (msal-node's device code against the fake Azure AD), read a
 * remediation's run states from a local Graph with paging, watch the progress, cancel, and export.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseEndpointsConfig } from '../../common/engine/endpoints.js';
import type { RequiredEndpoint } from '../../common/engine/step-definition.js';
import { buildDetectScript } from '../../main/fleet/detect-script.js';
import { createAuthService } from '../../main/auth/auth-service.js';
import { fleetScopesFor } from '../../main/auth/config.js';
import { FAKE_CLIENT_ID, startFakeIdp, type FakeIdp } from '../fakes/fake-idp.js';
import { REPO_ROOT } from '../paths.js';
import { openApp, screenshot, type AppHandle } from './harness.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const REMEDIATION = '5f0c8b1e-3a2d-4c6b-9e8f-1a2b3c4d5e6f';

let app: AppHandle | undefined;
let endpoints: readonly RequiredEndpoint[];
let lines: Record<string, string>;

test.beforeAll(async () => {
  const config = parseEndpointsConfig(JSON.parse(readFileSync(join(FIXTURES, 'endpoints.json'), 'utf8')));
  if (!config.ok) throw new Error(config.reason);
  endpoints = config.value.endpoints;
  const { id } = await buildDetectScript({ endpoints });
  lines = Object.fromEntries(
    Object.entries(
      JSON.parse(readFileSync(join(FIXTURES, 'detection-lines.json'), 'utf8')) as Record<string, string>,
    ).map(([k, v]) => [k, v.replace('__SCRIPT_ID__', id)]),
  );
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

const csvCell = (value: string): string => `"${value.replaceAll('"', '""')}"`;

async function writeExport(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hvv-fleet-ui-'));
  const rows: string[][] = Object.entries(lines).map(([name, line], i) => [
    `LAB-${String(i + 1).padStart(3, '0')}-${name.split('-')[0]}`,
    i % 2 === 0 ? 'With issues' : 'Without issues',
    line,
    '',
    `2026-12-01T0${i}:00:00Z`,
  ]);
  rows.push(['LAB-CUT', 'With issues', (lines['ready-ikev2-machine-cert'] ?? '').slice(0, 300), '', '']);
  rows.push(['LAB-SILENT', 'Failed', '', 'Script timed out', '']);
  const header = [
    'Device name',
    'Detection status',
    'Pre-remediation detection output',
    'Pre-remediation detection error',
    'Last modified',
  ];
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
  const path = join(dir, 'DeviceRunStates.csv');
  await writeFile(path, text, 'utf8');
  return path;
}

async function toFleet(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the fleet report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fleet readiness' })).toBeFocused();
}

test('a lab opens an Intune export and sees first how many devices are ready and what to fix', async ({
  page,
}) => {
  const csv = await writeExport();
  app = await openApp(page, { openDialogAnswers: [csv], fleetEndpoints: endpoints });
  await expect(page.getByRole('region', { name: 'Many devices?' })).toBeVisible();
  await screenshot(page, 'start-screen-fleet-entry');
  await toFleet(page);
  await page.getByRole('button', { name: 'Open export file…' }).click();

  // The answer first: counts and what to fix.
  const answer = page.getByRole('region', { name: /of 7 devices ready/ });
  await expect(answer).toContainText('2 of 7 devices ready');
  await expect(answer).toContainText('Fix first:');
  const tiles = page.getByRole('list', { name: 'Devices by verdict' });
  await expect(tiles.getByRole('listitem')).toHaveText([
    /^3.*Not ready/,
    /^2.*Unknown/,
    /^0.*Incomplete/,
    /^2.*Ready/,
  ]);

  const causes = page.getByRole('region', { name: 'Most common causes and their fixes' });
  await expect(causes.getByRole('listitem').first()).toBeVisible();
  await expect(causes.getByRole('list', { name: /^Fix for / }).first()).toBeVisible();

  // Unknown rows keep their reason, never dropped.
  const unknown = page.getByRole('group').filter({ hasText: 'Unknown — 2 devices' });
  await expect(unknown.getByRole('row', { name: /LAB-CUT/ })).toBeVisible();
  await expect(unknown.getByRole('row', { name: /LAB-SILENT/ })).toContainText(/Script timed out|no output/i);
  await expect(page.getByRole('region', { name: 'Why devices are unknown' })).toBeVisible();
  await screenshot(page, 'fleet-screen-export');

  await page.getByRole('button', { name: 'Save fleet report (HTML)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  const html = await readFile(app.saved[0] ?? '', 'utf8');
  expect(html).toContain('Fleet readiness');
  expect(html).toContain('LAB-SILENT');
  await page.getByRole('button', { name: 'Save JSON (hvv-fleet/1)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '.json' })).toBeVisible();
  const doc = JSON.parse(await readFile(app.saved[1] ?? '', 'utf8')) as {
    format: string;
    counts: Record<string, number>;
    devices: { device: string; verdict: string }[];
  };
  expect(doc.format).toBe('hvv-fleet/1');
  expect(doc.counts).toEqual({ ready: 2, 'not-ready': 3, incomplete: 0, unknown: 2 });
  expect(doc.devices).toHaveLength(7);

  await page.getByRole('button', { name: /Back to start/ }).click();
  await expect(page.getByRole('button', { name: 'Open the fleet report' })).toBeVisible();
});

test('a file that is not an export is refused with the reason, on the Fleet screen', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'hvv-fleet-ui-'));
  const bad = join(dir, 'notes.csv');
  await writeFile(bad, 'Name,Colour\nA,blue\n');
  app = await openApp(page, { openDialogAnswers: [bad], fleetEndpoints: endpoints });
  await toFleet(page);
  await page.getByRole('button', { name: 'Open export file…' }).click();
  await expect(page.getByRole('alert')).toContainText('not an Intune remediation export');
});

interface FakeGraph {
  base: string;
  server: Server;
  releasePage(): void;
  requests: string[];
}

/** deviceHealthScripts and their run states, two pages; the second page waits for the test. */
async function startGraph(idp: FakeIdp): Promise<FakeGraph> {
  const requests: string[] = [];
  let release: (() => void) | null = null;
  let gate = new Promise<void>((resolve) => (release = resolve));
  const entries = Object.entries(lines);
  const state = (i: number) => {
    const [name, line] = entries[i % entries.length] ?? ['', ''];
    return {
      id: `${REMEDIATION}:${i}`,
      detectionState: 'fail',
      lastStateUpdateDateTime: '2026-12-01T08:00:00Z',
      preRemediationDetectionScriptOutput: line,
      preRemediationDetectionScriptError: null,
      managedDevice: { id: `d-${i}`, deviceName: `PC-${i}-${name.split('-')[0]}` },
    };
  };
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(url.pathname + url.search);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!idp.issuedSecrets().includes(token))
      return send(401, { error: { code: 'InvalidAuthenticationToken' } });
    if (url.pathname === '/beta/deviceManagement/deviceHealthScripts') {
      return send(200, {
        value: [
          {
            id: REMEDIATION,
            displayName: 'HVV hybrid VPN readiness',
            publisher: 'Lab IT',
            lastModifiedDateTime: '2026-11-30T10:00:00Z',
          },
          {
            id: '0a1b2c3d-0000-4000-8000-000000000001',
            displayName: 'BitLocker status',
            publisher: 'Microsoft',
          },
        ],
      });
    }
    if (url.pathname === `/beta/deviceManagement/deviceHealthScripts/${REMEDIATION}/deviceRunStates`) {
      const page = Number(url.searchParams.get('page') ?? '0');
      const send200 = () =>
        send(200, {
          value: Array.from({ length: 5 }, (_, k) => state(page * 5 + k)),
          ...(page === 0 ? { '@odata.nextLink': `${base}${url.pathname}?$expand=managedDevice&page=1` } : {}),
        });
      if (page === 1) {
        void gate.then(send200);
        return;
      }
      return send200();
    }
    send(404, { error: { code: 'NotFound' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    requests,
    releasePage() {
      release?.();
      gate = new Promise<void>((resolve) => (release = resolve));
    },
  };
}

test('signed in, the technician picks a remediation, watches the read, cancels it, and reads it again', async ({
  page,
}) => {
  const idp = await startFakeIdp();
  const graph = await startGraph(idp);
  try {
    let snapshot: string | null = null;
    const auth = createAuthService({
      clientId: FAKE_CLIENT_ID,
      authority: idp.authority,
      openBrowser: async () => undefined,
      cachePlugin: {
        beforeCacheAccess: async (c) => {
          if (snapshot) c.tokenCache.deserialize(snapshot);
        },
        afterCacheAccess: async (c) => {
          if (c.cacheHasChanged) snapshot = c.tokenCache.serialize();
        },
      },
      msalConfigOverrides: { networkClient: idp.networkClient },
    });
    await auth.signIn('device-code', () => undefined);
    app = await openApp(page, { tenant: { auth, graphBaseUrl: graph.base }, fleetEndpoints: endpoints });
    await toFleet(page);
    await page.getByRole('button', { name: 'List remediations' }).click();
    // Listed by name; the technician picks the hvv one.
    await expect(page.getByLabel('Remediation').getByRole('option')).toHaveText([
      'BitLocker status (Microsoft)',
      'HVV hybrid VPN readiness (Lab IT)',
    ]);
    await page.getByLabel('Remediation').selectOption({ label: 'HVV hybrid VPN readiness (Lab IT)' });
    await expect(page.getByLabel('Remediation')).toHaveValue(REMEDIATION);
    await page.getByRole('button', { name: 'Read results' }).click();
    await expect(page.getByRole('status').filter({ hasText: '5 devices so far (1 page)' })).toBeVisible();
    await screenshot(page, 'fleet-screen-reading');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alert')).toContainText('cancelled');
    graph.releasePage();

    await page.getByRole('button', { name: 'Read results' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'devices so far' })).toBeVisible();
    graph.releasePage();
    await expect(page.getByRole('region', { name: /of 10 devices ready/ })).toBeVisible();
    await expect(page.getByText('Remediation HVV hybrid VPN readiness')).toBeVisible();
    // The fleet's own permission was asked for silently, from the one sign-in.
    expect(idp.tokenGrants()).toContain('refresh_token');
    expect(graph.requests.filter((r) => r.includes('deviceRunStates'))).toHaveLength(4);
    await screenshot(page, 'fleet-screen-graph');
  } finally {
    graph.server.closeAllConnections();
    graph.server.close();
    await idp.close();
  }
  expect(fleetScopesFor('https://graph.microsoft.com')).toEqual([
    'https://graph.microsoft.com/DeviceManagementConfiguration.Read.All',
  ]);
});
