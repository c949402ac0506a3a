/**
 * Mocked devices for the fleet tests (read by test/fakes/fleet-device.ps1), and a way to run real
 * pwsh on them. Native outputs come from test/fixtures/native (sources in its SOURCES.md).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { VPN_SERVICE_NAMES } from '../../../../common/fleet/vpn-kind-line.js';
import { FAKES, NATIVE_FIXTURES } from '../../../paths.js';

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';

export interface CertSpec {
  subject: string;
  eku: string[] | null;
  notBeforeDays: number;
  notAfterDays: number;
  privateKey: boolean;
}

/**
 * What vpn.kind reads (issue 16a), shaped as test/fakes/fleet-device.ps1 serves it: registry keys
 * (RasMan, PanSetup, FortiClient) by path, the Uninstall entries, services, the MDM_VPNv2_01
 * profiles (absent: the bridge refuses, as it does to anyone but SYSTEM), and client files by
 * their path under %ProgramData%. Values follow test/fixtures/vpn-kind/SOURCES.md.
 */
export interface VpnKindSpec {
  registry?: Record<string, Record<string, unknown>>;
  programs?: { DisplayName: string; DisplayVersion?: string; Publisher?: string }[];
  services?: { Name: string; Status: string; StartType: string }[];
  mdm?: { InstanceID: string; AlwaysOn: boolean; DeviceTunnel: boolean }[];
  files?: Record<string, string>;
}

export interface MockDevice {
  name: string;
  os: Record<string, unknown>;
  dsregcmd: string;
  netsh: string;
  enrollments: {
    id: string;
    ProviderID: string;
    UPN?: string;
    EnrollmentState?: number;
    EnrollmentType?: number;
  }[];
  autopilotRegistry: Record<string, unknown> | null;
  ztdFile: Record<string, unknown> | null;
  vpn: Record<string, unknown>[];
  machineCerts: CertSpec[];
  userCerts: CertSpec[];
  /** Without it the device has no VPN client and no Always On profile: its VPN is built in. */
  vpnKind?: VpnKindSpec;
}

const win10 = (build: string, ubr: number) => ({
  ProductName: 'Windows 10 Enterprise',
  EditionID: 'Enterprise',
  ReleaseId: '2009',
  DisplayVersion: '22H2',
  CurrentBuild: build,
  UBR: ubr,
});
const intune = {
  id: 'A1B2C3D4-0000-4000-8000-000000000001',
  ProviderID: 'MS DM Server',
  EnrollmentState: 1,
  EnrollmentType: 6,
};
const hybridProfile = {
  CloudAssignedDomainJoinMethod: 1,
  HybridJoinSkipDCConnectivityCheck: 1,
  CloudAssignedTenantDomain: 'contoso.onmicrosoft.com',
};
const eapTls =
  '<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type></EapMethod></EapHostConfig>';
const ikev2 = (name: string, methods: string[], extra: Record<string, unknown> = {}) => ({
  Name: name,
  ServerAddress: 'vpn.contoso.com',
  AllUserConnection: true,
  TunnelType: 'Ikev2',
  AuthenticationMethod: methods,
  L2tpIPsecAuth: null,
  PluginApplicationID: null,
  EapConfigXml: null,
  ...extra,
});
const cert = (subject: string, extra: Partial<CertSpec> = {}): CertSpec => ({
  subject,
  eku: [CLIENT_AUTH],
  notBeforeDays: -30,
  notAfterDays: 335,
  privateKey: true,
  ...extra,
});

