/**
 * The live probe executor: each contract probe runs its bundled script on the PowerShell pool,
 * except `net.tcp` and `tls.chain`, which Node does itself. Whatever goes wrong underneath reaches the engine as a
 * result (non-zero exit, timedOut) or a ProbeFailure, never as any other rejection.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProbeFailure } from '../../common/model.js';
import { defaultTimeoutMs, isScriptProbe, PROBES } from '../../common/probes.js';
import type {
  ProbeArgs,
  ProbeExecutor,
  ProbeId,
  ProbeRequest,
  ProbeResult,
  ProbeRunOptions,
} from '../../common/model.js';
import { PowerShellRunner, RunnerError } from './powershell-runner.js';
import type { PowerShellRunnerOptions, RunOptions, RunnerResult } from './powershell-runner.js';
import { FileScriptRunner, HostNoAnswer, hostScriptFor } from './file-runner.js';
import type { HostCheck, HostIdentity } from './host-answer.js';
import { accountKind } from '../../common/run-context.js';
import type { RunContext } from '../../common/run-context.js';
import type { LiveUnavailableReasonId } from '../../common/live-unavailable.js';
import { probeTcp } from './tcp-probe.js';
import { probeTlsChain } from './tls-probe.js';

/** What the executor needs from a runner (PowerShellRunner, or a stand-in in tests). */
export interface ScriptRunner {
  runScript(scriptPath: string, args: ProbeArgs, opts: RunOptions): Promise<RunnerResult>;
  dispose(): Promise<void>;
}

export interface LiveExecutorOptions {
  /** Folder holding the bundled .ps1 files; compose passes the packaged location. */
  scriptsDir?: string;
  /** A runner the caller owns (not disposed by the executor). */
  runner?: ScriptRunner;
  /** Options for the runner the executor creates when none is given. */
  runnerOptions?: PowerShellRunnerOptions;
  timeouts?: Partial<Record<ProbeId, number>>;
  /**
   * How scripts reach PowerShell. 'file' (default): one -File process per probe through the signed
   * host script, which keeps FullLanguage under AppLocker/WDAC and says when the policy refuses
   * (file-runner.ts). 'session': the long-lived node-powershell pool, faster to answer but always
   * ConstrainedLanguage on a locked-down device; kept for its tests and for benchmarks.
   */
  transport?: 'file' | 'session';
}

/** How long the one start-up check of the host may take (a cold PowerShell on a slow laptop). */
const HOST_CHECK_TIMEOUT_MS = 30_000;

export type LiveExecutor = ProbeExecutor & { readonly scriptsDir: string; dispose(): Promise<void> };

