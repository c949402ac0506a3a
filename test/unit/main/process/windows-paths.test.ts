import { describe, expect, it } from 'vitest';
import { system32, systemFolder, WINDOWS_POWERSHELL } from '../../../../main/process/windows-paths.js';

describe('Windows programs by full path, on x64 and ARM64 devices', () => {
  it('starts the native System32 PowerShell from the x64 build (also under emulation on ARM64)', () => {
    expect(system32(WINDOWS_POWERSHELL, 'C:\\Windows', 'x64')).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
  });

  it('starts the ARM64 programs in System32 from the arm64 build', () => {
    expect(system32('taskkill.exe', 'C:\\Windows', 'arm64')).toBe('C:\\Windows\\System32\\taskkill.exe');
    expect(system32('reg.exe', 'C:\\Windows', 'arm64')).toBe('C:\\Windows\\System32\\reg.exe');
  });

  it('asks a 32-bit process for the native folder, not the redirected 32-bit one', () => {
    expect(systemFolder('ia32')).toBe('Sysnative');
    expect(system32(WINDOWS_POWERSHELL, 'C:\\Windows', 'ia32')).toBe(
      'C:\\Windows\\Sysnative\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
  });

  it('follows %SystemRoot% when Windows lives elsewhere', () => {
    expect(system32('shutdown.exe', 'E:\\WINNT', 'arm64')).toBe('E:\\WINNT\\System32\\shutdown.exe');
  });
});
