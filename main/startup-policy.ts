/**
 * How Electron starts on a technician's device. Chromium's sandboxed renderer and GPU processes are
 * reported not to start when the app runs elevated, as SYSTEM, or from a network share
 * (electron/electron#49167 and #41783, both open; VS Code has the same reports), and the app then
 * exits without a word. In those cases it starts without the Chromium sandbox and without hardware
 * acceleration: acceptable only because the app loads nothing but its own app:// pages (no remote
 * content; see window.ts and protocol.ts), and the renderer keeps contextIsolation and no Node.
 *
 * Data: the portable exe runs from a USB key during OOBE as defaultuser0, whose profile Windows
 * deletes after setup, so its sessions and reports live on the key beside the exe, or in the
 * folder the technician names with --data-dir=<folder>.
 */
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { win32 } from 'node:path';
import { system32 } from './process/windows-paths.js';

/** Mandatory integrity levels by SID (language-independent; whoami prints localized names). */
const INTEGRITY = {
  'S-1-16-16384': 'system',
  'S-1-16-12288': 'high',
  'S-1-16-8192': 'medium',
  'S-1-16-4096': 'low',
} as const;
export type Integrity = (typeof INTEGRITY)[keyof typeof INTEGRITY];

export interface ProcessFacts {
  platform: NodeJS.Platform;
  /** os.userInfo().username: "PC01$" for SYSTEM, "defaultuser0" at Shift-F10 in OOBE. */
  userName: string;
  /** From `whoami /groups /fo csv /nh`; null when unknown. */
  integrity: Integrity | null;
  execPath: string;
  /** PORTABLE_EXECUTABLE_DIR, set by electron-builder's portable exe: the folder the exe was started from. */
  portableDir: string | null;
  /** --data-dir=<folder> on the command line: where the technician wants sessions and reports. */
  dataDirArg?: string | null;
}

export interface StartupDecision {
  disableChromiumSandbox: boolean;
  disableHardwareAcceleration: boolean;
  /** Why, for the log; empty when nothing changes. */
  reasons: string[];
  /** Where sessions and reports go instead of the profile; null keeps Electron's userData. */
  dataDir: string | null;
  /** Said in the log when the data would be lost (OOBE's profile). */
  warning?: string;
}

/** The integrity level in `whoami /groups /fo csv /nh` output, by its SID. */
export function integrityFromWhoami(csv: string): Integrity | null {
  for (const [sid, level] of Object.entries(INTEGRITY)) {
    if (csv.toUpperCase().includes(`"${sid}"`)) return level;
  }
  return null;
}

function isNetworkPath(path: string): boolean {
  // UNC (\\server\share) and its long form (\\?\UNC\...). A mapped drive letter cannot be told
  // from a local one without a Windows API call; docs/LOCKED-DOWN-WINDOWS.md says to copy the exe.
  return path.startsWith('\\\\') && !/^\\\\\?\\[A-Za-z]:/.test(path);
}

export const DATA_FOLDER_NAME = 'Hybrid VPN Validator data';

export function decideStartup(facts: ProcessFacts): StartupDecision {
  const reasons: string[] = [];
  if (facts.platform === 'win32') {
    const user = facts.userName.toLowerCase();
    if (facts.integrity === 'system' || user.endsWith('$') || user === 'system')
      reasons.push('running as SYSTEM');
    else if (facts.integrity === 'high') reasons.push('running elevated (as administrator)');
    if (user === 'defaultuser0') reasons.push('running as defaultuser0 (Shift-F10 during OOBE)');
    if (isNetworkPath(facts.execPath)) reasons.push('started from a network path');
  }
  const risky = reasons.length > 0;
  const chosen = facts.dataDirArg?.trim();
  const dataDir = chosen
    ? chosen
    : facts.portableDir
      ? win32.join(facts.portableDir, DATA_FOLDER_NAME)
      : null;
  const oobeProfile =
    facts.platform === 'win32' && facts.userName.toLowerCase() === 'defaultuser0' && !dataDir;
  return {
    disableChromiumSandbox: risky,
    disableHardwareAcceleration: risky,
    reasons,
    dataDir,
    ...(oobeProfile ? { warning: PROFILE_WARNING } : {}),
  };
}

const PROFILE_WARNING =
  'running as defaultuser0 without a data folder: sessions and reports are kept in a profile Windows deletes after setup; start the app with --data-dir=<folder on the USB key>, or use the portable exe from the key';

/** `--data-dir=<folder>` or `--data-dir <folder>` among the app's arguments. */
export function dataDirFromArgs(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || null;
    if (arg === '--data-dir') return argv[i + 1] ?? null;
  }
  return null;
}

/** One line for the log, saying what was changed and why (empty when nothing was). */
export function describeStartup(decision: StartupDecision): string[] {
  const lines: string[] = [];
  if (decision.disableChromiumSandbox) {
    lines.push(
      `[startup] ${decision.reasons.join(', ')}: starting without the Chromium sandbox and without hardware acceleration (the app loads only its own pages).`,
    );
  }
  if (decision.dataDir) lines.push(`[startup] sessions and reports are kept in ${decision.dataDir}`);
  if (decision.warning) lines.push(`[startup] ${decision.warning}`);
  return lines;
}

/** The facts, read synchronously: switches must be set before Electron's ready event. */
export function readProcessFacts(): ProcessFacts {
  let integrity: Integrity | null = null;
  if (process.platform === 'win32') {
    try {
      const csv = execFileSync(system32('whoami.exe'), ['/groups', '/fo', 'csv', '/nh'], {
        encoding: 'utf8',
        timeout: 5_000,
        windowsHide: true,
      });
      integrity = integrityFromWhoami(csv);
    } catch {
      // Unknown: judged from the user name alone.
    }
  }
  let userName: string;
  try {
    userName = userInfo().username;
  } catch {
    userName = process.env.USERNAME ?? '';
  }
  return {
    platform: process.platform,
    userName,
    integrity,
    execPath: process.execPath,
    portableDir: process.env.PORTABLE_EXECUTABLE_DIR ?? null,
    dataDirArg: dataDirFromArgs(process.argv.slice(1)),
  };
}
