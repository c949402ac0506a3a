/**
 * Real PowerShell for the runner's tests: finds pwsh (HVV_PWSH, ~/.dotnet/tools/pwsh, PATH) and
 * builds a stand-in %SystemRoot%\System32 of native shims (test/ps/shims) that the bundled scripts
 * start instead of rasdial, nltest, ... (the scripts' Get-NativePath honours HVV_TEST_NATIVE_SHIMS
 * only when the real .exe is missing). Same layout as New-StandInSystem32 in test/ps/ProbeTest.ps1.
 */
import { execFileSync } from 'node:child_process';
import type { Scenario } from '../../../../common/model.js';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../../..');
export const SCRIPTS_DIR = join(REPO, 'main/probes/scripts');
export const NATIVE_FIXTURES = join(REPO, 'test/fixtures/native');
/** The test-only session preload that turns pwsh into a described device (e2e and bench). */
export const PRELOAD = join(REPO, 'test/ps/e2e/session-preload.ps1');
const SHIM_JS = join(REPO, 'test/ps/shims/native-shim.mjs');
const SHIM_PS1 = join(REPO, 'test/ps/shims/native-shim.ps1');
const PROGRAMS = ['rasdial', 'nltest', 'dsregcmd', 'netsh', 'whoami', 'wusa', 'reg'];

function findPwsh(): { path: string | null; reason: string } {
  if (process.platform === 'win32') {
    return { path: null, reason: 'on Windows the shims are .cmd files: the Windows CI job runs these' };
  }
  const candidates = [
    process.env.HVV_PWSH,
    join(homedir(), '.dotnet', 'tools', 'pwsh'),
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'pwsh')),
  ].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    try {
      execFileSync(candidate, ['-NoProfile', '-Command', 'exit 0'], { stdio: 'ignore', timeout: 30_000 });
      return { path: candidate, reason: '' };
    } catch {
      // not a working pwsh; try the next
    }
  }
  return { path: null, reason: 'PowerShell not available: no pwsh (run scripts/setup-powershell.mjs)' };
}

const found = findPwsh();
/** The pwsh to start, or null (then `PWSH_SKIP_REASON` says why). */
export const PWSH = found.path;
export const PWSH_SKIP_REASON = found.reason;

export interface ShimAnswer {
  args?: string[];
  stdoutFile?: string;
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  readStdin?: boolean;
  sleepMs?: number;
}

export interface ShimCall {
  program: string;
  argv: string[];
  stdin: string | null;
  ppid?: number;
}

export interface StandIn {
  root: string;
  windows: string;
  state: string;
  /** Environment for a runner whose scripts must find the shims. */
  env(mode?: 'bare' | 'ps1'): NodeJS.ProcessEnv;
  answer(program: string, answers: ShimAnswer | ShimAnswer[]): void;
  calls(): ShimCall[];
  pidOf(program: string): number | null;
  cleanup(): void;
}

export function fixture(relative: string): string {
  return join(NATIVE_FIXTURES, relative);
}

export function createStandIn(): StandIn {
  const root = mkdtempSync(join(tmpdir(), 'hvv-pwsh-'));
  const windows = join(root, 'Windows');
  const system32 = join(windows, 'System32');
  const state = join(root, 'shim-state');
  mkdirSync(system32, { recursive: true });
  mkdirSync(state);
  const config: Record<string, ShimAnswer[]> = {};
  const save = () => writeFileSync(join(state, 'config.json'), JSON.stringify(config));
  save();
  for (const name of PROGRAMS) {
    const bare = join(system32, name);
    writeFileSync(bare, `#!/bin/sh\nexec node '${SHIM_JS}' ${name} "$@"\n`);
    chmodSync(bare, 0o755);
    writeFileSync(
      join(system32, `${name}.ps1`),
      `& '${SHIM_PS1.replace(/'/g, "''")}' -Program '${name}' -ShimArgs $args\nexit $LASTEXITCODE\n`,
    );
  }
  return {
    root,
    windows,
    state,
    env: (mode = 'bare') => ({
      ...process.env,
      SystemRoot: windows,
      windir: windows,
      HVV_SHIM_DIR: state,
      HVV_TEST_NATIVE_SHIMS: mode,
      // .NET's console on Linux writes keypad-mode escapes (ESC[?1h) to stdout for a real TERM.
      TERM: 'dumb',
    }),
    answer(program, answers) {
      config[program] = Array.isArray(answers) ? answers : [answers];
      save();
    },
    calls() {
      const file = join(state, 'calls.jsonl');
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as ShimCall);
    },
    pidOf(program) {
      const file = join(state, `${program}.pid`);
      return existsSync(file) ? Number(readFileSync(file, 'utf8')) : null;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `check` holds (processes take a moment to die); false after `ms`. */
export async function eventually(check: () => boolean, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

const NATIVES: Record<string, { program: string; argv: (args: Record<string, unknown>) => string[] }> = {
  'join.dsregcmd': { program: 'dsregcmd', argv: () => ['/status'] },
  'proxy.winhttp': { program: 'netsh', argv: () => ['winhttp', 'show', 'proxy'] },
  'vpn.connect': { program: 'rasdial', argv: (a) => [String(a.name)] },
  'vpn.disconnect': { program: 'rasdial', argv: (a) => [String(a.name), '/disconnect'] },
  'dc.locate': { program: 'nltest', argv: (a) => [`/dsgetdc:${String(a.domain)}`, '/force'] },
};

/** The device a scenario describes, as the preload and the shims need it. */
export function buildDevice(scenario: Scenario, standIn: StandIn): string {
  const json = (probe: string): unknown => {
    const entry = scenario.probes.find((p) => p.probe === probe);
    return entry ? JSON.parse(entry.result.stdout) : null;
  };
  const autopilot = json('autopilot.profile') as { registry?: unknown; ztdFile?: unknown } | null;
  if (autopilot?.ztdFile) {
    const dir = join(standIn.windows, 'ServiceState', 'wmansvc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'AutopilotDDSZTDFile.json'), JSON.stringify(autopilot.ztdFile));
  }
  const logon = json('logon.session') as { Upn?: string | null } | null;
  const answers = new Map<string, { args: string[]; stdoutFile: string; exitCode: number }[]>();
  scenario.probes.forEach((entry, index) => {
    const native = NATIVES[entry.probe];
    if (!native) return;
    const file = join(standIn.root, `native-${index}.txt`);
    writeFileSync(file, entry.result.stdout);
    const list = answers.get(native.program) ?? [];
    list.push({ args: native.argv(entry.args), stdoutFile: file, exitCode: entry.result.exitCode });
    answers.set(native.program, list);
  });
  for (const [program, list] of answers) standIn.answer(program, list);
  standIn.answer(
    'whoami',
    logon?.Upn ? { stdout: `${logon.Upn}\r\n` } : { stderr: 'ERROR: not a domain user.', exitCode: 1 },
  );
  const device = {
    osVersion: json('os.version'),
    enrollments: json('mdm.enrollments') ?? [],
    autopilotRegistry: autopilot?.registry ?? null,
    vpnConnections: json('vpn.connections') ?? [],
    certMachine: json('cert.machine') ?? [],
    certUser: json('cert.user') ?? [],
    logon,
    hotfixes: [],
  };
  const file = join(standIn.root, 'device.json');
  writeFileSync(file, JSON.stringify(device));
  return file;
}
