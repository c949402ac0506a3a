import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliDeps, type LiveModule } from '../../../../main/cli/hvv.js';
import type { ProbeExecutor } from '../../../../common/model.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { REPO_ROOT, SCENARIO_FIXTURES } from '../../../paths.js';

const FIXTURES = SCENARIO_FIXTURES;
const fixture = (name: string) => join(FIXTURES, `${name}.scenario.json`);

async function hvv(argv: string[], opts: { tty?: boolean; cwd?: string; deps?: CliDeps } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: { write: (t: string) => (stdout += t), isTTY: opts.tty ?? false },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: opts.cwd ?? FIXTURES,
      env: {},
    },
    opts.deps,
  );
  return { code, stdout, stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'hvv-cli-'));

describe('hvv run --scenario --json', () => {
  it('prints the contract document and exits 0 when nothing failed', async () => {
    const { code, stdout, stderr } = await hvv([
      'run',
      '--scenario',
      fixture('win10-1909-ikev2-connects'),
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.format).toBe('hvv-run/1');
    expect(doc.title).toBe('Windows 10 1909, IKEv2 device VPN, connects');
    expect(Object.keys(doc.counts).sort()).toEqual([
      'blocked',
      'error',
      'fail',
      'manual',
      'pass',
      'skip',
      'warn',
    ]);
    expect(doc.steps[0]).toMatchObject({
      id: 'os-build',
      stage: 'Requirements',
      status: 'pass',
      details: { build: 18363, ubr: 1256 },
    });
    for (const step of doc.steps)
      expect(Object.keys(step)).toEqual(
        expect.arrayContaining(['id', 'stage', 'status', 'summary', 'details']),
      );
  });

  it('exits 1 when a step fails (RAS 809)', async () => {
    const { code, stdout } = await hvv(['run', '--scenario', 'ras-809-timeout.scenario.json', '--json']);
    expect(code).toBe(1);
    const vpn = JSON.parse(stdout).steps.find((s: { id: string }) => s.id === 'vpn-connect');
    expect(vpn).toMatchObject({ status: 'fail', details: { errorCode: 809, connection: 'Contoso VPN' } });
  });

  it('exits 1 when a step is an error (missing probe)', async () => {
    expect((await hvv(['run', '--scenario', fixture('missing-probe'), '--json'])).code).toBe(1);
  });
});

describe('hvv with unusable input', () => {
  it('exits 2 with one line naming a file that is not JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.scenario.json'), '{"format": "hvv-scenario/1", "probes": [');
    const { code, stdout, stderr } = await hvv(['run', '--scenario', 'broken.scenario.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^hvv: broken\.scenario\.json: not valid JSON/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a file without format, a missing file and an unknown flag', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.json'), '{"probes": []}');
    expect(await hvv(['run', '--scenario', 'old.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing "format"'),
    });
    expect(await hvv(['run', '--scenario', 'nope.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('nope.json'),
    });
    expect(await hvv(['run', '--scenario', fixture('missing-probe'), '--jsn'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--jsn'),
    });
    expect(await hvv(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command'),
    });
  });

  it('exits 2 for --only with a step that does not exist', async () => {
    expect(
      await hvv(['run', '--scenario', fixture('missing-probe'), '--only', 'vpn-connnect']),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('vpn-connnect'),
    });
  });
});

describe('hvv terminal output', () => {
  it('prints a readable table with the status in words and no colour when not a terminal', async () => {
    const { code, stdout } = await hvv(['run', '--scenario', fixture('static-proxy-warn')]);
    expect(code).toBe(0);
    expect(stdout).toContain('STATUS');
    expect(stdout).toMatch(
      /WARN\s+No static proxy in the way \(WPAD expected\) \(proxy\)\n\s+A static WinHTTP proxy is set/,
    );
    expect(stdout).toContain('1 warn');
    expect(stdout).not.toContain('\u001b[');
  });

  it('adds colour on a terminal', async () => {
    expect((await hvv(['run', '--scenario', fixture('static-proxy-warn')], { tty: true })).stdout).toContain(
      '\u001b[33m',
    );
  });

  it('prints help and the version', async () => {
    expect(await hvv(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('hvv run') });
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(await hvv(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});

describe('hvv batches', () => {
  it('runs every scenario of a folder into one hvv-run-batch/1 document', async () => {
    const dir = tempDir();
    copyFileSync(fixture('win10-1909-ikev2-connects'), join(dir, 'a.scenario.json'));
    copyFileSync(fixture('user-cert-only'), join(dir, 'b.scenario.json'));
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    const { code, stdout } = await hvv(['run', '--scenario', dir, '--json']);
    expect(code).toBe(1);
    const batch = JSON.parse(stdout);
    expect(batch.format).toBe('hvv-run-batch/1');
    expect(batch.runs.map((r: { file: string; format: string }) => [r.file, r.format])).toEqual([
      ['a.scenario.json', 'hvv-run/1'],
      ['b.scenario.json', 'hvv-run/1'],
    ]);
  });

  it('prints one row per scenario in the terminal', async () => {
    const { stdout } = await hvv([
      'run',
      '--scenario',
      fixture('static-proxy-warn'),
      '--scenario',
      fixture('update-not-applicable'),
    ]);
    const rows = stdout.split('\n').filter((l) => l.includes('.scenario.json'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^READY/);
    expect(rows[1]).toMatch(/^NOT READY/);
  });
});

describe('hvv options', () => {
  it('checks the endpoints of a --config file instead of the defaults', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'endpoints.json'),
      JSON.stringify({ endpoints: [{ host: 'login.live.com', port: 443 }] }),
    );
    const { stdout } = await hvv([
      'run',
      '--scenario',
      fixture('endpoints-blocked-no-skip-flag'),
      '--config',
      join(dir, 'endpoints.json'),
      '--json',
    ]);
    const step = JSON.parse(stdout).steps.find((s: { id: string }) => s.id === 'network-endpoints');
    expect(step).toMatchObject({ status: 'pass', details: { checked: ['login.live.com:443'] } });
  });

  it('exits 2 on a --config file with a bad endpoint', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'endpoints.json'),
      JSON.stringify({ endpoints: [{ host: 'x.example', port: 0 }] }),
    );
    expect(
      await hvv(['run', '--scenario', fixture('static-proxy-warn'), '--config', join(dir, 'endpoints.json')]),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('endpoints.0.port'),
    });
  });

  it('runs only the named steps with --only', async () => {
    const { stdout } = await hvv([
      'run',
      '--scenario',
      fixture('win10-1909-ubr-too-old'),
      '--only',
      'os-build',
      '--json',
    ]);
    expect(JSON.parse(stdout).steps.map((s: { id: string }) => s.id)).toEqual(['os-build']);
  });

  it('writes the HTML report of the run with --report', async () => {
    const dir = tempDir();
    const { code } = await hvv([
      'run',
      '--scenario',
      fixture('ras-809-timeout'),
      '--report',
      join(dir, 'device.html'),
    ]);
    expect(code).toBe(1);
    const html = readFileSync(join(dir, 'device.html'), 'utf8');
    expect(html).toContain('IKEv2 blocked by a firewall: RAS error 809');
    expect(html).toContain('data-step-id="vpn-connect"');
  });

  it('refuses --report for a batch of scenarios', async () => {
    const dir = tempDir();
    const args = ['run', '--scenario', fixture('ras-809-timeout'), '--scenario', fixture('missing-probe')];
    expect(await hvv([...args, '--report', join(dir, 'x.html')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--report describes one device'),
    });
  });

  it('refuses --connect with a scenario', async () => {
    expect((await hvv(['run', '--scenario', fixture('static-proxy-warn'), '--connect'])).code).toBe(2);
  });

  it('says in one line on stderr that a command is missing, exit 2', async () => {
    const { code, stdout, stderr } = await hvv([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --vpn or --domain with a scenario instead of silently ignoring them', async () => {
    const vpn = await hvv(['run', '--scenario', fixture('two-connections-no-choice'), '--vpn', 'Anything']);
    expect(vpn.code).toBe(2);
    expect(vpn.stderr).toContain('recorded inputs');
    expect((await hvv(['run', '--scenario', fixture('static-proxy-warn'), '--domain', 'x.y'])).code).toBe(2);
  });
});

describe('hvv live', () => {
  const recorded = parseScenario(readFileSync(fixture('win10-1909-ikev2-connects'), 'utf8'));
  const liveFrom = (available: boolean): CliDeps => ({
    clock: () => new Date('2026-11-25T08:00:00Z'),
    loadLive: async (): Promise<LiveModule> => ({
      liveAvailability: async () => ({
        available,
        reason: available ? null : 'Live checks need Windows with PowerShell; this is linux.',
      }),
      createLiveExecutor: () => {
        const replay = createScenarioExecutor(recorded);
        const executor: ProbeExecutor & { dispose(): Promise<void> } = {
          mode: 'live',
          run: (req, opts) => replay.run(req, opts),
          dispose: async () => undefined,
        };
        return executor;
      },
    }),
  });

  it('exits 2 with the reason when live checks are not available here', async () => {
    const { code, stderr } = await hvv(['run'], { deps: liveFrom(false) });
    expect(code).toBe(2);
    expect(stderr).toBe('hvv: Live checks need Windows with PowerShell; this is linux.\n');
  });

  it('does not connect the VPN without --connect', async () => {
    const { stdout } = await hvv(['run', '--json', '--vpn', 'Contoso VPN', '--domain', 'corp.contoso.com'], {
      deps: liveFrom(true),
    });
    const steps = JSON.parse(stdout).steps as { id: string; status: string; summary: string }[];
    expect(steps.find((s) => s.id === 'vpn-connect')).toMatchObject({
      status: 'skip',
      summary: expect.stringContaining('--connect'),
    });
    expect(steps.find((s) => s.id === 'dc-over-vpn')?.status).toBe('blocked');
  });

  it('records a scenario with --out that replays to the same verdicts', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const live = await hvv(
      [
        'record',
        '--out',
        'out/device.scenario.json',
        '--connect',
        '--vpn',
        'Contoso VPN',
        '--domain',
        'corp.contoso.com',
        '--json',
      ],
      {
        cwd: dir,
        deps: liveFrom(true),
      },
    );
    expect(live.stderr).toContain('scenario written');
    const scenario = parseScenario(readFileSync(join(dir, 'out', 'device.scenario.json'), 'utf8'));
    expect(scenario.recordedAt).toBe('2026-11-25T08:00:00.000Z');
    expect(scenario.probes.some((p) => p.probe === 'vpn.connect')).toBe(true);
    const replay = await hvv(['run', '--scenario', join(dir, 'out', 'device.scenario.json'), '--json']);
    const statuses = (text: string) =>
      JSON.parse(text).steps.map((s: { id: string; status: string }) => `${s.id}:${s.status}`);
    expect(statuses(replay.stdout)).toEqual(statuses(live.stdout));
    expect(statuses(live.stdout)).toContain('vpn-connect:pass');
  });

  it('records a run without --connect that replays to the same verdicts, actions still unrun', async () => {
    const dir = tempDir();
    const out = join(dir, 'device.scenario.json');
    const live = await hvv(['record', '--out', out, '--vpn', 'Contoso VPN', '--json'], {
      cwd: dir,
      deps: liveFrom(true),
    });
    const scenario = parseScenario(readFileSync(out, 'utf8'));
    expect(scenario.actionsNotRun).toEqual(['vpn.connect', 'vpn.disconnect', 'update.install']);
    const replay = await hvv(['run', '--scenario', out, '--json']);
    const statuses = (text: string) =>
      JSON.parse(text).steps.map((s: { id: string; status: string }) => `${s.id}:${s.status}`);
    expect(statuses(replay.stdout)).toEqual(statuses(live.stdout));
    expect(statuses(replay.stdout)).toContain('vpn-connect:skip');
    expect(replay.code).toBe(live.code);
  });

  it('installs the update only when --install names a package, without connecting the VPN', async () => {
    const { stdout } = await hvv(['run', '--json', '--install', 'D:\\kb5001028.msu'], {
      deps: liveFrom(true),
    });
    const steps = JSON.parse(stdout).steps as { id: string; status: string; summary: string }[];
    // The stand-in device has no recorded wusa result: the step tried, and says which probe is missing.
    expect(steps.find((s) => s.id === 'update-install')).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('update.install'),
    });
    expect(steps.find((s) => s.id === 'vpn-connect')?.status).toBe('skip');
  });

  it('ends the steps as cancelled when the technician presses Ctrl+C', async () => {
    const controller = new AbortController();
    controller.abort();
    const { code, stdout } = await hvv(['run', '--json'], {
      deps: { ...liveFrom(true), signal: controller.signal },
    });
    expect(code).toBe(1);
    const steps = JSON.parse(stdout).steps as { status: string; summary: string }[];
    expect(steps.every((s) => s.status === 'error' && s.summary === 'Cancelled by the technician.')).toBe(
      true,
    );
  });

  it('needs --out to record', async () => {
    expect(await hvv(['record'], { deps: liveFrom(true) })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--out'),
    });
  });
});
