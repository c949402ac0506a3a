/**
 * Runs each probe in its own PowerShell process, started with -File on the bundled host script
 * (host/run-probe.ps1). Why not one long-lived "-Command -" session: under AppLocker or WDAC that
 * session is always in ConstrainedLanguage and node-powershell's own framing is refused, so every
 * probe would time out as "PowerShell did not answer". A script started with -File is judged by
 * its signature or folder, so the signed host keeps FullLanguage wherever the policy trusts the app,
 * and when it does not, the host's first line says so within one process start.
 */
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ProbeArgs } from '../../common/model.js';
import { system32, WINDOWS_POWERSHELL } from '../process/windows-paths.js';
import { RunnerError, DEFAULT_POOL_SIZE } from './powershell-runner.js';
import type { RunOptions, RunnerResult } from './powershell-runner.js';
import { encodeArgsBase64 } from './quote.js';
import { readHostLine } from './host-answer.js';
import type { HostCheck } from './host-answer.js';

export interface FileRunnerOptions {
  /** The PowerShell program; default on Windows: System32's powershell.exe, elsewhere 'pwsh'. */
  executable?: string;
  /** host/run-probe.ps1; default: beside the scripts folder the executor uses. */
  hostScript: string;
  env?: NodeJS.ProcessEnv;
  poolSize?: number;
}

export interface ProcessOutcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

/** The host script for a scripts folder: main/probes/host beside main/probes/scripts, dist/main/host beside dist/main/scripts. */
export function hostScriptFor(scriptsDir: string): string {
  return join(dirname(scriptsDir), 'host', 'run-probe.ps1');
}

export function defaultExecutable(): string {
  return process.platform === 'win32' ? system32(WINDOWS_POWERSHELL) : 'pwsh';
}

/**
 * -ExecutionPolicy Bypass helps where the policy comes from the registry's default scopes; a
 * policy set by Group Policy wins over it, which is why the Windows build signs every script.
 */
function hostArguments(hostScript: string, rest: string[]): string[] {
  return [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-File',
    hostScript,
    ...rest,
  ];
}

/**
 * The check's PowerShell started but did not answer in time: told apart from one that could not
 * start, so the start screen can say which (a slow, busy laptop is not a broken install).
 */
export class HostNoAnswer extends RunnerError {
  constructor(message: string) {
    super('unavailable', message);
    this.name = 'HostNoAnswer';
  }
}

export class FileScriptRunner {
  private readonly poolSize: number;
  private readonly running = new Set<() => void>();
  private readonly waiters: Array<() => void> = [];
  private inUse = 0;
  private disposed = false;

  constructor(private readonly options: FileRunnerOptions) {
    this.poolSize = Math.max(1, options.poolSize ?? DEFAULT_POOL_SIZE);
  }

  get executable(): string {
    return this.options.executable ?? defaultExecutable();
  }

  /**
   * Starts the host once in check mode: its language mode, and who the app runs as. Rejects with
   * RunnerError('unavailable') when PowerShell cannot start at all, HostNoAnswer when it does not answer.
   */
  async check(timeoutMs: number): Promise<HostCheck> {
    const nonce = randomBytes(8).toString('hex');
    const outcome = await this.spawnHost(['-Nonce', nonce, '-Check'], { timeoutMs });
    if (outcome.timedOut) {
      throw new HostNoAnswer(
        `PowerShell (${this.executable}) did not answer within ${timeoutMs} ms of starting`,
      );
    }
    return readHostLine(outcome, nonce);
  }

  /** Runs a bundled .ps1 through the host. A timeout is a result; a refused host is a RunnerError. */
  async runScript(scriptPath: string, args: ProbeArgs, opts: RunOptions): Promise<RunnerResult> {
    const nonce = randomBytes(8).toString('hex');
    const outcome = await this.spawnHost(
      ['-Nonce', nonce, '-Script', scriptPath, '-ArgsBase64', encodeArgsBase64(args)],
      opts,
    );
    if (outcome.timedOut) {
      return {
        exitCode: -1,
        stdout: '',
        stderr: outcome.stderr,
        durationMs: outcome.durationMs,
        timedOut: true,
      };
    }
    const answer = readHostLine(outcome, nonce);
    if (answer.kind !== 'ran') throw new RunnerError('unavailable', answer.reason);
    return {
      exitCode: outcome.exitCode ?? -1,
      stdout: answer.rest,
      stderr: outcome.stderr.trimEnd(),
      durationMs: outcome.durationMs,
      timedOut: false,
    };
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const stop of this.running) stop();
    await Promise.resolve();
  }

  private async spawnHost(rest: string[], opts: RunOptions): Promise<ProcessOutcome> {
    if (this.disposed) throw new RunnerError('disposed', 'The PowerShell runner was shut down');
    if (!existsSync(this.options.hostScript)) {
      throw new RunnerError(
        'unavailable',
        `The PowerShell host script is missing (${this.options.hostScript})`,
      );
    }
    await this.acquire(opts.signal);
    try {
      return await this.spawnOnce(hostArguments(this.options.hostScript, rest), opts);
    } finally {
      this.release();
    }
  }

  private spawnOnce(args: string[], opts: RunOptions): Promise<ProcessOutcome> {
    if (opts.signal?.aborted)
      return Promise.reject(new RunnerError('cancelled', 'Cancelled before it started'));
    const started = performance.now();
    return new Promise((resolve, reject) => {
      // Arguments as an array, no shell: a path or a VPN name is data, never command text.
      const child = spawn(this.executable, args, {
        env: this.options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        // Its own process group off Windows, so a timeout also ends the programs the probe started.
        detached: process.platform !== 'win32',
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      let timedOut = false;
      let cancelled = false;
      const stop = () => killTree(child.pid);
      this.running.add(stop);
      const timer = setTimeout(() => {
        timedOut = true;
        stop();
      }, opts.timeoutMs);
      const onAbort = () => {
        cancelled = true;
        stop();
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const finish = () => {
        clearTimeout(timer);
        this.running.delete(stop);
        opts.signal?.removeEventListener('abort', onAbort);
      };
      child.on('error', (error: NodeJS.ErrnoException) => {
        finish();
        reject(
          new RunnerError(
            'unavailable',
            `PowerShell could not be started (${this.executable}): ${error.message}`,
          ),
        );
      });
      child.on('close', (code) => {
        finish();
        if (cancelled) {
          reject(new RunnerError('cancelled', 'Cancelled'));
          return;
        }
        if (this.disposed && !timedOut) {
          reject(new RunnerError('disposed', 'The PowerShell runner was shut down'));
          return;
        }
        resolve({
          exitCode: code,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          durationMs: Math.round(performance.now() - started),
          timedOut,
        });
      });
    });
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (this.inUse < this.poolSize) {
      this.inUse += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const at = this.waiters.indexOf(grant);
        if (at >= 0) this.waiters.splice(at, 1);
        reject(new RunnerError('cancelled', 'Cancelled while waiting for PowerShell'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(grant);
    });
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.inUse -= 1;
  }
}

/** Ends the process and the programs it started (rasdial, wusa). */
function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    execFile(system32('taskkill.exe'), ['/PID', String(pid), '/T', '/F'], { windowsHide: true }, () => {});
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
