/**
 * What can be proven about the bundled scripts without PowerShell: every one takes its arguments
 * only as base64 JSON, never evaluates text, emits arrays as arrays, and hands native exit codes back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_PROBES } from '../../../../common/probes.js';
import { PROBE_SCRIPTS } from '../../../paths.js';

const DIR = PROBE_SCRIPTS;
const read = (probe: string) => readFileSync(join(DIR, `${probe}.ps1`), 'utf8').replace(/\r\n/g, '\n');
/** Code without comment lines, so a comment cannot satisfy or break a rule. */
const code = (probe: string) =>
  read(probe)
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .join('\n');

const ARRAY_PROBES = [
  'os.hotfixes',
  'mdm.enrollments',
  'vpn.connections',
  'cert.machine',
  'cert.user',
  'update.pending',
];
const OBJECT_PROBES = ['os.version', 'autopilot.profile', 'logon.session', 'device.identity'];
const NATIVE_PROBES = ['join.dsregcmd', 'proxy.winhttp', 'vpn.connect', 'vpn.disconnect', 'dc.locate'];
const ARG_PROBES = {
  'vpn.connect': 'name',
  'vpn.disconnect': 'name',
  'dc.locate': 'domain',
  'update.install': 'path',
};

describe('bundled probe scripts', () => {
  it.each([...SCRIPT_PROBES])('%s takes its arguments as a single base64 parameter', (probe) => {
    expect(code(probe)).toMatch(/^param\(\n {2}\[string\]\$ArgsBase64 = ''\n\)/m);
  });

  it.each([...SCRIPT_PROBES])('%s never evaluates text as code', (probe) => {
    expect(code(probe)).not.toMatch(
      /Invoke-Expression|\biex\b|cmd(\.exe)?\s+\/c|\[scriptblock\]::Create|Start-Process/i,
    );
  });

  it.each(Object.entries(ARG_PROBES))('%s decodes its %s from base64 JSON', (probe, field) => {
    const text = code(probe);
    expect(text).toContain(
      '$probeArgs = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64)) | ConvertFrom-Json',
    );
    expect(text).toContain(`$probeArgs.${field}`);
  });

  it.each(ARRAY_PROBES)('%s prints a JSON array even for zero or one item', (probe) => {
    const text = code(probe);
    expect(text).toMatch(/\$items = @\(/);
    expect(text).toMatch(/ConvertTo-AsciiJson -InputObject \$items -Depth \d+\n/);
    expect(text).not.toMatch(/\|\s*ConvertTo-Json/);
  });

  it.each(OBJECT_PROBES)('%s prints one JSON object and reports success explicitly', (probe) => {
    const text = code(probe);
    expect(text).toMatch(/ConvertTo-AsciiJson -InputObject \$result -Depth \d+\nexit 0\n?$/);
  });

  it.each(NATIVE_PROBES)('%s prints the program’s own text and exits with its exit code', (probe) => {
    const text = code(probe);
    // Started by its System32 path (Get-NativePath), never by a bare name Windows would search for.
    expect(text).toMatch(/\$[a-z]+ = Get-NativePath -Name '[a-z]+'\n/);
    expect(text).toMatch(/\$null \| & \$[a-z]+ /);
    expect(text.trimEnd().endsWith('exit $LASTEXITCODE')).toBe(true);
  });

  it('passes the VPN name to rasdial as one argument, not inside a command string', () => {
    expect(code('vpn.connect')).toContain('$null | & $rasdial $argument\n');
    expect(code('vpn.disconnect')).toContain('$null | & $rasdial $argument /disconnect\n');
  });

  it('waits for wusa and returns its exit code', () => {
    const text = code('update.install');
    expect(text).toContain('$process.WaitForExit()');
    expect(text.trimEnd().endsWith('exit $process.ExitCode')).toBe(true);
  });

  it('formats certificate dates as ISO-8601 in UTC and enums by name', () => {
    expect(code('cert.machine')).toContain("$cert.NotAfter.ToUniversalTime().ToString('o')");
    expect(code('cert.user')).toContain('Cert:\\CurrentUser\\My');
    expect(code('vpn.connections')).toMatch(/TunnelType = Get-Name -Value \$vpn\.TunnelType/);
    expect(code('os.hotfixes')).toContain(".ToString('o')");
  });

  it('reads device identity from Win32_BIOS and Win32_ComputerSystem with the build as CurrentBuild.UBR', () => {
    const text = code('device.identity');
    expect(text).toContain('Win32_BIOS');
    expect(text).toContain('Win32_ComputerSystem');
    expect(text).toContain("$osBuild = $build + '.' + $ubr");
    for (const key of ['ComputerName', 'SerialNumber', 'Manufacturer', 'Model', 'OsBuild']) {
      expect(text).toMatch(new RegExp(`^ {2}${key} = `, 'm'));
    }
  });
});
