import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProbeFailure } from '../../../../common/model.js';
import { PROBES, SCRIPT_PROBES } from '../../../../common/probes.js';
import type { ProbeId } from '../../../../common/model.js';
import {
  DEFAULT_SCRIPTS_DIR,
  createLiveExecutor,
  liveAvailability,
  resolveScriptsDir,
} from '../../../../main/probes/live-executor.js';
import type { LiveExecutor, ScriptRunner } from '../../../../main/probes/live-executor.js';
import { FAKE_PWSH, FAKE_UNSUPPORTED, createFakePwsh } from './fake-pwsh-harness.js';
import type { FakePwsh } from './fake-pwsh-harness.js';
import { PROBE_SCRIPTS } from '../../../paths.js';

// These tests start real (fake) PowerShell processes; a loaded CI machine can be slow to spawn them.
vi.setConfig({ testTimeout: 30_000 });

/** Spawning a process can take a while on a loaded CI machine. */
const WAIT = { timeout: 10_000 };
const SOURCE_SCRIPTS = PROBE_SCRIPTS;

let fake: FakePwsh;
let executor: LiveExecutor | null = null;
let saved: string | undefined;

beforeAll(() => {
  saved = process.env.NODE_POWERSHELL;
  process.env.NODE_POWERSHELL = FAKE_PWSH;
});
afterAll(() => {
  if (saved === undefined) delete process.env.NODE_POWERSHELL;
  else process.env.NODE_POWERSHELL = saved;
});
beforeEach(() => {
  fake = createFakePwsh();
});
afterEach(async () => {
  await executor?.dispose();
  executor = null;
  fake.cleanup();
});

function liveWithFake(timeouts?: Partial<Record<ProbeId, number>>): LiveExecutor {
  executor = createLiveExecutor({
    scriptsDir: SOURCE_SCRIPTS,
    runnerOptions: { env: fake.env, startTimeoutMs: 10_000 },
    transport: 'session',
    timeouts,
  });
  return executor;
}

