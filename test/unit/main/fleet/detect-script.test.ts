/**
 * The generated fleet detection script, run under real pwsh on mocked devices: one ASCII line of at
 * most 2,048 characters, nothing on stderr, exit 1 when not ready, and the verdicts the engine gives
 * on the same device's full probe answers. Skipped, saying why, where pwsh is not installed.
 */
import { createServer, type Server } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequiredEndpoint } from '../../../../common/engine/step-definition.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { decideVerdict } from '../../../../common/engine/verdict.js';
import { FLEET_STEPS } from '../../../../common/fleet/fleet-steps.js';
import { judgeDevice } from '../../../../common/fleet/device-verdict.js';
import { INTUNE_OUTPUT_LIMIT, LINE_PROBE_KEYS } from '../../../../common/fleet/line.js';
import { RecordedProbeSchema, SCENARIO_FORMAT } from '../../../../common/model.js';
import { buildDetectScript } from '../../../../main/fleet/detect-script.js';
import { main } from '../../../../main/cli/hvv.js';
import { createScenarioExecutor } from '../../../../main/probes/scenario-runner.js';
import { PROBE_SCRIPTS } from '../../../paths.js';
import {
  adversarialDevice,
  DEVICES,
  FLEET_DETECT,
  FLEET_RECORD,
  largestDevice,
  prepareDevice,
  pwshPath,
  runPwsh,
  VPN_KIND_DEVICES,
  type MockDevice,
} from './devices.js';

const PWSH = pwshPath();
if (!PWSH)
  console.warn('skipped: the fleet detection script tests need pwsh (~/.dotnet/tools/pwsh or $PWSH)');

