/**
 * Picking the validation up again after the reboot or sign-out the procedure asks for: Windows runs
 * a RunOnce value once at the next logon and then deletes it, which is exactly "reopen the session
 * after this reboot, and never again".
 */
import { system32 as systemProgram } from '../process/windows-paths.js';
import { win32 } from 'node:path';
import type { CommandRunner } from '../process/exec-file.js';
import { isValidSessionId } from './session-id.js';

export const RUN_ONCE_VALUE = 'HybridVpnValidator';
export const RESUME_FLAG = '--resume';

/**
 * current-user: HKCU, the technician signs in again as the same user (reboot after the update).
 * all-users: HKLM, the next sign-in is someone else, e.g. the domain user in the off-network
 * step; writing it needs administrator rights.
 */
export type ResumeScope = 'current-user' | 'all-users';

export interface ResumeOptions {
  platform?: NodeJS.Platform;
  scope?: ResumeScope;
  /** %SystemRoot%, so reg.exe and shutdown.exe are never looked up on a PATH someone could plant. */
  systemRoot?: string;
}

export type ScheduleOutcome = { scheduled: true; command: string } | { scheduled: false; reason: string };

const RUN_ONCE_KEYS: Record<ResumeScope, string> = {
  'current-user': 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
  'all-users': 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
};

function system32(options: ResumeOptions, exe: string): string {
  return systemProgram(exe, options.systemRoot);
}

function describeFailure(what: string, result: { exitCode: number; stdout: string; stderr: string }): string {
  const text = (result.stderr || result.stdout).trim();
  return `${what} failed with exit code ${result.exitCode}${text ? `: ${text}` : ''}`;
}

/**
 * The program RunOnce must start. A portable build runs from a temporary copy that is gone after the
 * reboot; electron-builder names the real file in PORTABLE_EXECUTABLE_FILE.
 */
export function resumeExePath(env: NodeJS.ProcessEnv, execPath: string): string {
  return env.PORTABLE_EXECUTABLE_FILE || execPath;
}

/** The RunOnce command line: the app, quoted, then the flag and a validated id. */
export function resumeCommandLine(exePath: string, sessionId: string): string {
  return `"${exePath}" ${RESUME_FLAG} ${sessionId}`;
}

export async function scheduleResume(
  sessionId: string,
  exePath: string,
  runner: CommandRunner,
  options: ResumeOptions = {},
): Promise<ScheduleOutcome> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') {
    return { scheduled: false, reason: `Resuming after a reboot needs Windows (this is ${platform}).` };
  }
  if (!isValidSessionId(sessionId)) {
    return { scheduled: false, reason: `Invalid session id ${JSON.stringify(sessionId)}: not scheduled.` };
  }
  // A quote or line break in the path would end the quoted program name inside the command line.
  if (!win32.isAbsolute(exePath) || /["\r\n\0]/.test(exePath)) {
    return {
      scheduled: false,
      reason: `The app path ${JSON.stringify(exePath)} cannot be used in a command line.`,
    };
  }
  const command = resumeCommandLine(exePath, sessionId);
  const key = RUN_ONCE_KEYS[options.scope ?? 'current-user'];
  const result = await runner(system32(options, 'reg.exe'), [
    'add',
    key,
    '/v',
    RUN_ONCE_VALUE,
    '/t',
    'REG_SZ',
    '/d',
    command,
    '/f',
  ]);
  if (result.exitCode !== 0) return { scheduled: false, reason: describeFailure('reg.exe add', result) };
  return { scheduled: true, command };
}

export type CancelOutcome = { cancelled: boolean; reason: string | null };

export async function cancelResume(
  runner: CommandRunner,
  options: ResumeOptions = {},
): Promise<CancelOutcome> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') return { cancelled: false, reason: 'Nothing was scheduled: not Windows.' };
  const key = RUN_ONCE_KEYS[options.scope ?? 'current-user'];
  const result = await runner(system32(options, 'reg.exe'), ['delete', key, '/v', RUN_ONCE_VALUE, '/f']);
  // reg.exe exits 1 both for "value not found" and "access denied"; only the text tells them apart.
  if (result.exitCode === 0) return { cancelled: true, reason: null };
  if (/unable to find/i.test(`${result.stdout}${result.stderr}`)) {
    return { cancelled: false, reason: 'Nothing was scheduled.' };
  }
  return { cancelled: false, reason: describeFailure('reg.exe delete', result) };
}

/** The session to reopen when the app was started by RunOnce, or null (absent or not a valid id). */
export function parseResumeArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    let value: string | undefined;
    if (arg === RESUME_FLAG) value = argv[i + 1];
    else if (arg.startsWith(`${RESUME_FLAG}=`)) value = arg.slice(RESUME_FLAG.length + 1);
    else continue;
    return isValidSessionId(value) ? value : null;
  }
  return null;
}

export const REBOOT_MESSAGE = 'Hybrid VPN Validator restarts this device to continue the validation.';

export type RebootOutcome = { rebooting: true } | { rebooting: false; reason: string };

export async function rebootNow(runner: CommandRunner, options: ResumeOptions = {}): Promise<RebootOutcome> {
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32')
    return { rebooting: false, reason: `Rebooting needs Windows (this is ${platform}).` };
  // p:4:1 = planned, "Application: Maintenance", so the event log says why the device restarted.
  const result = await runner(system32(options, 'shutdown.exe'), [
    '/r',
    '/t',
    '5',
    '/d',
    'p:4:1',
    '/c',
    REBOOT_MESSAGE,
  ]);
  if (result.exitCode !== 0) return { rebooting: false, reason: describeFailure('shutdown.exe', result) };
  return { rebooting: true };
}

/**
 * The procedure's restart: arrange to come back, then restart. A restart that does not happen must
 * not leave RunOnce armed, or the app would reopen this session at some unrelated later sign-in.
 */
export async function restartAndResume(
  sessionId: string,
  exePath: string,
  runner: CommandRunner,
  options: ResumeOptions = {},
): Promise<void> {
  const scheduled = await scheduleResume(sessionId, exePath, runner, options);
  if (!scheduled.scheduled) throw new Error(`Not restarting: ${scheduled.reason}`);
  const outcome = await rebootNow(runner, options);
  if (outcome.rebooting) return;
  await cancelResume(runner, options);
  throw new Error(`Could not restart: ${outcome.reason}`);
}
