/**
 * Intune's "Collect diagnostics" zip (DiagLogs-<device>-<time>.zip) as a recording of the probes it
 * can answer. Layout, as Microsoft's Format-IntuneDiagData.ps1 reads it: one numbered folder per
 * collected item holding `export.reg` (a registry key), `output.log` (a command's output, told
 * apart by its content, since the folder names do not say which command), `Events.evtx`, or files.
 * What the bundle cannot answer is listed as "not in the bundle" and left out of the recording, so
 * the steps that need it say so instead of guessing.
 */
import { basename } from 'node:path';
import { SCENARIO_FORMAT, type ProbeId, type RecordedProbe } from '../../common/model.js';
import { parseDsregcmdStatus } from '../../common/engine/parsers/dsregcmd.js';
import { parseWinhttpProxy } from '../../common/engine/parsers/netsh-proxy.js';
import { decodeRegText, parseRegFile, type RegKeys, type RegValue } from './reg-file.js';
import { ZipError, ZipReader } from './zip-reader.js';

export class BundleError extends Error {}

const HKLM = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\MICROSOFT\\';
const KEYS = {
  currentVersion: `${HKLM}WINDOWS NT\\CURRENTVERSION`,
  enrollments: `${HKLM}ENROLLMENTS`,
  autopilot: `${HKLM}PROVISIONING\\DIAGNOSTICS\\AUTOPILOT`,
};

/** Why each probe the checklist reads cannot come from the bundle. */
const NOT_IN_BUNDLE: Partial<Record<ProbeId, string>> = {
  'vpn.connections': 'the bundle holds no VPN profile list (Get-VpnConnection)',
  'cert.machine': "the bundle's certutil -store output does not show each certificate's purposes (EKU)",
  'cert.user': 'the bundle holds no user certificate store',
  'net.tcp': 'reachability is tested from the device now, not collected',
  'logon.session': 'the bundle holds no sign-in session',
  'os.hotfixes': 'the bundle holds no Get-HotFix list',
  'update.pending': 'the bundle holds no Windows Update search',
  'dc.locate': 'nltest needs the VPN up on the device',
};

export interface BundleImport {
  scenario: {
    format: typeof SCENARIO_FORMAT;
    title: string;
    recordedAt: string;
    inputs: Record<string, never>;
    confirmations: Record<string, never>;
    probes: RecordedProbe[];
    actionsNotRun: ProbeId[];
    /** Extension (docs/CONTRACT-EXTENSIONS.md): where the recording came from and what it lacks. */
    source: { kind: 'intune-diagnostics'; file: string; notInBundle: { probe: ProbeId; why: string }[] };
  };
  answered: ProbeId[];
  notInBundle: { probe: ProbeId; why: string }[];
}

const ok = (probe: ProbeId, stdout: string): RecordedProbe => ({
  probe,
  args: {},
  result: { exitCode: 0, stdout, stderr: '', durationMs: 0, timedOut: false },
});

function keyObject(values: Map<string, RegValue> | undefined): Record<string, RegValue> | null {
  return values ? Object.fromEntries([...values.entries()].filter(([name]) => name !== '')) : null;
}

function osVersion(keys: RegKeys): RecordedProbe | null {
  const v = keys.get(KEYS.currentVersion);
  if (!v) return null;
  const text = (name: string) => {
    const value = v.get(name);
    return value === undefined || value === null ? null : String(value);
  };
  const ubr = v.get('UBR');
  return ok(
    'os.version',
    JSON.stringify({
      ProductName: text('ProductName'),
      EditionID: text('EditionID'),
      ReleaseId: text('ReleaseId'),
      DisplayVersion: text('DisplayVersion'),
      CurrentBuild: text('CurrentBuild'),
      UBR: typeof ubr === 'number' ? ubr : null,
    }),
  );
}

function enrollments(keys: RegKeys, exported: boolean): RecordedProbe | null {
  if (!exported) return null;
  const items = [...keys.entries()]
    .filter(
      ([path]) =>
        path.startsWith(`${KEYS.enrollments}\\`) && !path.slice(KEYS.enrollments.length + 1).includes('\\'),
    )
    .filter(([, values]) => values.has('ProviderID'))
    .map(([path, values]) => ({
      EnrollmentId: path.slice(KEYS.enrollments.length + 1),
      ProviderID: String(values.get('ProviderID')),
      UPN: values.get('UPN') ?? null,
      EnrollmentState: values.get('EnrollmentState') ?? null,
      EnrollmentType: values.get('EnrollmentType') ?? null,
    }));
  return ok('mdm.enrollments', JSON.stringify(items));
}

