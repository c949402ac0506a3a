/**
 * One long-lived PowerShell process behind node-powershell, made safe to lose: node-powershell's own
 * timeout leaves the command running and a dead process rejects promises nobody awaits, so this
 * class owns the process's fate: it watches for exit, kills on timeout or cancel, and turns every
 * way of failing into a SessionError.
 */
import { system32 } from '../process/windows-paths.js';
import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { PowerShell } from 'node-powershell';
import { toPowerShellStringExpression } from './quote.js';

export type SessionErrorKind = 'unavailable' | 'crashed' | 'cancelled' | 'disposed';

export class SessionError extends Error {
  constructor(
    readonly kind: SessionErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SessionError';
  }
}

export interface SessionOptions {
  /**
   * 'powershell' (Windows PowerShell 5.1), 'pwsh', or a path: exactly this program is started
   * (the runner decides whether NODE_POWERSHELL may choose it; see powershell-executable.ts).
   */
  executable: string;
  /** Tests only: a script dot-sourced once after the session's setup. */
  preload?: string;
  env?: NodeJS.ProcessEnv;
  /** How long a new process may take to answer its first command. */
  startTimeoutMs: number;
}

export type InvokeOutcome = { kind: 'done'; stdout: string; stderr: string } | { kind: 'timeout' };

/** Windows PowerShell 5.1 writes the OEM code page and draws progress bars unless told otherwise. */
const SESSION_INIT =
  "$ProgressPreference='SilentlyContinue'; [Console]::OutputEncoding=[Text.Encoding]::UTF8";

interface ShellInternals {
  exitPromise: Promise<void>;
  process: ChildProcess;
  isExited: boolean;
}

function internals(shell: PowerShell): ShellInternals {
  // node-powershell keeps these private; reading them is the only way to observe the process.
  return shell as unknown as ShellInternals;
}

function describeExit(error: unknown, executable: string): SessionError {
  const original = (error as { originalError?: NodeJS.ErrnoException } | null)?.originalError;
  if (original?.code === 'ENOENT' || original?.code === 'EACCES') {
    return new SessionError(
      'unavailable',
      `PowerShell could not be started (${executable}): ${original.message}`,
    );
  }
  const code = (error as { exitCode?: number | null } | null)?.exitCode;
  const signal = (error as { signalCode?: string | null } | null)?.signalCode;
  const how = signal ? `was killed (${signal})` : `exited with code ${code ?? 'unknown'}`;
  return new SessionError('crashed', `PowerShell ${how}`);
}

export class PowerShellSession {
  private readonly shell: PowerShell;
  private readonly exitError: Promise<SessionError>;
  private killed: SessionError | null = null;
  private started: Promise<void> | null = null;

  constructor(private readonly options: SessionOptions) {
    // node-powershell would let NODE_POWERSHELL override the executable; the runner has already
    // decided, so it is hidden while node-powershell picks (a synchronous constructor).
    const override = process.env.NODE_POWERSHELL;
    delete process.env.NODE_POWERSHELL;
    try {
      this.shell = new PowerShell({
        executable: options.executable,
        pwsh: options.executable === 'pwsh',
        throwOnInvocationError: false,
        executableOptions: { '-NoProfile': true, '-NonInteractive': true, '-ExecutionPolicy': 'Bypass' },
        spawnOptions: { env: options.env ?? process.env, windowsHide: true },
      });
    } finally {
      if (override !== undefined) process.env.NODE_POWERSHELL = override;
    }
    const inner = internals(this.shell);
    // A write to a dead process's stdin emits 'error'; without a listener that would crash the app.
    for (const stream of [inner.process.stdin, inner.process.stdout, inner.process.stderr]) {
      stream?.on('error', () => {});
    }
    this.exitError = inner.exitPromise.then(
      () => new SessionError('crashed', 'PowerShell exited'),
      (error: unknown) => describeExit(error, options.executable),
    );
  }

  get alive(): boolean {
    return !internals(this.shell).isExited && this.killed === null;
  }

  get pid(): number | undefined {
    return internals(this.shell).process.pid;
  }

  /** Runs the session's setup once; rejects with SessionError('unavailable') if PowerShell never answers. */
  start(): Promise<void> {
    const init = this.options.preload
      ? `${SESSION_INIT}; . ${toPowerShellStringExpression(this.options.preload)}`
      : SESSION_INIT;
    this.started ??= this.invoke(init, { timeoutMs: this.options.startTimeoutMs }).then(
      (outcome) => {
        if (outcome.kind === 'timeout') {
          throw new SessionError(
            'unavailable',
            `PowerShell (${this.options.executable}) did not answer within ${this.options.startTimeoutMs} ms of starting`,
          );
        }
      },
      (error: unknown) => {
        if (error instanceof SessionError && error.kind === 'crashed') {
          throw new SessionError('unavailable', `${error.message} while starting`);
        }
        throw error;
      },
    );
    return this.started;
  }

  /**
   * Runs one single-line command. Resolves with its output or a timeout (the process is then
   * killed: PowerShell cannot interrupt a running command any other way); rejects with
   * SessionError when the process dies, is missing, or the signal aborts (also killing it).
   */
  async invoke(command: string, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<InvokeOutcome> {
    if (this.killed) throw this.killed;
    if (!this.alive) throw await this.exitError;
    if (opts.signal?.aborted) throw new SessionError('cancelled', 'Cancelled before it started');

    const invocation = this.shell.invoke(command);
    invocation.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    try {
      const timedOut = new Promise<InvokeOutcome>((resolve) => {
        timer = setTimeout(() => {
          this.kill(new SessionError('crashed', 'PowerShell was stopped after a timeout'));
          resolve({ kind: 'timeout' });
        }, opts.timeoutMs);
      });
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => {
          const error = new SessionError('cancelled', 'Cancelled');
          this.kill(error);
          reject(error);
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
      });
      const exited = this.exitError.then((error) => {
        throw this.killed ?? error;
      });
      const finished = invocation.then(async (record): Promise<InvokeOutcome> => {
        // A process that exits mid-command still "completes" the invocation, with nothing in it.
        if (internals(this.shell).isExited) throw this.killed ?? (await this.exitError);
        return {
          kind: 'done',
          stdout: record.stdout?.toString('utf8') ?? '',
          stderr: record.stderr?.toString('utf8') ?? '',
        };
      });
      return await Promise.race([finished, timedOut, aborted, exited]);
    } finally {
      clearTimeout(timer);
      if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Ends the process now and the programs it started (rasdial, wusa, a shim in tests). */
  kill(reason: SessionError = new SessionError('disposed', 'PowerShell session closed')): void {
    if (this.killed) return;
    this.killed = reason;
    const pid = this.pid;
    const dispose = () => {
      this.shell.dispose('SIGKILL').catch(() => {});
    };
    if (process.platform === 'win32' && pid !== undefined && !internals(this.shell).isExited) {
      // taskkill finds the children through their parent, so the parent must still be alive.
      execFile(system32('taskkill.exe'), ['/PID', String(pid), '/T', '/F'], { windowsHide: true }, dispose);
      return;
    }
    if (pid !== undefined && !internals(this.shell).isExited) {
      // Found while the parent is alive: once it dies its children are re-parented and lost.
      for (const child of descendantPids(pid)) {
        try {
          process.kill(child, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    dispose();
  }

  /** Resolves once the process has gone. */
  async closed(): Promise<void> {
    await this.exitError;
  }
}

/** Every process below `root`, from /proc (Linux); empty where there is no /proc. */
export function descendantPids(root: number, procDir = '/proc'): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync(procDir);
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`${procDir}/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...; comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const queue = [root];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}
