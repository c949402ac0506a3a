/**
 * Intune's diagnostics zip in the layouts Microsoft publishes: the real `results.xml` of a device
 * (published 2023, `OutputFileFormat` flattened; test/fixtures/intune-diagnostics/SOURCES.md) with
 * the entries named as the DiagnosticLog CSP documents its flattened view (`(05) (<directive>)
 * (0x00000000) output.log`), read the same as one folder per directive.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../main/cli/hvv.js';
import { NATIVE_FIXTURES, REPO_ROOT } from '../../../paths.js';
import { writeZip, type ZipInput } from '../../../fakes/zip-writer.js';

const BUNDLE = join(REPO_ROOT, 'test', 'fixtures', 'intune-diagnostics');
const text = (file: string) => readFileSync(join(BUNDLE, file), 'utf8');
const regExport = (file: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(file).replace(/\n/g, '\r\n'), 'utf16le')]);

/** The directives hvv reads, each under the two names a bundle may give it. */
function entries(flat: boolean): ZipInput[] {
  const item = (n: number, directive: string, file: string, data: Buffer | string): ZipInput => ({
    name: flat ? `(${String(n).padStart(2, '0')}) (${directive}) (0x00000000) ${file}` : `${n}/${file}`,
    data,
  });
  return [
    { name: 'results.xml', data: text('results-published-2023.xml') },
    item(
      1,
      'HKLM_SOFTWARE_Microsoft_Windows_NT_CurrentVersion',
      'export.reg',
      regExport('current-version.reg'),
    ),
    item(2, 'HKLM_SOFTWARE_Microsoft_Enrollments', 'export.reg', regExport('enrollments.reg')),
    item(
      3,
      'HKLM_SOFTWARE_Microsoft_Provisioning_Diagnostics_Autopilot',
      'export.reg',
      regExport('autopilot.reg'),
    ),
    item(
      30,
      '_windir__system32_Dsregcmd_exe__status',
      'output.log',
      readFileSync(join(NATIVE_FIXTURES, 'dsregcmd', 'hybrid-joined.txt')),
    ),
    item(
      38,
      '_windir__system32_netsh_exe_winhttp_show_proxy',
      'output.log',
      readFileSync(join(NATIVE_FIXTURES, 'netsh', 'direct-en.txt')),
    ),
    item(31, '_windir__system32_ipconfig_exe__all', 'output.log', text('ipconfig.txt')),
    { name: flat ? '(44) (Application) (0x00000000) Events.evtx' : '44/Events.evtx', data: Buffer.alloc(64) },
  ];
}

async function importZip(list: ZipInput[]) {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-diag-layout-'));
  const name = 'DiagLogs-LAB-0042-20230713T142715Z.zip';
  writeFileSync(join(dir, name), writeZip(list));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd: dir,
  };
  const code = await main(['import', '--intune-diagnostics', name, '--out', 'device.scenario.json'], io);
  const scenario =
    code === 0 ? (JSON.parse(readFileSync(join(dir, 'device.scenario.json'), 'utf8')) as unknown) : null;
  return { code, out: out.join(''), err: err.join(''), scenario };
}

describe('published Intune diagnostics layouts', () => {
  it('reads the flattened names as it reads one folder per directive', async () => {
    const folders = await importZip(entries(false));
    const flat = await importZip(entries(true));
    expect(folders.code).toBe(0);
    expect(flat.err).toBe('');
    expect(flat.code).toBe(0);
    expect(flat.out).toMatch(
      /From the bundle: os\.version, join\.dsregcmd, mdm\.enrollments, autopilot\.profile, proxy\.winhttp/,
    );
    const probes = (s: unknown) => (s as { probes: { probe: string; result: unknown }[] }).probes;
    expect(probes(flat.scenario)).toEqual(probes(folders.scenario));
  });

  it('does not take a file whose name merely ends in "output.log" for a command output', async () => {
    const dsregcmd = readFileSync(join(NATIVE_FIXTURES, 'dsregcmd', 'hybrid-joined.txt'));
    const list = entries(true).filter((e) => !e.name.includes('Dsregcmd'));
    list.push({ name: '(50) (_ProgramData_logs) (0x00000000) sensoroutput.log', data: dsregcmd });
    const { code, out } = await importZip(list);
    expect(code).toBe(0);
    expect(out).toMatch(/From the bundle: os\.version, mdm\.enrollments/);
    expect(out).toMatch(/join\.dsregcmd: the bundle has no dsregcmd \/status output/);
  });
});