/** `DiagLogs-<device>-20220221T092806Z.zip` → the collection time; else null. */
export function collectedAt(file: string): string | null {
  const match = /-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.zip$/i.exec(basename(file));
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function deviceName(file: string): string | null {
  return /^DiagLogs-(.+)-\d{8}T\d{6}Z\.zip$/i.exec(basename(file))?.[1] ?? null;
}

/**
 * `export.reg` / `output.log` whether the bundle keeps one folder per directive (`5/output.log`)
 * or flattens them into one name (`(05) (_windir__system32_Dsregcmd_exe__status) (0x00000000)
 * output.log`, the layout the DiagnosticLog CSP documents; Intune asks for "flattened").
 */
function directiveFile(entryName: string): string | undefined {
  const file = entryName.replace(/\\/g, '/').split('/').pop()?.toLowerCase();
  return file?.replace(/^.*[\s)_-](export\.reg|output\.log)$/, '$1');
}

export async function importDiagnosticsBundle(
  path: string,
  now: () => Date = () => new Date(),
): Promise<BundleImport> {
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(path);
  } catch (error) {
    throw new BundleError(`${basename(path)}: ${(error as Error).message}`);
  }
  const keys: RegKeys = new Map();
  let enrollmentsExported = false;
  let dsregcmd: string | null = null;
  let proxy: string | null = null;
  try {
    for (const entry of zip.entries) {
      const file = directiveFile(entry.name);
      if (file === 'export.reg') {
        const text = decodeRegText(await zip.read(entry));
        const parsed = parseRegFile(text);
        for (const [key, values] of parsed) {
          if (key === KEYS.enrollments) enrollmentsExported = true;
          keys.set(key, values);
        }
      } else if (file === 'output.log') {
        const text = decodeRegText(await zip.read(entry));
        // Told apart by content, as the folder names do not say which command ran; the parsers
        // decide, so a localized output is recognised as the engine would read it.
        if (dsregcmd === null && parseDsregcmdStatus(text).ok) dsregcmd = text;
        else if (proxy === null && /WinHTTP/i.test(text) && parseWinhttpProxy(text).ok) proxy = text;
      }
    }
  } catch (error) {
    if (error instanceof ZipError) throw new BundleError(`${basename(path)}: ${error.message}`);
    throw error;
  } finally {
    await zip.close();
  }
  if (zip.entries.length === 0) throw new BundleError(`${basename(path)}: the archive is empty`);

  const probes: RecordedProbe[] = [];
  const add = (p: RecordedProbe | null) => p && probes.push(p);
  add(osVersion(keys));
  if (dsregcmd !== null) add(ok('join.dsregcmd', dsregcmd));
  add(enrollments(keys, enrollmentsExported));
  const autopilot = keys.get(KEYS.autopilot);
  // The cached profile file is not collected: ztdFile null, and the step says the skip flag cannot be confirmed.
  if (autopilot)
    add(ok('autopilot.profile', JSON.stringify({ registry: keyObject(autopilot), ztdFile: null })));
  if (proxy !== null) add(ok('proxy.winhttp', proxy));
  if (probes.length === 0) {
    throw new BundleError(
      `${basename(path)}: nothing hvv can read (no dsregcmd, netsh or registry export): is this Intune's "Collect diagnostics" zip?`,
    );
  }

  const answered = probes.map((p) => p.probe as ProbeId);
  const missing: { probe: ProbeId; why: string }[] = [];
  const expected: [ProbeId, string][] = [
    ['os.version', 'the bundle has no export of HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'],
    ['join.dsregcmd', 'the bundle has no dsregcmd /status output'],
    ['mdm.enrollments', 'the bundle has no export of HKLM\\SOFTWARE\\Microsoft\\Enrollments'],
    ['autopilot.profile', 'the bundle has no export of the Autopilot diagnostics key'],
    ['proxy.winhttp', 'the bundle has no netsh winhttp show proxy output'],
  ];
  for (const [probe, why] of expected) if (!answered.includes(probe)) missing.push({ probe, why });
  for (const [probe, why] of Object.entries(NOT_IN_BUNDLE)) missing.push({ probe: probe as ProbeId, why });

  const device = deviceName(path);
  return {
    scenario: {
      format: SCENARIO_FORMAT,
      title: `Intune diagnostics${device ? ` of ${device}` : ''} (${basename(path)})`,
      recordedAt: collectedAt(path) ?? now().toISOString(),
      inputs: {},
      confirmations: {},
      probes,
      actionsNotRun: ['vpn.connect', 'vpn.disconnect', 'update.install'],
      source: { kind: 'intune-diagnostics', file: basename(path), notInBundle: missing },
    },
    answered,
    notInBundle: missing,
  };
}
