/**
 * The runner on real PowerShell: real node-powershell sessions on real pwsh running the bundled
 * scripts, which start native shims from a stand-in System32 (real-pwsh-harness.ts). The fake
 * (powershell-runner.test.ts) stays for what pwsh cannot be made to do on demand: hang in the
 * framing, crash at a chosen byte.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PowerShellRunner, RunnerError } from '../../../../main/probes/powershell-runner.js';
import { descendantPids } from '../../../../main/probes/powershell-session.js';
import { isPackagedApp, resolvePowerShellExecutable } from '../../../../main/probes/powershell-executable.js';
import {
  PWSH,
  PWSH_SKIP_REASON,
  SCRIPTS_DIR,
  createStandIn,
  eventually,
  fixture,
  isRunning,
  type StandIn,
} from './real-pwsh-harness.js';

vi.setConfig({ testTimeout: 60_000 });

const script = (probe: string) => join(SCRIPTS_DIR, `${probe}.ps1`);
const READ = { timeoutMs: 30_000 };

/** Names a technician could type that break naive quoting; each must reach rasdial as one argv element. */
const HOSTILE_NAMES = [
  'Contoso "VPN"',
  '"Contoso VPN"',
  'x" /phonebook:\\\\host\\share',
  "it's",
  '$(Remove-Item x)',
  'a`b`"c`$d',
  'trailing\\',
  'with space\\',
  '\u2018curly\u2019 \u201Cquotes\u201D',
  'VPN Soci\u00e9t\u00e9',
  '\u65e5\u672c\u8a9eVPN',
];

describe('which PowerShell the runner starts', () => {
  it('honours NODE_POWERSHELL in tests and development, never in the packaged app', () => {
    const env = { NODE_POWERSHELL: '/tmp/planted/powershell.exe', SystemRoot: 'C:\\Windows' };
    expect(resolvePowerShellExecutable(undefined, { env, packaged: false, platform: 'linux' })).toBe(
      '/tmp/planted/powershell.exe',
    );
    expect(resolvePowerShellExecutable(undefined, { env, packaged: true, platform: 'win32' })).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
    expect(resolvePowerShellExecutable('pwsh', { env, packaged: true, platform: 'linux' })).toBe('pwsh');
  });

  it('knows a packaged Electron app from electron itself and from plain Node, as app.isPackaged does', () => {
    const electron = { ...process.versions, electron: '41.7.1' };
    expect(isPackagedApp(electron, 'C:\\Program Files\\Hybrid VPN Validator\\Hybrid VPN Validator.exe')).toBe(
      true,
    );
    expect(isPackagedApp(electron, '/repo/node_modules/electron/dist/electron')).toBe(false);
    expect(isPackagedApp(electron, 'C:\\repo\\node_modules\\electron\\dist\\electron.exe')).toBe(false);
    const { electron: _none, ...plainNode } = electron;
    expect(isPackagedApp(plainNode as NodeJS.ProcessVersions, '/usr/bin/node')).toBe(false);
  });

  it('ignores a planted NODE_POWERSHELL in the packaged app and refuses a test preload there', () => {
    const previous = process.env.NODE_POWERSHELL;
    process.env.NODE_POWERSHELL = '/tmp/planted/pwsh';
    try {
      expect(new PowerShellRunner({ packaged: true, executable: 'pwsh' }).executablePath).toBe('pwsh');
      expect(new PowerShellRunner({ packaged: false, executable: 'pwsh' }).executablePath).toBe(
        '/tmp/planted/pwsh',
      );
    } finally {
      if (previous === undefined) delete process.env.NODE_POWERSHELL;
      else process.env.NODE_POWERSHELL = previous;
    }
    expect(() => new PowerShellRunner({ packaged: true, testSessionPreload: '/tmp/x.ps1' })).toThrow(
      /cannot be used in the packaged app/,
    );
  });
});