function moduleDir(): string | null {
  // Bundled to CommonJS (dist/main/app.cjs) there is __dirname; from source (ESM) there is import.meta.
  if (typeof __dirname === 'string') return __dirname;
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

/**
 * `scripts` beside this module: main/probes/scripts from source, dist/main/scripts next to app.cjs
 * once bundled (the build copies them). PowerShell cannot read inside app.asar, so a packaged path
 * points at app.asar.unpacked, where electron-builder's asarUnpack puts them.
 */
export function resolveScriptsDir(base: string | null = moduleDir()): string {
  const dir = join(base ?? process.cwd(), 'scripts');
  return dir.split(sep).includes('app.asar') ? dir.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`) : dir;
}

export const DEFAULT_SCRIPTS_DIR = resolveScriptsDir();

function fileRunnerOptions(options: PowerShellRunnerOptions = {}) {
  return {
    ...(options.executable === undefined ? {} : { executable: options.executable }),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
  };
}

export function createLiveExecutor(options: LiveExecutorOptions = {}): LiveExecutor {
  const scriptsDir = options.scriptsDir ?? DEFAULT_SCRIPTS_DIR;
  const ownsRunner = options.runner === undefined;
  const fileRunner =
    options.runner === undefined && (options.transport ?? 'file') === 'file'
      ? new FileScriptRunner({
          ...fileRunnerOptions(options.runnerOptions),
          hostScript: hostScriptFor(scriptsDir),
        })
      : null;
  const runner: ScriptRunner = options.runner ?? fileRunner ?? new PowerShellRunner(options.runnerOptions);
  // Asked once: when the policy keeps the host out of FullLanguage, every probe says why at once
  // instead of each waiting for its own PowerShell to be refused.
  let hostCheck: Promise<HostCheck> | null = null;
  const refusal = async (): Promise<string | null> => {
    if (!fileRunner) return null;
    // A PowerShell that failed to start (or answer) is asked again by the next probe; a policy answer stays.
    hostCheck ??= fileRunner.check(HOST_CHECK_TIMEOUT_MS).catch((error: unknown) => {
      hostCheck = null;
      throw error;
    });
    const answer = await hostCheck;
    return answer.kind === 'ran' ? null : answer.reason;
  };
  const timeoutFor = (probe: ProbeId, override?: number): number =>
    override ?? options.timeouts?.[probe] ?? defaultTimeoutMs(probe);

  async function run(request: ProbeRequest, runOptions: ProbeRunOptions = {}): Promise<ProbeResult> {
    const { probe, args } = request;
    const timeoutMs = timeoutFor(probe, runOptions.timeoutMs);
    if (PROBES[probe].runsOn === 'node') {
      const probeInNode = probe === 'tls.chain' ? probeTlsChain : probeTcp;
      return probeInNode(args, { timeoutMs, signal: runOptions.signal });
    }
    if (!isScriptProbe(probe)) {
      throw new ProbeFailure(
        'unavailable',
        probe,
        `${probe} is not a device probe; the live collector cannot run it`,
      );
    }
    const scriptPath = join(scriptsDir, `${probe}.ps1`);
    if (!existsSync(scriptPath)) {
      throw new ProbeFailure(
        'unavailable',
        probe,
        `The probe script for ${probe} is missing (${scriptPath})`,
      );
    }
    try {
      const refused = await refusal();
      if (refused) throw new ProbeFailure('restricted', probe, refused);
      const result = await runner.runScript(scriptPath, args, { timeoutMs, signal: runOptions.signal });
      return { ...result };
    } catch (error) {
      if (error instanceof ProbeFailure) throw error;
      if (error instanceof RunnerError && error.kind === 'cancelled') {
        throw new ProbeFailure('cancelled', probe, `${probe} was cancelled`);
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new ProbeFailure('unavailable', probe, `${probe} could not run: ${message}`);
    }
  }

  return {
    mode: 'live',
    scriptsDir,
    run,
    dispose: async () => {
      if (ownsRunner) await runner.dispose();
    },
  };
}

export interface LiveAvailability {
  available: boolean;
  /** Why not, in English (the CLI prints it; older renderers show it). */
  reason: string | null;
  /** Why not, as an id the start screen says in the technician's language; absent when available. */
  reasonId?: LiveUnavailableReasonId;
  /** The exit code, PowerShell's words or the error message, verbatim: shown quoted, never translated. */
  reasonDetail?: string;
  /** Who the app runs as, when PowerShell could say (the start screen shows it). */
  context?: RunContext | null;
}

export interface LiveAvailabilityOptions {
  platform?: NodeJS.Platform;
  runnerOptions?: PowerShellRunnerOptions;
  timeoutMs?: number;
  /** As for createLiveExecutor; 'file' also tells a device whose policy refuses the scripts. */
  transport?: 'file' | 'session';
  scriptsDir?: string;
}

let cachedAvailability: Promise<LiveAvailability> | null = null;

/**
 * Whether live checks can run here: Windows, and a PowerShell that starts and answers. Without
 * options the answer is worked out once per process: starting PowerShell to ask takes a second.
 */
export function liveAvailability(options?: LiveAvailabilityOptions): Promise<LiveAvailability> {
  if (options) return checkLiveAvailability(options);
  cachedAvailability ??= checkLiveAvailability({});
  return cachedAvailability;
}

async function checkLiveAvailability(options: LiveAvailabilityOptions): Promise<LiveAvailability> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') {
    return {
      available: false,
      reason: `Live checks need Windows with PowerShell; this is ${platform}. Replay a recorded scenario instead.`,
      reasonId: 'not-windows',
    };
  }
  if ((options.transport ?? 'file') === 'file') return fileAvailability(options);
  const runner = new PowerShellRunner({ poolSize: 1, ...options.runnerOptions });
  try {
    const result = await runner.runCommand('$PSVersionTable.PSVersion.ToString()', {
      timeoutMs: options.timeoutMs ?? 30_000,
    });
    if (result.timedOut) {
      return {
        available: false,
        reason: 'PowerShell started but did not answer in time. Live checks are unavailable.',
        reasonId: 'no-answer',
      };
    }
    return { available: true, reason: null };
  } catch (error) {
    return unavailableAfter(error);
  } finally {
    await runner.dispose();
  }
}

async function fileAvailability(options: LiveAvailabilityOptions): Promise<LiveAvailability> {
  const runner = new FileScriptRunner({
    ...fileRunnerOptions({ ...options.runnerOptions, poolSize: 1 }),
    hostScript: hostScriptFor(options.scriptsDir ?? DEFAULT_SCRIPTS_DIR),
  });
  try {
    const answer = await runner.check(options.timeoutMs ?? HOST_CHECK_TIMEOUT_MS);
    if (answer.kind === 'restricted')
      return { available: false, reason: answer.reason, reasonId: 'restricted' };
    if (answer.kind === 'refused') {
      return { available: false, reason: answer.reason, reasonId: 'refused', reasonDetail: answer.detail };
    }
    const context = toRunContext(answer.identity);
    return context ? { available: true, reason: null, context } : { available: true, reason: null };
  } catch (error) {
    return unavailableAfter(error);
  } finally {
    await runner.dispose();
  }
}

/** PowerShell did not start, or (file transport) started and never answered the check. */
function unavailableAfter(error: unknown): LiveAvailability {
  const message = error instanceof Error ? error.message : String(error);
  return {
    available: false,
    reason: `${message}. Live checks need Windows PowerShell; replay a recorded scenario instead.`,
    reasonId: error instanceof HostNoAnswer ? 'no-answer' : 'failed',
    reasonDetail: message,
  };
}

function toRunContext(identity: HostIdentity | null): RunContext | null {
  if (!identity || (identity.User === null && identity.Elevated === null)) return null;
  return {
    user: identity.User,
    elevated: identity.Elevated,
    account: accountKind(identity.User, identity.Sid, identity.System),
  };
}
