/**
 * Which PowerShell the runner starts. NODE_POWERSHELL (node-powershell's own override) is for tests
 * and development only: in the packaged app an environment variable, which any program running as
 * the technician can set for later sessions, must never choose the program the app starts,
 * possibly elevated. The same goes for the test-only session preload.
 */
import { system32, WINDOWS_POWERSHELL } from '../process/windows-paths.js';

export interface ExecutableContext {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Whether this process is the packaged app; default: isPackagedApp(). */
  packaged?: boolean;
}

/**
 * Electron's app.isPackaged without importing electron (main/probes also runs in plain Node): an
 * Electron process whose executable is not electron(.exe) itself is a packaged app.
 */
export function isPackagedApp(
  versions: NodeJS.ProcessVersions = process.versions,
  execPath: string = process.execPath,
): boolean {
  if (versions.electron === undefined) return false;
  // Either separator: the path may be a Windows one whatever platform reads it.
  return !/^electron(\.exe)?$/i.test(execPath.split(/[\\/]/).pop() ?? '');
}

/** The PowerShell to start: NODE_POWERSHELL outside the packaged app, else the caller's, else the default. */
export function resolvePowerShellExecutable(
  explicit: string | undefined,
  context: ExecutableContext = {},
): string {
  const env = context.env ?? process.env;
  const packaged = context.packaged ?? isPackagedApp();
  const platform = context.platform ?? process.platform;
  const override = env.NODE_POWERSHELL;
  if (override && !packaged) return override;
  if (explicit) return explicit;
  return platform === 'win32' ? system32(WINDOWS_POWERSHELL, env.SystemRoot ?? 'C:\\Windows') : 'pwsh';
}