const RASMAN = 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\RasMan';
const PANSETUP = 'HKLM:\\SOFTWARE\\Palo Alto Networks\\GlobalProtect\\PanSetup';
const FORTI_SSLVPN = 'HKLM:\\SOFTWARE\\Fortinet\\FortiClient\\Sslvpn';
const ANYCONNECT_PROFILES = 'Cisco/Cisco Secure Client/VPN/Profile';
const CONNSTORE = 'Pulse Secure/ConnectionStore/connstore.dat';
const service = (Name: string) => ({ Name, Status: 'Running', StartType: 'Automatic' });
const sblProfile = (value: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><AnyConnectProfile xmlns="http://schemas.xmlsoap.org/encoding/"><ClientInitialization><UseStartBeforeLogon UserControllable="false">${value}</UseStartBeforeLogon></ClientInitialization></AnyConnectProfile>`;
/** A hybrid-joined, enrolled device on the current build, with no VPN unless `extra` gives one. */
const hybridDevice = (name: string, extra: Partial<MockDevice>): MockDevice => ({
  name,
  os: win10('19045', 3803),
  dsregcmd: 'dsregcmd/hybrid-joined.txt',
  netsh: 'netsh/direct-en.txt',
  enrollments: [intune],
  autopilotRegistry: { CloudAssignedDomainJoinMethod: 1 },
  ztdFile: hybridProfile,
  vpn: [],
  machineCerts: [],
  userCerts: [],
  ...extra,
});

/** One device per kind of VPN (issue 16a), each with the verdict the engine gives it. */
export const VPN_KIND_DEVICES: MockDevice[] = [
  hybridDevice('ready-aovpn-device-tunnel', {
    vpn: [ikev2('Contoso Device Tunnel', ['MachineCertificate'])],
    machineCerts: [cert('CN=LAB-0101.corp.contoso.com')],
    vpnKind: {
      registry: { [`${RASMAN}\\DeviceTunnel`]: { AutoTriggerProfileEntryName: 'Contoso Device Tunnel' } },
      mdm: [{ InstanceID: 'Contoso%20Device%20Tunnel', AlwaysOn: true, DeviceTunnel: true }],
    },
  }),
  hybridDevice('ready-globalprotect-prelogon', {
    vpnKind: {
      registry: { [PANSETUP]: { Portal: 'gp.contoso.com', Prelogon: '1' } },
      programs: [{ DisplayName: 'GlobalProtect', DisplayVersion: '6.2.4', Publisher: 'Palo Alto Networks' }],
      services: [service('PanGPS')],
    },
  }),
  hybridDevice('not-ready-forticlient-no-prelogon', {
    // A Windows connection the technician never uses: the client decides, not it.
    vpn: [ikev2('Old VPN', ['Eap'], { AllUserConnection: false })],
    vpnKind: {
      registry: { [FORTI_SSLVPN]: { show_vpn_before_logon: 0 } },
      programs: [{ DisplayName: 'FortiClient VPN', DisplayVersion: '7.2.4.0972', Publisher: 'Fortinet' }],
      services: [service('FA_Scheduler')],
    },
  }),
  hybridDevice('ready-anyconnect-start-before-login', {
    vpnKind: {
      programs: [
        { DisplayName: 'Cisco Secure Client - AnyConnect VPN', DisplayVersion: '5.1.2.42' },
        { DisplayName: 'Cisco Secure Client - Start Before Login', DisplayVersion: '5.1.2.42' },
      ],
      services: [service('csc_vpnagent')],
      files: { [`${ANYCONNECT_PROFILES}/contoso.xml`]: sblProfile('true') },
    },
  }),
];

export const DEVICES: MockDevice[] = [
  hybridDevice('ready-ikev2-machine-cert', {
    vpn: [ikev2('Contoso VPN', ['MachineCertificate'])],
    machineCerts: [cert('CN=LAB-0001.corp.contoso.com')],
  }),
  {
    name: 'not-ready-plugin-old-build-not-enrolled',
    os: win10('18363', 476),
    dsregcmd: 'dsregcmd/hybrid-pending.txt',
    netsh: 'netsh/proxy-de.txt',
    enrollments: [],
    autopilotRegistry: null,
    ztdFile: { CloudAssignedDomainJoinMethod: 1, HybridJoinSkipDCConnectivityCheck: 0 },
    vpn: [
      ikev2('Store VPN', ['Eap'], {
        PluginApplicationID: 'Contoso.VPN_8wekyb3d8bbwe',
        AllUserConnection: true,
      }),
    ],
    machineCerts: [],
    userCerts: [],
  },
  {
    name: 'not-ready-user-cert-only',
    os: win10('19044', 2965),
    dsregcmd: 'dsregcmd/hybrid-joined-fr.txt',
    netsh: 'netsh/direct-fr.txt',
    enrollments: [intune],
    autopilotRegistry: { CloudAssignedDomainJoinMethod: 1 },
    ztdFile: null,
    vpn: [ikev2('VPN Contoso', ['Eap'], { EapConfigXml: eapTls })],
    machineCerts: [cert('CN=LAB-0003', { privateKey: false }), cert('CN=web', { eku: [SERVER_AUTH] })],
    userCerts: [cert('CN=user@contoso.com')],
  },
  {
    name: 'ready-german-l2tp-one-expired-cert',
    os: win10('19045', 4291),
    dsregcmd: 'dsregcmd/hybrid-joined-de.txt',
    netsh: 'netsh/direct-de.txt',
    enrollments: [intune, { id: 'B0000000-0000-4000-8000-000000000002', ProviderID: 'WindowsEnrollment' }],
    autopilotRegistry: { CloudAssignedDomainJoinMethod: 1 },
    ztdFile: hybridProfile,
    vpn: [
      {
        ...ikev2('Contoso L2TP', ['MsChapv2']),
        TunnelType: 'L2tp',
        L2tpIPsecAuth: 'Certificate',
      },
    ],
    machineCerts: [cert('CN=old', { notBeforeDays: -800, notAfterDays: -435 }), cert('CN=LAB-0004')],
    userCerts: [],
  },
  {
    name: 'azure-ad-only-profile-workgroup',
    os: win10('22631', 4460),
    dsregcmd: 'dsregcmd/azuread-joined.txt',
    netsh: 'netsh/real-proxy-en-set.txt',
    enrollments: [intune],
    autopilotRegistry: null,
    ztdFile: { CloudAssignedDomainJoinMethod: 0 },
    vpn: [],
    machineCerts: [],
    userCerts: [],
  },
];

/** The largest plausible device: many profiles and certificates, long names, accents, a long proxy list. */
export function largestDevice(): MockDevice {
  const vpn = Array.from({ length: 40 }, (_, i) =>
    ikev2(
      `Sociét\u00e9 g\u00e9n\u00e9rale VPN ${'x'.repeat(60)} ${i}`,
      i % 3 === 0 ? ['Eap', 'MachineCertificate', 'MsChapv2', 'Pap', 'Chap'] : ['Eap'],
      {
        TunnelType: i % 4 === 0 ? 'Automatic' : i % 4 === 1 ? 'Ikev2' : i % 4 === 2 ? 'L2tp' : 'Sstp',
        L2tpIPsecAuth: i % 4 === 2 ? 'Certificate' : 'Psk',
        PluginApplicationID: i % 5 === 0 ? `Vendor.Plugin${i}_8wekyb3d8bbwe` : null,
        AllUserConnection: i % 7 !== 0,
        EapConfigXml:
          i % 2 === 0
            ? eapTls.replace(
                '<EapMethod>',
                `<EapMethod><Type>${13 + (i % 9)}</Type><Type>25</Type><Type>26</Type><VendorId>0</VendorId>${'<Padding/>'.repeat(200)}`,
              )
            : eapTls,
      },
    ),
  );
  const machineCerts = Array.from({ length: 150 }, (_, i) =>
    cert(`CN=LAB-${i}.corp.contoso.com`, {
      eku: i % 2 === 0 ? [CLIENT_AUTH, SERVER_AUTH] : [SERVER_AUTH],
      notBeforeDays: -400 + i,
      notAfterDays: -10 + i * 3,
      privateKey: i % 3 !== 0,
    }),
  );
  const userCerts = Array.from({ length: 60 }, (_, i) =>
    cert(`CN=user${i}@contoso.com`, { notAfterDays: 10 + i }),
  );
  const enrollments = Array.from({ length: 25 }, (_, i) => ({
    id: `E${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`,
    ProviderID: i === 24 ? 'MS DM Server' : `Third party MDM provider with a long name number ${i}`,
  }));
  const ciscoModules = [
    'AnyConnect VPN',
    'Start Before Login',
    'Diagnostics and Reporting Tool',
    'Umbrella',
    'ISE Posture',
    'Network Visibility Module',
    'Secure Firewall Posture',
    'ThousandEyes Endpoint Agent',
  ];
  const vpnKind: VpnKindSpec = {
    registry: {
      [`${RASMAN}\\DeviceTunnel`]: {
        AutoTriggerProfileEntryName: `Soci\u00e9t\u00e9 Device Tunnel ${'d'.repeat(60)}`,
      },
      [`${RASMAN}\\Config`]: {
        AutoTriggerProfileEntryName: `Soci\u00e9t\u00e9 User Tunnel ${'u'.repeat(60)}`,
      },
      [PANSETUP]: { Portal: 'gp.contoso.com', Prelogon: '0' },
      [FORTI_SSLVPN]: { show_vpn_before_logon: 1 },
    },
    programs: [
      ...ciscoModules.map((m) => ({
        DisplayName: `Cisco Secure Client - ${m}`,
        DisplayVersion: '5.1.6.103',
      })),
      { DisplayName: 'GlobalProtect', DisplayVersion: '6.3.0-123456789' },
      { DisplayName: 'FortiClient VPN', DisplayVersion: '7.4.0.1658' },
      { DisplayName: 'Ivanti Secure Access Client', DisplayVersion: '22.7.3.28221' },
    ],
    services: VPN_SERVICE_NAMES.map(service),
    mdm: Array.from({ length: 12 }, (_, i) => ({
      InstanceID: encodeURIComponent(`Soci\u00e9t\u00e9 profile ${'p'.repeat(40)} ${i}`),
      AlwaysOn: i % 3 !== 2,
      DeviceTunnel: i % 2 === 0,
    })),
    files: {
      ...Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [
          `${ANYCONNECT_PROFILES}/profile-${i}-${'x'.repeat(60)}.xml`,
          sblProfile(i % 4 === 3 ? 'true' : 'false'),
        ]),
      ),
      [CONNSTORE]: Array.from(
        { length: 30 },
        (_, i) => `ive "${i}" {\n  connection-identity: "${i % 5 === 4 ? 'machine' : 'user'}"\n}\n`,
      ).join(''),
    },
  };
  return {
    name: 'largest-plausible-device',
    vpnKind,
    os: win10('19045', 5011),
    dsregcmd: 'dsregcmd/real-hybrid-joined-msdocs.txt',
    netsh: 'netsh/real-proxy-ja.txt',
    enrollments,
    autopilotRegistry: { CloudAssignedDomainJoinMethod: 1, CloudAssignedTenantDomain: 'x'.repeat(300) },
    ztdFile: { ...hybridProfile, ZtdCorrelationId: 'y'.repeat(500) },
    vpn,
    machineCerts,
    userCerts,
  };
}

/**
 * Every value at the most the line can be asked to carry: long, quoted, non-ASCII and 5.1-escaped
 * text in every field, 50 distinct VPN kinds, 260 certificates, far-future dates, huge numbers.
 */
export function adversarialDevice(): MockDevice {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-adversarial-'));
  const nasty = `\u00e9"\\<>&'\u30d7`.repeat(40);
  const dsregcmd = join(dir, 'dsregcmd.txt');
  writeFileSync(
    dsregcmd,
    ['AzureAdJoined', 'EnterpriseJoined', 'DomainJoined', 'DomainName']
      .map((field) => `   ${field} : ${nasty}`)
      .join('\r\n'),
  );
  const netsh = join(dir, 'netsh.txt');
  writeFileSync(
    netsh,
    Array.from({ length: 12 }, (_, i) => `    ${i}\u30d7\u30ed\u30ad\u30b7 : ${nasty}`).join('\r\n'),
  );
  const word = (i: number) => `${nasty.slice(0, 10)}Method${i}${'m'.repeat(40)}`;
  const vpn = Array.from({ length: 50 }, (_, i) =>
    ikev2(
      `${nasty}${i}`,
      Array.from({ length: 10 }, (_, j) => (j === 0 && i % 2 === 0 ? 'MachineCertificate' : word(j))),
      {
        AllUserConnection: i % 3 !== 0,
        PluginApplicationID: i % 5 === 0 ? nasty : null,
        TunnelType: i % 4 === 0 ? 'L2tp' : `${nasty}${i}`,
        L2tpIPsecAuth: i % 4 === 0 ? 'Certificate' : `${nasty}${i}`,
        EapConfigXml: `<EapHostConfig><EapMethod>${[255, 254, 99999999, 13, 25, i]
          .map((t) => `<Type>${t}</Type>`)
          .join('')}</EapMethod></EapHostConfig>`,
      },
    ),
  );
  const far = (i: number) => cert(`CN=${i}`, { notBeforeDays: -700000 + i, notAfterDays: 2_900_000 - i });
  // Every vk field at its cap: four nasty tunnel names, every client with a nasty version, every
  // service, and per client a nasty first setting value followed by an "on" one.
  const vpnKind: VpnKindSpec = {
    registry: {
      [`${RASMAN}\\DeviceTunnel`]: { AutoTriggerProfileEntryName: nasty },
      [`${RASMAN}\\Config`]: { AutoTriggerProfileEntryName: nasty },
      [PANSETUP]: { Prelogon: nasty },
      [FORTI_SSLVPN]: { show_vpn_before_logon: nasty },
    },
    programs: [
      'Cisco Secure Client',
      'GlobalProtect',
      'FortiClient',
      'Pulse Secure',
      'Start Before Login',
    ].map((name) => ({ DisplayName: `${name} ${nasty}`, DisplayVersion: nasty })),
    services: VPN_SERVICE_NAMES.map(service),
    mdm: [
      { InstanceID: encodeURIComponent(`${nasty}1`), AlwaysOn: true, DeviceTunnel: true },
      { InstanceID: encodeURIComponent(`${nasty}2`), AlwaysOn: true, DeviceTunnel: false },
    ],
    files: {
      [`${ANYCONNECT_PROFILES}/a.xml`]: sblProfile(`\u00e9${'w'.repeat(300)}`),
      [`${ANYCONNECT_PROFILES}/b.xml`]: sblProfile('TRUE'),
      [CONNSTORE]: `ive "a" {\n  connection-identity: "${nasty}"\n}\nive "b" {\n  connection-identity: "machine"\n}\n`,
    },
  };
  return {
    name: 'adversarial-device',
    vpnKind,
    os: { ...win10('1234567890123456789', 0), UBR: 9007199254740991 },
    dsregcmd,
    netsh,
    enrollments: Array.from({ length: 30 }, (_, i) => ({ id: `K${i}`, ProviderID: `${nasty}${i}` })),
    autopilotRegistry: {
      CloudAssignedDomainJoinMethod: 9007199254740991,
      HybridJoinSkipDCConnectivityCheck: nasty,
    },
    ztdFile: {
      CloudAssignedDomainJoinMethod: { nested: nasty },
      HybridJoinSkipDCConnectivityCheck: [nasty, nasty],
    },
    vpn,
    machineCerts: Array.from({ length: 200 }, (_, i) => far(i)),
    userCerts: Array.from({ length: 60 }, (_, i) => far(i)),
  };
}

const ON_WINDOWS = process.platform === 'win32';

export function pwshPath(): string | null {
  const candidates = [process.env.PWSH, join(homedir(), '.dotnet', 'tools', 'pwsh'), '/usr/bin/pwsh'];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '' && existsSync(c)) ?? null;
}

