/**
 * Runs bundled probe scripts on a small pool of PowerShell sessions, so a slow probe (a VPN
 * connect, an update search) does not hold up the reads behind it. A session that times out, is
 * cancelled or crashes is thrown away and the next call gets a fresh one.
 */
import { randomBytes } from 'node:crypto';
import type { ProbeArgs } from '../../common/model.js';
import { PowerShellSession, SessionError } from './powershell-session.js';
import type { SessionErrorKind } from './powershell-session.js';
import { encodeArgsBase64, toPowerShellLiteral, toPowerShellStringExpression } from './quote.js';
import { isPackagedApp, resolvePowerShellExecutable } from './powershell-executable.js';

export const DEFAULT_POOL_SIZE = 2;

export interface PowerShellRunnerOptions {
  /**
   * Sessions running at once. Two suit a technician's laptop: `npm run bench` measured the same live
   * wall time with four, because live actions deliberately wait for the read-only checks.
   */
  poolSize?: number;
  /**
   * Default on Windows: %SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe; 'pwsh'
   * elsewhere. NODE_POWERSHELL, when set, wins in tests and development, never in the packaged app.
   */
  executable?: string;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  /**
   * Tests only: a .ps1 each new session dot-sources after its setup (stand-ins for Windows-only
   * commands, a stand-in System32). Refused in the packaged app. Nothing sets it from the
   * environment: only code that constructs a runner can.
   */
  testSessionPreload?: string;
  /** Whether this is the packaged app; default: isPackagedApp(). For tests. */
  packaged?: boolean;
}

export interface RunOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/** The contract's probe result, as the runner sees it. */
export interface RunnerResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

export type RunnerErrorKind = SessionErrorKind;

export class RunnerError extends Error {
  constructor(
    readonly kind: RunnerErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RunnerError';
  }
}

const EXIT_MARKER = 'HVV-EXIT-';

/**
 * One line: reset the exit code, run the script with its arguments as inert base64, turn a
 * terminating error into stderr + exit 1, and print the exit code behind a marker nobody else can
 * guess (a native program could print anything).
 */
export function buildScriptCommand(scriptPath: string, args: ProbeArgs, nonce: string): string {
  const call = `& ${toPowerShellStringExpression(scriptPath)} -ArgsBase64 ${toPowerShellLiteral(encodeArgsBase64(args))}`;
  return [
    '$global:LASTEXITCODE = 0',
    `try { ${call} } catch { [Console]::Error.WriteLine($_.Exception.Message); $global:LASTEXITCODE = 1 }`,
    `[Console]::Out.WriteLine(${toPowerShellLiteral(`${EXIT_MARKER}${nonce}:`)} + $LASTEXITCODE)`,
  ].join('; ');
}

/** Takes the exit-code line out of the output; null when the script never reached it. */
export function splitExitMarker(stdout: string, nonce: string): { stdout: string; exitCode: number | null } {
  const marker = `${EXIT_MARKER}${nonce}:`;
  const at = stdout.lastIndexOf(marker);
  if (at < 0) return { stdout, exitCode: null };
  const lineEnd = stdout.indexOf('\n', at);
  const value = stdout.slice(at + marker.length, lineEnd < 0 ? undefined : lineEnd).trim();
  const exitCode = /^-?\d+$/.test(value) ? Number(value) : null;
  // The same trim node-powershell applies to the whole output, so the marker leaves no trace.
  const before = stdout.slice(0, at).replace(/[\r\n ]+$/, '');
  const after = lineEnd < 0 ? '' : stdout.slice(lineEnd + 1);
  return { stdout: after ? `${before}\n${after}` : before, exitCode };
}

export class PowerShellRunner {
  private readonly poolSize: number;
  private readonly sessions = new Set<PowerShellSession>();
  private readonly idle: PowerShellSession[] = [];
  private readonly waiters: Array<{ grant: () => void; fail: (e: RunnerError) => void }> = [];
  private inUse = 0;
  private disposed = false;

  private readonly packaged: boolean;

  constructor(private readonly options: PowerShellRunnerOptions = {}) {
    this.poolSize = Math.max(1, options.poolSize ?? DEFAULT_POOL_SIZE);
    this.packaged = options.packaged ?? isPackagedApp();
    if (this.packaged && options.testSessionPreload !== undefined) {
      throw new RunnerError('unavailable', 'A test session preload cannot be used in the packaged app');
    }
  }