let server: Server;
let open: number;
const closed: number[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

beforeAll(async () => {
  server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  open = typeof address === 'object' && address ? address.port : 0;
  for (let i = 0; i < 64; i += 1) closed.push(await freePort());
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const up = (): RequiredEndpoint[] => [
  { host: '127.0.0.1', port: open, why: 'test server' },
  { host: 'localhost', port: open, why: 'test server by name' },
];
const oneDown = (): RequiredEndpoint[] => [
  { host: '127.0.0.1', port: open, why: 'test server' },
  { host: '127.0.0.1', port: closed[0] ?? 1, why: 'nothing listens' },
];
const allDown = (count: number): RequiredEndpoint[] =>
  closed.slice(0, count).map((port) => ({ host: '127.0.0.1', port, why: 'nothing listens' }));

interface DeviceRun {
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  scriptId: string;
  engine: Awaited<ReturnType<typeof runChecklist>>;
}

async function runDevice(device: MockDevice, endpoints: RequiredEndpoint[]): Promise<DeviceRun> {
  if (!PWSH) throw new Error('no pwsh');
  const script = await buildDetectScript({ endpoints });
  const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-script-'));
  const file = join(dir, 'detect.ps1');
  writeFileSync(file, script.text);
  const env = prepareDevice(device);
  const [detect, record] = await Promise.all([
    runPwsh(PWSH, ['-File', FLEET_DETECT, '-Script', file], env),
    runPwsh(
      PWSH,
      ['-File', FLEET_RECORD, '-ScriptsDir', PROBE_SCRIPTS, '-EndpointsJson', JSON.stringify(endpoints)],
      env,
    ),
  ]);
  expect(record.exitCode, record.stderr).toBe(0);
  const probes = RecordedProbeSchema.array().parse(JSON.parse(record.stdout));
  const recordedAt = new Date().toISOString();
  const engine = await runChecklist({
    executor: createScenarioExecutor({
      format: SCENARIO_FORMAT,
      title: device.name,
      recordedAt,
      inputs: {},
      confirmations: {},
      probes,
    }),
    inputs: {},
    confirmations: {},
    now: new Date(recordedAt),
    steps: FLEET_STEPS,
    config: { endpoints },
  });
  return {
    line: detect.stdout.replace(/\r?\n$/, ''),
    stdout: detect.stdout,
    stderr: detect.stderr,
    exitCode: detect.exitCode,
    scriptId: script.id,
    engine,
  };
}

const EXPECTED: Record<string, { verdict: string; failed: string[] }> = {
  'ready-ikev2-machine-cert': { verdict: 'ready', failed: [] },
  'not-ready-plugin-old-build-not-enrolled': {
    verdict: 'not-ready',
    // A plug-in connection is no VPN before sign-in, and there is no client either: no kind.
    failed: ['os-build', 'mdm-enrollment', 'vpn-kind', 'vpn-profile'],
  },
  'not-ready-user-cert-only': { verdict: 'not-ready', failed: ['vpn-certificate'] },
  'ready-german-l2tp-one-expired-cert': { verdict: 'ready', failed: [] },
  'azure-ad-only-profile-workgroup': {
    verdict: 'not-ready',
    failed: ['join-state', 'autopilot-profile', 'vpn-kind', 'vpn-profile'],
  },
  'ready-aovpn-device-tunnel': { verdict: 'ready', failed: [] },
  'ready-globalprotect-prelogon': { verdict: 'ready', failed: [] },
  'not-ready-forticlient-no-prelogon': { verdict: 'not-ready', failed: ['vpn-client-prelogon'] },
  'ready-anyconnect-start-before-login': { verdict: 'ready', failed: [] },
};

/** The kind vpn-kind finds on each device, and what vpn-client-prelogon says of it. */
const KINDS: Record<string, [kind: string, prelogon: string]> = {
  'ready-ikev2-machine-cert': ['built-in-manual', 'skip'],
  'ready-aovpn-device-tunnel': ['built-in-auto', 'skip'],
  'ready-globalprotect-prelogon': ['third-party', 'pass'],
  'not-ready-forticlient-no-prelogon': ['third-party', 'fail'],
  'ready-anyconnect-start-before-login': ['third-party', 'pass'],
};

/** What the devices printed, as Intune would export it, for the end-to-end report test. */
const exported: { device: string; output: string; endpoints: RequiredEndpoint[]; verdict: string }[] = [];

describe.skipIf(!PWSH)('hvv fleet detection script under real pwsh', () => {
  it('is valid PowerShell, ASCII only, and embeds every probe script unchanged', async () => {
    const script = await buildDetectScript({ endpoints: up() });
    expect(script.text).toMatch(/^[\t\n\r\x20-\x7e]*$/);
    for (const probe of new Set(Object.values(LINE_PROBE_KEYS))) {
      const source = readFileSync(join(PROBE_SCRIPTS, `${probe}.ps1`), 'utf8')
        .replace(/\r\n/g, '\n')
        .trimEnd();
      expect(script.text.replace(/\r\n/g, '\n')).toContain(source);
    }
    const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-parse-'));
    const file = join(dir, 'detect.ps1');
    writeFileSync(file, script.text);
    const parse = await runPwsh(
      PWSH as string,
      [
        '-Command',
        `$e = $null; [void][System.Management.Automation.Language.Parser]::ParseFile('${file}', [ref]$null, [ref]$e); $e.Count`,
      ],
      process.env,
    );
    expect(parse.stdout.trim()).toBe('0');
  }, 60_000);

  it.each([...DEVICES, ...VPN_KIND_DEVICES].map((d) => [d.name, d] as const))(
    '%s: one line, nothing on stderr, the engine verdict, exit 1 only when not ready',
    async (name, device) => {
      const endpoints = name.startsWith('not-ready-plugin') ? oneDown() : up();
      const run = await runDevice(device, endpoints);
      expect(run.stderr).toBe('');
      expect(run.stdout.split(/\r?\n/).filter((l) => l !== '')).toHaveLength(1);
      expect(run.line.length).toBeLessThanOrEqual(INTUNE_OUTPUT_LIMIT);

      const engineVerdict = decideVerdict(run.engine).verdict;
      const fleet = await judgeDevice(
        { device: name, lastRun: null, output: run.stdout },
        { endpoints, scriptId: run.scriptId },
      );
      expect(fleet.reason).toBeNull();
      expect(fleet.steps.map((s) => [s.id, s.status])).toEqual(run.engine.map((r) => [r.id, r.status]));
      expect(fleet.verdict).toBe(engineVerdict);
      const expected = EXPECTED[name];
      expect(fleet.verdict).toBe(expected?.verdict);
      const failed = [
        ...(expected?.failed ?? []),
        ...(name.startsWith('not-ready-plugin') ? ['network-endpoints'] : []),
      ];
      expect([...fleet.failed].sort()).toEqual(failed.sort());
      expect(run.exitCode).toBe(engineVerdict === 'not-ready' ? 1 : 0);
      expect(fleet.disagreement).toBeNull();
      const kind = KINDS[name];
      if (kind) {
        const vpnKind = run.engine.find((r) => r.id === 'vpn-kind');
        expect(vpnKind?.details.kind).toBe(kind[0]);
        expect(fleet.steps.find((s) => s.id === 'vpn-client-prelogon')?.status).toBe(kind[1]);
        if (kind[0] === 'third-party') {
          expect(fleet.steps.find((s) => s.id === 'vpn-profile')?.status).toBe('skip');
        }
      }
      exported.push({ device: name, output: run.stdout, endpoints, verdict: engineVerdict });
    },
    120_000,
  );

  it('fits the largest plausible device (40 VPN profiles, 210 certificates, every VPN client, 30 endpoints down) in 2,048 characters', async () => {
    const device = largestDevice();
    const endpoints = allDown(30);
    const run = await runDevice(device, endpoints);
    expect(run.stderr).toBe('');
    expect(run.line.length).toBeLessThanOrEqual(INTUNE_OUTPUT_LIMIT);
    expect(run.line).not.toContain('"L"');
    expect(run.line).toContain('"vk":[0,[');
    const fleet = await judgeDevice(
      { device: device.name, lastRun: null, output: run.stdout },
      { endpoints, scriptId: run.scriptId },
    );
    expect(fleet.steps.map((s) => [s.id, s.status])).toEqual(run.engine.map((r) => [r.id, r.status]));
    expect(fleet.verdict).toBe('not-ready');
    expect(fleet.failed).toContain('network-endpoints');
    expect(run.exitCode).toBe(1);
    console.info(`largest device line: ${run.line.length} characters`);
  }, 180_000);

  it('keeps every answer within its share of the line on an adversarial device (64 endpoints down)', async () => {
    const run = await runDevice(adversarialDevice(), allDown(64));
    expect(run.stderr).toBe('');
    expect(run.stdout.split(/\r?\n/).filter((l) => l !== '')).toHaveLength(1);
    expect(run.line).toMatch(/^[\x20-\x7e]+$/);
    expect(run.line.length).toBeLessThanOrEqual(INTUNE_OUTPUT_LIMIT);
    expect(run.line).not.toContain('"L"');
    expect(run.line).toContain('"vk":[0,[');
    console.info(`adversarial device line: ${run.line.length} characters`);
  }, 180_000);

  it('hvv fleet report turns an export of those lines into the engine verdicts', async () => {
    const sameConfig = exported.filter(
      (e) => e.endpoints.length === 2 && e.endpoints[1]?.host === 'localhost',
    );
    expect(sameConfig.length).toBeGreaterThanOrEqual(4);
    const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-e2e-'));
    writeFileSync(join(dir, 'endpoints.json'), JSON.stringify({ endpoints: sameConfig[0]?.endpoints }));
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    writeFileSync(
      join(dir, 'export.csv'),
      [
        'Device name,Pre-remediation detection output,Pre-remediation detection error,Last run',
        ...sameConfig.map((e) => [e.device, e.output, '', '2026-12-01T08:00:00Z'].map(quote).join(',')),
      ].join('\r\n'),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      [
        'fleet',
        'report',
        '--input',
        'export.csv',
        '--config',
        'endpoints.json',
        '--json',
        '--out',
        'fleet.html',
      ],
      {
        stdout: { write: (t: string) => out.push(t) },
        stderr: { write: (t: string) => err.push(t) },
        cwd: dir,
      },
    );
    expect(err.join('')).toMatch(/fleet report of \d+ devices written/);
    expect(code).toBe(0);
    const doc = JSON.parse(out.join('')) as { devices: { device: string; verdict: string }[] };
    expect(doc.devices.map((d) => [d.device, d.verdict])).toEqual(
      sameConfig.map((e) => [e.device, e.verdict]),
    );
  });
});