export interface PwshRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A stand-in %windir% with the device's native shims and Autopilot cache, and the env to use it. */
export function prepareDevice(device: MockDevice): NodeJS.ProcessEnv {
  const root = mkdtempSync(join(tmpdir(), 'hvv-fleet-device-'));
  const windows = join(root, 'Windows');
  const system32 = join(windows, 'System32');
  mkdirSync(system32, { recursive: true });
  const natives: Record<string, string> = { dsregcmd: device.dsregcmd, netsh: device.netsh };
  for (const [program, fixture] of Object.entries(natives)) {
    const source = isAbsolute(fixture) ? fixture : join(NATIVE_FIXTURES, fixture);
    if (ON_WINDOWS) {
      // Windows (the CI's PowerShell 5.1 job): a .cmd shim, which the probes' Get-NativePath picks
      // under HVV_TEST_NATIVE_SHIMS=cmd; a shell script named .exe would not start there.
      writeFileSync(join(system32, `${program}.cmd`), `@type "${source}"\r\n`);
      continue;
    }
    for (const name of [program, `${program}.exe`]) {
      const file = join(system32, name);
      writeFileSync(file, `#!/bin/sh\ncat '${source}'\n`);
      chmodSync(file, 0o755);
    }
  }
  if (device.ztdFile) {
    const dir = join(windows, 'ServiceState', 'wmansvc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'AutopilotDDSZTDFile.json'), JSON.stringify(device.ztdFile));
  }
  const programData = join(root, 'ProgramData');
  for (const [path, text] of Object.entries(device.vpnKind?.files ?? {})) {
    const file = join(programData, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const deviceFile = join(root, 'device.json');
  writeFileSync(deviceFile, JSON.stringify(device));
  return {
    ...process.env,
    PATH: `${system32}${delimiter}${process.env.PATH ?? ''}`,
    SystemRoot: windows,
    windir: windows,
    HVV_FLEET_DEVICE: deviceFile,
    ProgramData: programData,
    ...(ON_WINDOWS ? { HVV_TEST_NATIVE_SHIMS: 'cmd' } : {}),
  };
}

export function runPwsh(pwsh: string, args: string[], env: NodeJS.ProcessEnv): Promise<PwshRun> {
  return new Promise((resolve) => {
    execFile(
      pwsh,
      ['-NoProfile', '-NonInteractive', ...args],
      { env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ stdout, stderr, exitCode: code });
      },
    );
  });
}

export const FLEET_DETECT = join(FAKES, 'fleet-detect.ps1');
export const FLEET_RECORD = join(FAKES, 'fleet-record.ps1');
export const readText = (file: string): string => readFileSync(file, 'utf8');
