import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PowerShellRunner, RunnerError, splitExitMarker } from '../../../../main/probes/powershell-runner.js';
import { FAKE_PWSH, FAKE_UNSUPPORTED, createFakePwsh } from './fake-pwsh-harness.js';
import type { FakePwsh } from './fake-pwsh-harness.js';

// These tests start real (fake) PowerShell processes; a loaded CI machine can be slow to spawn them.
vi.setConfig({ testTimeout: 30_000 });

const SCRIPTS = '/opt/hvv/scripts';
const script = (name: string) => `${SCRIPTS}/${name}.ps1`;
const READ = { timeoutMs: 10_000 };
/** Spawning a process can take a while on a loaded CI machine. */
const WAIT = { timeout: 10_000 };

let fake: FakePwsh;
let runner: PowerShellRunner;
let savedExecutable: string | undefined;

beforeAll(() => {
  savedExecutable = process.env.NODE_POWERSHELL;
  process.env.NODE_POWERSHELL = FAKE_PWSH;
});

afterAll(() => {
  if (savedExecutable === undefined) delete process.env.NODE_POWERSHELL;
  else process.env.NODE_POWERSHELL = savedExecutable;
});

beforeEach(() => {
  fake = createFakePwsh();
});

afterEach(async () => {
  await runner?.dispose();
  fake.cleanup();
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function newRunner(poolSize = 2): PowerShellRunner {
  runner = new PowerShellRunner({ poolSize, env: fake.env, startTimeoutMs: 10_000 });
  return runner;
}

describe.skipIf(FAKE_UNSUPPORTED)('PowerShell runner against a fake PowerShell', () => {
  it('returns a probe script’s output with exit code 0', async () => {
    fake.setRules({ 'os.version': { stdout: '{"CurrentBuild":"19045","UBR":3803}' } });
    const result = await newRunner().runScript(script('os.version'), {}, READ);
    expect(result).toMatchObject({
      exitCode: 0,
      stdout: '{"CurrentBuild":"19045","UBR":3803}',
      stderr: '',
      timedOut: false,
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('starts each session with UTF-8 output and no progress bars', async () => {
    fake.setRules({ 'os.version': { stdout: '{}' } });
    await newRunner().runScript(script('os.version'), {}, READ);
    const first = fake.commands()[0];
    expect(first?.line).toContain("$ProgressPreference='SilentlyContinue'");
    expect(first?.line).toContain('[Console]::OutputEncoding=[Text.Encoding]::UTF8');
  });

  it('keeps what the probe wrote to stderr as its stderr instead of throwing', async () => {
    fake.setRules({ 'join.dsregcmd': { stdout: 'partial', stderr: 'Access is denied.', exitCode: 5 } });
    const result = await newRunner().runScript(script('join.dsregcmd'), {}, READ);
    expect(result).toMatchObject({ exitCode: 5, stdout: 'partial', stderr: 'Access is denied.' });
  });

  it('reports a RAS error code from rasdial as the exit code, signed as PowerShell reports it', async () => {
    fake.setRules({
      'vpn.connect': { stdout: 'Remote Access error 809', exitCode: 809 },
      'update.install': { stdout: '', exitCode: -2145124329 },
    });
    const r = newRunner();
    expect((await r.runScript(script('vpn.connect'), { name: 'Contoso VPN' }, READ)).exitCode).toBe(809);
    expect((await r.runScript(script('update.install'), { path: 'C:\\kb.msu' }, READ)).exitCode).toBe(
      -2145124329,
    );
  });

  it('reports exit code 1 with the message when a structured probe throws', async () => {
    fake.setRules({ 'cert.machine': { throws: 'Cannot find drive Cert:' } });
    const result = await newRunner().runScript(script('cert.machine'), {}, READ);
    expect(result).toMatchObject({ exitCode: 1, stdout: '', stderr: 'Cannot find drive Cert:' });
  });

  it('does not carry one probe’s exit code into the next probe', async () => {
    fake.setRules({ 'vpn.connect': { exitCode: 691 }, 'os.version': { stdout: '{}' } });
    const r = newRunner(1);
    await r.runScript(script('vpn.connect'), { name: 'x' }, READ);
    expect((await r.runScript(script('os.version'), {}, READ)).exitCode).toBe(0);
  });

  it('stops a hung probe at its timeout and answers the next probe from a new PowerShell', async () => {
    fake.setRules({ 'update.pending': { hang: true }, 'os.version': { stdout: '{}' } });
    const r = newRunner(1);
    const hung = await r.runScript(script('update.pending'), {}, { timeoutMs: 300 });
    expect(hung.timedOut).toBe(true);
    const hungPid = fake.log().find((e) => e.kind === 'command' && e.script === 'update.pending')?.pid;
    await vi.waitFor(() => expect(isRunning(hungPid!)).toBe(false), WAIT);
    const after = await r.runScript(script('os.version'), {}, READ);
    expect(after).toMatchObject({ exitCode: 0, stdout: '{}', timedOut: false });
    const pids = new Set(
      fake
        .log()
        .filter((e) => e.kind === 'start')
        .map((e) => e.pid),
    );
    expect(pids.size).toBe(2);
  });

  it('passes non-Latin output through as UTF-8', async () => {
    fake.setRules({ 'join.dsregcmd': { stdout: 'Состояние устройства\n  AzureAdJoined : YES\n東京' } });
    const result = await newRunner().runScript(script('join.dsregcmd'), {}, READ);
    expect(result.stdout).toBe('Состояние устройства\n  AzureAdJoined : YES\n東京');
  });

  it('carries a 5 MB output intact', async () => {
    const line = 'Thumbprint : 0123456789ABCDEF0123456789ABCDEF01234567\n';
    const times = Math.ceil((5 * 1024 * 1024) / line.length);
    fake.setRules({ 'cert.machine': { stdoutRepeat: { text: line, times } } });
    const result = await newRunner().runScript(script('cert.machine'), {}, { timeoutMs: 30_000 });
    expect(result.exitCode).toBe(0);
    const expected = line.repeat(times).trimEnd();
    expect(result.stdout).toBe(expected);
  });

  it('replaces an idle PowerShell that died between probes', async () => {
    fake.setRules({ 'os.version': { stdout: '{}' } });
    const r = newRunner(1);
    await r.runScript(script('os.version'), {}, READ);
    const [pid] = r.sessionPids;
    process.kill(pid!, 'SIGKILL');
    await vi.waitFor(() => expect(r.sessionPids).not.toContain(pid), WAIT);
    expect(await r.runScript(script('os.version'), {}, READ)).toMatchObject({ exitCode: 0, stdout: '{}' });
  });

  it('fails the running probe with a clear error when PowerShell crashes, then recovers', async () => {
    fake.setRules({
      'vpn.connections': { crash: { exitCode: 3, afterStdout: '[{"Name":' } },
      'os.version': { stdout: '{}' },
    });
    const r = newRunner(1);
    const crash = r.runScript(script('vpn.connections'), {}, READ);
    await expect(crash).rejects.toBeInstanceOf(RunnerError);
    await expect(crash).rejects.toMatchObject({ kind: 'crashed', message: 'PowerShell exited with code 3' });
    expect(await r.runScript(script('os.version'), {}, READ)).toMatchObject({ exitCode: 0, stdout: '{}' });
  });

  it('treats PowerShell quitting cleanly in the middle of a probe as a crash, not as empty output', async () => {
    fake.setRules({ 'mdm.enrollments': { crash: { exitCode: 0 } } });
    await expect(newRunner().runScript(script('mdm.enrollments'), {}, READ)).rejects.toMatchObject({
      kind: 'crashed',
    });
  });

  it('cancels a running probe by killing its PowerShell', async () => {
    fake.setRules({
      'vpn.connect': { hang: true, marker: 'connect-started' },
      'os.version': { stdout: '{}' },
    });
    const r = newRunner(1);
    const controller = new AbortController();
    const running = r.runScript(
      script('vpn.connect'),
      { name: 'Contoso VPN' },
      { timeoutMs: 60_000, signal: controller.signal },
    );
    await vi.waitFor(
      () => expect(fake.log().some((e) => e.kind === 'command' && e.script === 'vpn.connect')).toBe(true),
      WAIT,
    );
    const pid = r.sessionPids[0];
    controller.abort();
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
    expect(r.sessionPids).not.toContain(pid);
    expect(await r.runScript(script('os.version'), {}, READ)).toMatchObject({ stdout: '{}' });
  });

  it('refuses a probe whose signal is already aborted without starting PowerShell', async () => {
    const r = newRunner();
    await expect(
      r.runScript(script('os.version'), {}, { timeoutMs: 1000, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(fake.log()).toEqual([]);
  });

  it('runs two slow probes at the same time on a pool of two', async () => {
    // Each waits for the other to start: run one after the other, they would deadlock until timeout.
    fake.setRules({
      'update.pending': { marker: 'a', waitForMarker: 'b', stdout: '[]' },
      'vpn.connections': { marker: 'b', waitForMarker: 'a', stdout: '[]' },
    });
    const r = newRunner(2);
    const results = await Promise.all([
      r.runScript(script('update.pending'), {}, { timeoutMs: 20_000 }),
      r.runScript(script('vpn.connections'), {}, { timeoutMs: 20_000 }),
    ]);
    expect(results.map((x) => x.timedOut)).toEqual([false, false]);
    expect(results.map((x) => x.stdout)).toEqual(['[]', '[]']);
  });

  it('queues a third probe until a session frees up, with a pool of two', async () => {
    fake.setRules({ 'os.version': { stdout: '{}' } });
    const r = newRunner(2);
    const results = await Promise.all([1, 2, 3].map(() => r.runScript(script('os.version'), {}, READ)));
    expect(results.every((x) => x.stdout === '{}')).toBe(true);
    expect(
      new Set(
        fake
          .log()
          .filter((e) => e.kind === 'start')
          .map((e) => e.pid),
      ).size,
    ).toBeLessThanOrEqual(2);
  });

  it.each([
    ['double quotes', 'Contoso "VPN"'],
    ['an apostrophe', "it's"],
    ['a sub-expression', '$(Remove-Item x)'],
    ['backticks', 'a`nb`$c'],
    ['curly quotes', '\u2018curly\u2019 \u201Alow\u201B'],
    ['a newline', 'first\nsecond'],
    ['non-Latin text', 'Корпоративный VPN 東京'],
  ])('passes a VPN name with %s to the script intact and inert', async (_label, name) => {
    fake.setRules({ 'vpn.connect': { stdout: 'Command completed successfully.' } });
    const result = await newRunner().runScript(script('vpn.connect'), { name }, READ);
    expect(result.exitCode).toBe(0);
    const sent = fake.commands().find((c) => c.script === 'vpn.connect');
    expect(JSON.parse(sent?.argsJson ?? 'null')).toEqual({ name });
    expect(sent?.expandable).toEqual([]);
    expect(sent?.line).toMatch(/^[\x20-\x7e]+$/);
    expect(sent?.line).not.toContain(name);
  });

  it('sends a script path with an apostrophe or non-ASCII letters as an inert expression', async () => {
    fake.setRules({ 'os.version': { stdout: '{}' } });
    const r = newRunner();
    await r.runScript("C:\\Users\\O'Brien\\scripts\\os.version.ps1", {}, READ);
    await r.runScript('C:\\Users\\Jürgen\\scripts\\os.version.ps1', {}, READ);
    const sent = fake.commands().filter((c) => c.script === 'os.version');
    expect(sent).toHaveLength(2);
    expect(sent.map((c) => c.expandable)).toEqual([[], []]);
    expect(sent[0]?.literals).toContain("C:\\Users\\O'Brien\\scripts\\os.version.ps1");
    expect(sent[1]?.line).toMatch(/^[\x20-\x7e]+$/);
  });

  it('rejects with a clear "unavailable" error when PowerShell is missing, and never leaks a rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const missing = new PowerShellRunner({ executable: 'pwsh', env: { ...fake.env } });
      const previous = process.env.NODE_POWERSHELL;
      process.env.NODE_POWERSHELL = '/nonexistent/pwsh-missing';
      try {
        const attempt = missing.runScript(script('os.version'), {}, READ);
        await expect(attempt).rejects.toMatchObject({ kind: 'unavailable' });
        await expect(attempt).rejects.toThrow(/could not be started.*ENOENT/);
      } finally {
        process.env.NODE_POWERSHELL = previous;
        await missing.dispose();
      }
      await new Promise((r) => setImmediate(r));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('rejects every call after dispose and leaves no PowerShell running', async () => {
    fake.setRules({ 'os.version': { stdout: '{}' } });
    const r = newRunner();
    await r.runScript(script('os.version'), {}, READ);
    await r.dispose();
    expect(r.sessionPids).toEqual([]);
    await expect(r.runScript(script('os.version'), {}, READ)).rejects.toMatchObject({ kind: 'disposed' });
  });
});

describe('exit-code marker', () => {
  it('removes the marker line and keeps the lines around it', () => {
    expect(splitExitMarker('a\nb\nHVV-EXIT-n1:7\nc', 'n1')).toEqual({ stdout: 'a\nb\nc', exitCode: 7 });
    expect(splitExitMarker('out\r\nHVV-EXIT-n1:-2145124329', 'n1')).toEqual({
      stdout: 'out',
      exitCode: -2145124329,
    });
  });

  it('ignores a marker with another nonce, so a program cannot fake its exit code', () => {
    expect(splitExitMarker('HVV-EXIT-other:0', 'n1')).toEqual({ stdout: 'HVV-EXIT-other:0', exitCode: null });
  });
});