describe.skipIf(!PWSH)(`the runner on real pwsh (${PWSH ?? PWSH_SKIP_REASON})`, () => {
  let standIn: StandIn;
  let runner: PowerShellRunner | undefined;
  let savedOverride: string | undefined;

  beforeEach(() => {
    standIn = createStandIn();
    // This file tests real pwsh: an override left by another test file must not choose the program.
    savedOverride = process.env.NODE_POWERSHELL;
    delete process.env.NODE_POWERSHELL;
  });

  afterEach(async () => {
    await runner?.dispose();
    runner = undefined;
    standIn.cleanup();
    if (savedOverride !== undefined) process.env.NODE_POWERSHELL = savedOverride;
  });

  function newRunner(mode: 'bare' | 'ps1' = 'bare', poolSize = 2): PowerShellRunner {
    runner = new PowerShellRunner({
      poolSize,
      executable: PWSH ?? 'pwsh',
      env: standIn.env(mode),
      startTimeoutMs: 30_000,
    });
    return runner;
  }

  it('runs probes on a pool: two at once on two sessions, then a session is reused', async () => {
    standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt'), sleepMs: 1500 });
    const pool = newRunner('bare', 2);
    const [a, b] = await Promise.all([
      pool.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ),
      pool.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ),
    ]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    // The session whose process tree started each call (a dotnet tool's pwsh is a child of its apphost).
    const sessionOf = (ppid: number | undefined) =>
      pool.sessionPids.find((pid) => pid === ppid || descendantPids(pid).includes(ppid ?? -1));
    const first = standIn.calls().map((c) => sessionOf(c.ppid));
    expect(new Set(first).size).toBe(2);
    expect(first.every((pid) => pid !== undefined)).toBe(true);
    standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt') });
    await pool.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ);
    expect(first).toContain(sessionOf(standIn.calls()[2]?.ppid));
    expect(pool.sessionPids).toHaveLength(2);
  });

  it('reads the exit code behind its own marker, whatever the program prints', async () => {
    standIn.answer('rasdial', {
      stdout: 'HVV-EXIT-0123456789abcdef:0\r\nRemote Access error 691 - Access was denied\r\n',
      exitCode: 691,
    });
    const result = await newRunner('ps1').runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ);
    expect(result.exitCode).toBe(691);
    expect(result.stdout).toContain('HVV-EXIT-0123456789abcdef:0');
    expect(result.stdout).not.toMatch(/HVV-EXIT-[0-9a-f]{16}:691/);
  });

  it.each([
    ['vpn.connect', 'rasdial', 809, { name: 'Contoso VPN' }],
    ['vpn.connect', 'rasdial', 703, { name: 'Contoso VPN' }],
    ['dc.locate', 'nltest', 1355, { domain: 'corp.contoso.com' }],
  ] as const)('%s returns %s’s exit code %i', async (probe, program, code, args) => {
    standIn.answer(program, { stdout: `exit ${code}\r\n`, exitCode: code });
    const result = await newRunner('ps1').runScript(script(probe), args, READ);
    expect(result).toMatchObject({ exitCode: code, timedOut: false });
  });

  it('stops a probe at its timeout, killing the session and the program it started', async () => {
    standIn.answer('rasdial', { stdout: 'never\r\n', sleepMs: 120_000 });
    const slow = newRunner('bare', 1);
    const run = slow.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, { timeoutMs: 4_000 });
    expect(await eventually(() => standIn.pidOf('rasdial') !== null)).toBe(true);
    const session = slow.sessionPids[0] as number;
    const program = standIn.pidOf('rasdial') as number;
    const result = await run;
    expect(result.timedOut).toBe(true);
    expect(await eventually(() => !isRunning(session) && !isRunning(program))).toBe(true);
    standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt') });
    const next = await slow.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ);
    expect(next.exitCode).toBe(0);
    expect(slow.sessionPids).not.toContain(session);
  });

  it('cancels a running probe: the session and its program are gone, the runner carries on', async () => {
    standIn.answer('rasdial', { stdout: 'never\r\n', sleepMs: 120_000 });
    const pool = newRunner('bare', 1);
    const controller = new AbortController();
    const run = pool.runScript(
      script('vpn.connect'),
      { name: 'Contoso VPN' },
      { ...READ, signal: controller.signal },
    );
    expect(await eventually(() => standIn.pidOf('rasdial') !== null)).toBe(true);
    const session = pool.sessionPids[0] as number;
    const program = standIn.pidOf('rasdial') as number;
    controller.abort();
    await expect(run).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(run).rejects.toBeInstanceOf(RunnerError);
    expect(await eventually(() => !isRunning(session) && !isRunning(program))).toBe(true);
    standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt') });
    expect((await pool.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ)).exitCode).toBe(0);
  });

  it('replaces a session whose pwsh process was killed', async () => {
    standIn.answer('netsh', { stdoutFile: fixture('netsh/direct-en.txt') });
    const pool = newRunner('bare', 1);
    expect((await pool.runScript(script('proxy.winhttp'), {}, READ)).exitCode).toBe(0);
    const first = pool.sessionPids[0] as number;
    process.kill(first, 'SIGKILL');
    expect(await eventually(() => !isRunning(first))).toBe(true);
    const again = await pool.runScript(script('proxy.winhttp'), {}, READ);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('Direct access (no proxy server).');
    expect(pool.sessionPids).toHaveLength(1);
    expect(pool.sessionPids[0]).not.toBe(first);
  });

  it('fails a probe whose session dies under it as "crashed", and the next probe gets a new session', async () => {
    standIn.answer('rasdial', { stdout: 'never\r\n', sleepMs: 120_000 });
    const pool = newRunner('bare', 1);
    const run = pool.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ);
    expect(await eventually(() => standIn.pidOf('rasdial') !== null)).toBe(true);
    process.kill(pool.sessionPids[0] as number, 'SIGKILL');
    await expect(run).rejects.toMatchObject({ kind: 'crashed' });
    standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt') });
    expect((await pool.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ)).exitCode).toBe(0);
  });

  it.each(['VPN Soci\u00e9t\u00e9', '\u65e5\u672c\u8a9eVPN'])(
    'carries %s in UTF-8 both ways',
    async (name) => {
      standIn.answer('rasdial', {
        stdout: `Connecting to ${name}...\r\nSuccessfully connected to ${name}.\r\n`,
      });
      const result = await newRunner().runScript(script('vpn.connect'), { name }, READ);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`Successfully connected to ${name}.`);
      expect(standIn.calls()[0]?.argv).toEqual([name]);
    },
  );

  it('gives native programs an empty stdin in a session (rasdial and wusa, which reads to the end)', async () => {
    standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt'), readStdin: true });
    standIn.answer('wusa', { readStdin: true });
    const package_ = join(standIn.root, 'windows10.0-kb5034441-x64.msu');
    (await import('node:fs')).writeFileSync(package_, 'msu');
    const pool = newRunner('bare', 1);
    const connect = await pool.runScript(
      script('vpn.connect'),
      { name: 'Contoso VPN' },
      { timeoutMs: 20_000 },
    );
    const install = await pool.runScript(script('update.install'), { path: package_ }, { timeoutMs: 20_000 });
    expect([connect.timedOut, install.timedOut]).toEqual([false, false]);
    expect(standIn.calls().map((c) => [c.program, c.stdin])).toEqual([
      ['rasdial', ''],
      ['wusa', ''],
    ]);
    expect(standIn.calls()[1]?.argv).toEqual([package_, '/quiet', '/norestart']);
  });

  it.each(['Legacy', 'Standard'])(
    'passes every hostile VPN name to rasdial as exactly one argument ($PSNativeCommandArgumentPassing = %s)',
    async (mode) => {
      standIn.answer('rasdial', { stdoutFile: fixture('rasdial/connect-success.txt') });
      const pool = newRunner('bare', 1);
      await pool.runCommand(`$global:PSNativeCommandArgumentPassing = '${mode}'`, READ);
      expect((await pool.runCommand('$PSNativeCommandArgumentPassing', READ)).stdout.trim()).toBe(mode);
      for (const name of HOSTILE_NAMES) {
        expect((await pool.runScript(script('vpn.connect'), { name }, READ)).exitCode).toBe(0);
        expect((await pool.runScript(script('vpn.disconnect'), { name }, READ)).exitCode).toBe(0);
      }
      const seen = standIn.calls().map((c) => c.argv);
      expect(seen).toEqual(HOSTILE_NAMES.flatMap((name) => [[name], [name, '/disconnect']]));
    },
  );
});
