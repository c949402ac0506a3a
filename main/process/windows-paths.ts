/**
 * Windows programs by their full path under %SystemRoot%. Windows looks in the current folder
 * before PATH, so a bare "taskkill.exe" or "powershell" from an app run off a USB key could start a
 * program planted beside it, with the technician's (often elevated) rights.
 */
import { win32 } from 'node:path';

export function system32(relativePath: string, systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): string {
  return win32.join(systemRoot, 'System32', relativePath);
}

/** Windows PowerShell 5.1, present on every Windows 10/11 device. */
export const WINDOWS_POWERSHELL = 'WindowsPowerShell\\v1.0\\powershell.exe';
