import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliDeps, type LiveModule } from '../../../../main/cli/hvv.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const fixture = (name: string) => join(SCENARIO_FIXTURES, `${name}.scenario.json`);
const tempDir = () => mkdtempSync(join(tmpdir(), 'hvv-verdict-'));

async function hvv(argv: string[], deps?: CliDeps) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: SCENARIO_FIXTURES,
      env: {},
    },
    deps,
  );
  return { code, stdout, stderr };
}

/** The reference device with its two manual steps never confirmed. */
function unconfirmedRecording(dir: string): string {
  const scenario = JSON.parse(readFileSync(fixture('win10-1909-ikev2-connects'), 'utf8'));
  scenario.confirmations = {};
  const path = join(dir, 'unconfirmed.scenario.json');
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

describe('hvv exit codes follow the verdict (contract v1.1 §4)', () => {
  it('exits 3 when the VPN was never tested (several connections, none chosen)', async () => {
    const { code, stdout } = await hvv(['run', '--scenario', fixture('two-connections-no-choice'), '--json']);
    expect(code).toBe(3);
    const doc = JSON.parse(stdout);
    expect(doc.verdict).toBe('incomplete');
    expect(doc.verdictReasons).toEqual(['vpn-connect', 'dc-over-vpn', 'scp', 'vpn-disconnect']);
  });

  it('exits 3 when the manual steps were never confirmed', async () => {
    const { code, stdout } = await hvv(['run', '--scenario', unconfirmedRecording(tempDir()), '--json']);
    expect(code).toBe(3);
    expect(JSON.parse(stdout).verdictReasons).toEqual(['logon-vpn-icon', 'offnetwork-signin']);
  });

  it('exits 0 for a ready device although the recording holds no tenant data', async () => {
    const { code, stdout } = await hvv(['run', '--scenario', fixture('win10-1909-ikev2-connects'), '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: 'ready', verdictReasons: [] });
    expect(code).toBe(0);
  });

  it('exits 1 and names the failing step for RAS 809', async () => {
    const { code, stdout } = await hvv(['run', '--scenario', fixture('ras-809-timeout'), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: 'not-ready', verdictReasons: ['vpn-connect'] });
  });

  it('judges only the steps asked for with --only', async () => {
    const { code, stdout } = await hvv([
      'run',
      '--scenario',
      fixture('ras-809-timeout'),
      '--only',
      'os-build',
      '--json',
    ]);
    expect(JSON.parse(stdout).verdict).toBe('ready');
    expect(code).toBe(0);
  });

  it('exits a batch with the worst of its runs: 3 over 0, 1 over 3', async () => {
    const ready = fixture('win10-1909-ikev2-connects');
    const incomplete = fixture('two-connections-no-choice');
    expect((await hvv(['run', '--scenario', ready, '--scenario', incomplete])).code).toBe(3);
    const all = await hvv([
      'run',
      '--scenario',
      ready,
      '--scenario',
      incomplete,
      '--scenario',
      fixture('ras-809-timeout'),
      '--json',
    ]);
    expect(all.code).toBe(1);
    const batch = JSON.parse(all.stdout);
    expect(batch.runs.map((r: { verdict: string }) => r.verdict)).toEqual([
      'ready',
      'incomplete',
      'not-ready',
    ]);
  });

  it('says the exit codes in --help', async () => {
    const { stdout } = await hvv(['--help']);
    expect(stdout).toMatch(/3\s+incomplete/);
    expect(stdout).toMatch(/1 over 3 over 0/);
  });
});

describe('hvv text output', () => {
  it('puts the verdict line first and lists the failing step with its numbered fixes', async () => {
    const { stdout } = await hvv(['run', '--scenario', fixture('ras-809-timeout')]);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('VERDICT: ✘ Not ready — the VPN does not connect (RAS 809)');
    const fixes = stdout.slice(stdout.indexOf('WHAT TO FIX'));
    expect(fixes).toContain('FAIL  Connect the VPN with rasdial (vpn-connect)');
    expect(fixes).toMatch(/\n {2}1\. Check UDP 500 and 4500/);
    expect(fixes).toMatch(/\n {2}2\. /);
  });

  it('names each step by its title as well as its id', async () => {
    const { stdout } = await hvv(['run', '--scenario', fixture('win10-1909-ikev2-connects')]);
    expect(stdout).toContain('PASS     Connect the VPN with rasdial (vpn-connect)');
    expect(stdout.split('\n')[0]).toBe('VERDICT: ✔ Ready — every step of the procedure passed');
  });

  it('lists what is still to do for an incomplete run', async () => {
    const { stdout } = await hvv(['run', '--scenario', fixture('two-connections-no-choice')]);
    expect(stdout.split('\n')[0]).toBe(
      'VERDICT: ? Incomplete — the VPN was never tested — and 3 more steps to finish',
    );
    expect(stdout).toContain('STILL TO DO:');
    expect(stdout).toContain('1. Pick the VPN connection the device uses at the logon screen');
  });
});

describe('hvv files written', () => {
  it('prints the path of every file written on stderr, keeping --json on stdout parseable', async () => {
    const dir = tempDir();
    const report = join(dir, 'device.html');
    const junit = join(dir, 'lab.xml');
    const { stdout, stderr } = await hvv([
      'run',
      '--scenario',
      fixture('ras-809-timeout'),
      '--report',
      report,
      '--junit',
      junit,
      '--json',
    ]);
    expect(JSON.parse(stdout).format).toBe('hvv-run/1');
    expect(stderr).toContain(`hvv: report written to ${report}\n`);
    expect(stderr).toContain(`hvv: JUnit XML written to ${junit}\n`);
  });

  it('refuses an unknown report extension with exit 2 instead of writing HTML under another name', async () => {
    const dir = tempDir();
    const { code, stderr, stdout } = await hvv([
      'run',
      '--scenario',
      fixture('ras-809-timeout'),
      '--report',
      join(dir, 'device.txt'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('.html, .pdf, .json or .scenario.json');
    expect(existsSync(join(dir, 'device.txt'))).toBe(false);
  });

  it('refuses the report name before a live run touches the device', async () => {
    let probesRun = 0;
    const deps: CliDeps = {
      loadLive: async (): Promise<LiveModule> => ({
        liveAvailability: async () => ({ available: true, reason: null }),
        createLiveExecutor: () => ({
          mode: 'live',
          run: async () => {
            probesRun += 1;
            return { exitCode: 0, stdout: '', stderr: '', durationMs: 0, timedOut: false };
          },
          dispose: async () => undefined,
        }),
      }),
    };
    const { code } = await hvv(['run', '--connect', '--report', join(tempDir(), 'out.txt')], deps);
    expect(code).toBe(2);
    expect(probesRun).toBe(0);
  });
});
