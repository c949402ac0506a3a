/**
 * Windows programs by their full path under %SystemRoot%. Windows looks in the current folder
 * before PATH, so a bare "taskkill.exe" or "powershell" from an app run off a USB key could start a
 * program planted beside it, with the technician's (often elevated) rights.
 *
 * Which folder holds the device's own programs depends on the app's architecture, not the
 * device's: x64 and arm64 builds (the two this app ships) see the native System32 — on ARM64
 * Windows that folder holds ARM64 binaries and x64 processes are not redirected away from it. Only
 * a 32-bit process is redirected to SysWOW64 (32-bit PowerShell, its own registry view, no
 * Get-VpnConnection of the 64-bit side); it must ask for the native folder through Sysnative.
 */
import { win32 } from 'node:path';

export function systemFolder(arch: string = process.arch): 'System32' | 'Sysnative' {
  return arch === 'ia32' ? 'Sysnative' : 'System32';
}

export function system32(
  relativePath: string,
  systemRoot = process.env.SystemRoot ?? 'C:\\Windows',
  arch: string = process.arch,
): string {
  return win32.join(systemRoot, systemFolder(arch), relativePath);
}

/** Windows PowerShell 5.1, present on every Windows 10/11 device (ARM64 included, natively). */
export const WINDOWS_POWERSHELL = 'WindowsPowerShell\\v1.0\\powershell.exe';