describe.skipIf(FAKE_UNSUPPORTED)('live executor', () => {
  it('has a bundled script for every probe declared to run as a script, and no script without a declaration', () => {
    for (const probe of SCRIPT_PROBES) expect(existsSync(join(SOURCE_SCRIPTS, `${probe}.ps1`))).toBe(true);
    const scripts = readdirSync(SOURCE_SCRIPTS)
      .filter((name) => name.endsWith('.ps1'))
      .map((name) => name.slice(0, -'.ps1'.length));
    // net.tcp runs in Node for the app; its script exists only for the fleet's detection script.
    const fleetOnly = ['net.tcp'];
    expect(scripts.sort()).toEqual([...SCRIPT_PROBES, ...fleetOnly].sort());
    for (const probe of fleetOnly) expect(PROBES[probe as keyof typeof PROBES]?.runsOn).toBe('node');
  });

  it('finds the scripts beside its own source by default', () => {
    expect(DEFAULT_SCRIPTS_DIR).toBe(SOURCE_SCRIPTS);
  });

  it('looks for scripts next to app.cjs once bundled, outside app.asar once packaged', () => {
    expect(resolveScriptsDir(join('/opt', 'hvv', 'dist', 'main'))).toBe(
      join('/opt', 'hvv', 'dist', 'main', 'scripts'),
    );
    expect(resolveScriptsDir(join('/opt', 'hvv', 'resources', 'app.asar', 'dist', 'main'))).toBe(
      join('/opt', 'hvv', 'resources', 'app.asar.unpacked', 'dist', 'main', 'scripts'),
    );
  });

  it('runs each probe’s own script, with its arguments, and reports mode live', async () => {
    fake.setRules({ 'dc.locate': { stdout: 'DC: \\\\DC01.corp.contoso.com', exitCode: 0 } });
    const live = liveWithFake();
    expect(live.mode).toBe('live');
    const result = await live.run({ probe: 'dc.locate', args: { domain: 'corp.contoso.com' } });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'DC: \\\\DC01.corp.contoso.com', timedOut: false });
    const sent = fake.commands().find((c) => c.script === 'dc.locate');
    expect(sent?.literals?.[0]).toBe(join(SOURCE_SCRIPTS, 'dc.locate.ps1'));
    expect(JSON.parse(sent?.argsJson ?? 'null')).toEqual({ domain: 'corp.contoso.com' });
  });

  it('gives each probe its own timeout: two minutes to connect, thirty to install, one to read', async () => {
    const seen: Record<string, number> = {};
    const runner: ScriptRunner = {
      runScript: async (path, _args, opts) => {
        seen[path.split(/[\\/]/).pop() ?? ''] = opts.timeoutMs;
        return { exitCode: 0, stdout: '', stderr: '', durationMs: 1, timedOut: false };
      },
      dispose: async () => undefined,
    };
    const live = createLiveExecutor({ scriptsDir: SOURCE_SCRIPTS, runner });
    await live.run({ probe: 'vpn.connect', args: { name: 'Contoso VPN' } });
    await live.run({ probe: 'update.install', args: { path: 'C:\\kb.msu' } });
    await live.run({ probe: 'os.version', args: {} });
    await live.run({ probe: 'cert.machine', args: {} }, { timeoutMs: 1234 });
    expect(seen).toEqual({
      'vpn.connect.ps1': 120_000,
      'update.install.ps1': 1_800_000,
      'os.version.ps1': 60_000,
      'cert.machine.ps1': 1234,
    });
  });

  it('returns a timed-out result when a probe hangs, and keeps working', async () => {
    fake.setRules({ 'update.pending': { hang: true }, 'os.version': { stdout: '{}' } });
    const live = liveWithFake({ 'update.pending': 300 });
    const hung = await live.run({ probe: 'update.pending', args: {} });
    expect(hung.timedOut).toBe(true);
    expect((await live.run({ probe: 'os.version', args: {} })).stdout).toBe('{}');
  });

  it('turns a PowerShell crash into an "unavailable" failure naming the probe', async () => {
    fake.setRules({ 'cert.user': { crash: { exitCode: 255 } } });
    const attempt = liveWithFake().run({ probe: 'cert.user', args: {} });
    await expect(attempt).rejects.toBeInstanceOf(ProbeFailure);
    await expect(attempt).rejects.toMatchObject({
      kind: 'unavailable',
      probe: 'cert.user',
      message: 'cert.user could not run: PowerShell exited with code 255',
    });
  });

  it('turns a cancel into a "cancelled" failure', async () => {
    fake.setRules({ 'vpn.connect': { hang: true } });
    const live = liveWithFake();
    const controller = new AbortController();
    const attempt = live.run(
      { probe: 'vpn.connect', args: { name: 'Contoso VPN' } },
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(fake.commands().some((c) => c.script === 'vpn.connect')).toBe(true), WAIT);
    controller.abort();
    await expect(attempt).rejects.toMatchObject({ kind: 'cancelled', probe: 'vpn.connect' });
  });

  it('explains that PowerShell is missing instead of crashing', async () => {
    process.env.NODE_POWERSHELL = '/nonexistent/powershell.exe';
    try {
      const attempt = liveWithFake().run({ probe: 'os.version', args: {} });
      await expect(attempt).rejects.toMatchObject({ kind: 'unavailable', probe: 'os.version' });
      await expect(attempt).rejects.toThrow(/PowerShell could not be started/);
    } finally {
      process.env.NODE_POWERSHELL = FAKE_PWSH;
    }
  });

  it('says a missing script is missing, without starting PowerShell', async () => {
    executor = createLiveExecutor({
      scriptsDir: '/nonexistent/scripts',
      runnerOptions: { env: fake.env },
      transport: 'session',
    });
    await expect(executor.run({ probe: 'os.version', args: {} })).rejects.toThrow(
      /probe script for os.version is missing/,
    );
    expect(fake.log()).toEqual([]);
  });

  it('refuses tenant probes, which come from Graph, not from the device', async () => {
    await expect(liveWithFake().run({ probe: 'tenant.autopilotDevice', args: {} })).rejects.toMatchObject({
      kind: 'unavailable',
      probe: 'tenant.autopilotDevice',
    });
  });

  it('answers net.tcp in Node with the contract JSON', async () => {
    const server = createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    try {
      const result = await liveWithFake().run({ probe: 'net.tcp', args: { host: '127.0.0.1', port } });
      expect(JSON.parse(result.stdout)).toEqual({ host: '127.0.0.1', port, reachable: true, error: null });
      expect(fake.log()).toEqual([]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('answers tls.chain in Node too, without PowerShell', async () => {
    // A plain TCP server that closes at once: the TLS handshake fails, which is still an answer.
    // The server's side of the refused handshake is closed by the test, or server.close() waits on it.
    const accepted: Socket[] = [];
    const server = createServer((s) => {
      accepted.push(s);
      s.on('error', () => {});
      s.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    try {
      const result = await liveWithFake().run({ probe: 'tls.chain', args: { host: '127.0.0.1', port } });
      expect(JSON.parse(result.stdout)).toMatchObject({
        host: '127.0.0.1',
        port,
        via: 'direct',
        reached: false,
        chain: [],
      });
      expect(fake.log()).toEqual([]);
    } finally {
      for (const s of accepted) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe.skipIf(FAKE_UNSUPPORTED)('live availability', () => {
  it('tells a Linux user to replay a recorded scenario instead', async () => {
    expect(await liveAvailability({ platform: 'linux' })).toEqual({
      available: false,
      reason: 'Live checks need Windows with PowerShell; this is linux. Replay a recorded scenario instead.',
      reasonId: 'not-windows',
    });
  });

  it('is available on Windows when PowerShell starts and answers', async () => {
    expect(
      await liveAvailability({ platform: 'win32', runnerOptions: { env: fake.env }, transport: 'session' }),
    ).toEqual({
      available: true,
      reason: null,
    });
  });

  it('is unavailable on Windows when PowerShell cannot be started, with the reason', async () => {
    process.env.NODE_POWERSHELL = '/nonexistent/powershell.exe';
    try {
      const answer = await liveAvailability({ platform: 'win32', transport: 'session' });
      expect(answer.available).toBe(false);
      expect(answer.reason).toMatch(/PowerShell could not be started.*ENOENT/);
      expect(answer.reasonId).toBe('failed');
      expect(answer.reasonDetail).toMatch(/^PowerShell could not be started.*ENOENT/);
    } finally {
      process.env.NODE_POWERSHELL = FAKE_PWSH;
    }
  });
});

describe('live availability, asked repeatedly', () => {
  it('works the answer out once and gives the same answer again', async () => {
    const first = liveAvailability();
    expect(liveAvailability()).toBe(first);
    expect((await first).available).toBe(process.platform === 'win32');
  });
});