  /** The PowerShell program the next new session starts (decided when it starts). */
  get executablePath(): string {
    return resolvePowerShellExecutable(this.options.executable, { packaged: this.packaged });
  }

  /** Runs a bundled .ps1 with its arguments. Rejects only with RunnerError; a timeout is a result. */
  async runScript(scriptPath: string, args: ProbeArgs, opts: RunOptions): Promise<RunnerResult> {
    const nonce = randomBytes(8).toString('hex');
    const result = await this.runCommand(buildScriptCommand(scriptPath, args, nonce), opts);
    if (result.timedOut) return result;
    const { stdout, exitCode } = splitExitMarker(result.stdout, nonce);
    if (exitCode === null) {
      const note = 'The probe script ended without reporting an exit code.';
      return { ...result, stdout, exitCode: -1, stderr: result.stderr ? `${result.stderr}\n${note}` : note };
    }
    return { ...result, stdout, exitCode };
  }

  /** Runs one single-line command on a pooled session. Exit code 0 unless stderr says otherwise. */
  async runCommand(command: string, opts: RunOptions): Promise<RunnerResult> {
    if (/[\r\n]/.test(command)) throw new RunnerError('crashed', 'Commands must be a single line');
    await this.acquireSlot(opts.signal);
    let session: PowerShellSession | null = null;
    let healthy = false;
    try {
      session = await this.takeSession();
      const started = performance.now();
      const outcome = await session.invoke(command, opts);
      const durationMs = Math.round(performance.now() - started);
      if (outcome.kind === 'timeout') {
        return { exitCode: -1, stdout: '', stderr: '', durationMs, timedOut: true };
      }
      healthy = true;
      return {
        exitCode: outcome.stderr ? 1 : 0,
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        durationMs,
        timedOut: false,
      };
    } catch (error) {
      throw toRunnerError(error);
    } finally {
      this.release(session, healthy);
    }
  }

  /** Kills every session; later calls reject. For app shutdown. */
  async dispose(): Promise<void> {
    this.disposed = true;
    for (const waiter of this.waiters.splice(0)) {
      waiter.fail(new RunnerError('disposed', 'The PowerShell runner was shut down'));
    }
    const all = [...this.sessions];
    this.sessions.clear();
    this.idle.length = 0;
    for (const session of all) session.kill();
    await Promise.all(all.map((s) => s.closed()));
  }

  /** Processes currently alive, for diagnostics and tests. */
  get sessionPids(): number[] {
    return [...this.sessions].filter((s) => s.alive).flatMap((s) => (s.pid === undefined ? [] : [s.pid]));
  }

  private acquireSlot(signal?: AbortSignal): Promise<void> {
    if (this.disposed)
      return Promise.reject(new RunnerError('disposed', 'The PowerShell runner was shut down'));
    if (signal?.aborted) return Promise.reject(new RunnerError('cancelled', 'Cancelled before it started'));
    if (this.inUse < this.poolSize) {
      this.inUse += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        fail: (e: RunnerError) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      const onAbort = () => {
        const at = this.waiters.indexOf(waiter);
        if (at >= 0) this.waiters.splice(at, 1);
        waiter.fail(new RunnerError('cancelled', 'Cancelled while waiting for PowerShell'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private async takeSession(): Promise<PowerShellSession> {
    let session = this.idle.pop();
    while (session && !session.alive) {
      this.sessions.delete(session);
      session = this.idle.pop();
    }
    if (session) return session;
    const fresh = new PowerShellSession({
      executable: this.executablePath,
      env: this.options.env,
      startTimeoutMs: this.options.startTimeoutMs ?? 30_000,
      ...(this.options.testSessionPreload === undefined ? {} : { preload: this.options.testSessionPreload }),
    });
    this.sessions.add(fresh);
    try {
      await fresh.start();
    } catch (error) {
      fresh.kill();
      this.sessions.delete(fresh);
      throw error;
    }
    return fresh;
  }

  private release(session: PowerShellSession | null, healthy: boolean): void {
    if (session) {
      if (healthy && session.alive && !this.disposed) {
        this.idle.push(session);
      } else {
        session.kill();
        this.sessions.delete(session);
      }
    }
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.inUse -= 1;
  }
}

function toRunnerError(error: unknown): RunnerError {
  if (error instanceof RunnerError) return error;
  if (error instanceof SessionError) return new RunnerError(error.kind, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return new RunnerError('crashed', `PowerShell failed: ${message}`);
}
