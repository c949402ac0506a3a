/**
 * A recorded device built in memory for the bench: a hybrid-joined Windows 10 22H2 laptop with an
 * IKEv2 device VPN, 27 probes, realistic durations (a 2.4 s VPN connect, three 3 s TCP timeouts to
 * lab endpoints that are down). Native outputs are the parser fixtures, so every step really parses.
 */
import { readFileSync } from 'node:fs';
import type { RecordedProbe, Scenario } from '../common/model.js';
import type { RequiredEndpoint } from '../common/engine/step-definition.js';
import { DEFAULT_ENDPOINTS } from '../common/engine/endpoints.js';

function native(path: string): string {
  return readFileSync(new URL(`../test/fixtures/native/${path}`, import.meta.url), 'utf8');
}

const VPN = 'Contoso VPN';
const DOMAIN = 'corp.contoso.com';
const PACKAGE = 'C:\\Updates\\windows10.0-kb5031356-x64.msu';

/** Microsoft's required endpoints plus four lab hosts, three of which time out after 3 s. */
export const BENCH_ENDPOINTS: readonly RequiredEndpoint[] = [
  ...DEFAULT_ENDPOINTS,
  { host: 'vpn.contoso.com', port: 443, why: 'lab: VPN server' },
  { host: 'pki.contoso.com', port: 80, why: 'lab: CRL distribution point' },
  { host: 'ndes.contoso.com', port: 443, why: 'lab: certificate enrollment' },
  { host: 'wsus.contoso.com', port: 8530, why: 'lab: update server' },
];
const TIMING_OUT = new Set(['pki.contoso.com', 'ndes.contoso.com', 'wsus.contoso.com']);

function entry(
  probe: string,
  args: RecordedProbe['args'],
  stdout: string,
  durationMs: number,
  exitCode = 0,
): RecordedProbe {
  return { probe, args, result: { exitCode, stdout, stderr: '', durationMs, timedOut: false } };
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export function syntheticScenario(durationScale = 1): Scenario {
  const ms = (value: number): number => Math.round(value * durationScale);
  const tcp = BENCH_ENDPOINTS.map((endpoint, i) => {
    const down = TIMING_OUT.has(endpoint.host);
    return entry(
      'net.tcp',
      { host: endpoint.host, port: endpoint.port },
      json({ host: endpoint.host, port: endpoint.port, reachable: !down, error: down ? 'timed out' : null }),
      ms(down ? 3000 : 40 + i * 12),
    );
  });
  const probes: RecordedProbe[] = [
    entry(
      'os.version',
      {},
      json({
        ProductName: 'Windows 10 Enterprise',
        EditionID: 'Enterprise',
        ReleaseId: '2009',
        DisplayVersion: '22H2',
        CurrentBuild: '19045',
        UBR: 5131,
      }),
      ms(180),
    ),
    entry(
      'os.hotfixes',
      {},
      json([{ HotFixID: 'KB5031356', Description: 'Security Update', InstalledOn: '2026-10-11T00:00:00Z' }]),
      ms(900),
    ),
    entry('join.dsregcmd', {}, native('dsregcmd/hybrid-joined.txt'), ms(650)),
    entry(
      'mdm.enrollments',
      {},
      json([
        {
          EnrollmentId: '6A1C7E2B-0F3D-4B5A-9C8D-7E6F5A4B3C2D',
          ProviderID: 'MS DM Server',
          UPN: 'adele.vance@contoso.com',
          EnrollmentState: 1,
          EnrollmentType: 6,
        },
      ]),
      ms(120),
    ),
    entry(
      'autopilot.profile',
      {},
      json({
        registry: { CloudAssignedDomainJoinMethod: 1, CloudAssignedTenantDomain: 'contoso.onmicrosoft.com' },
        ztdFile: {
          CloudAssignedDomainJoinMethod: 1,
          HybridJoinSkipDCConnectivityCheck: 1,
          CloudAssignedTenantDomain: 'contoso.onmicrosoft.com',
        },
      }),
      ms(150),
    ),
    entry('proxy.winhttp', {}, native('netsh/direct-en.txt'), ms(220)),
    ...tcp,
    entry(
      'vpn.connections',
      {},
      json([
        {
          Name: VPN,
          ServerAddress: 'vpn.contoso.com',
          AllUserConnection: true,
          TunnelType: 'Ikev2',
          AuthenticationMethod: ['MachineCertificate'],
          EncryptionLevel: 'Required',
          L2tpIPsecAuth: 'Certificate',
          SplitTunneling: true,
          ConnectionStatus: 'Disconnected',
          RememberCredential: false,
          UseWinlogonCredential: false,
          DnsSuffix: DOMAIN,
          IdleDisconnectSeconds: 0,
          Guid: '{3F1E2D4C-5B6A-4789-8A9B-0C1D2E3F4A5B}',
          ProfileType: null,
          PluginApplicationID: null,
          EapConfigXml: null,
        },
      ]),
      ms(400),
    ),
    entry(
      'cert.machine',
      {},
      json([
        {
          Subject: 'CN=DESKTOP-7H2K9QF.corp.contoso.com',
          Issuer: 'CN=Contoso Issuing CA 01, DC=corp, DC=contoso, DC=com',
          Thumbprint: '1F2E3D4C5B6A79880796A5B4C3D2E1F001234567',
          NotBefore: '2026-10-02T09:00:00Z',
          NotAfter: '2027-10-02T09:00:00Z',
          HasPrivateKey: true,
          EnhancedKeyUsage: [{ FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.2' }],
        },
      ]),
      ms(300),
    ),
    entry('cert.user', {}, json([]), ms(250)),
    entry('vpn.connect', { name: VPN }, native('rasdial/connect-success.txt'), ms(2400)),
    entry('dc.locate', { domain: DOMAIN }, native('nltest/found.txt'), ms(350)),
    entry('vpn.disconnect', { name: VPN }, native('rasdial/disconnect-success.txt'), ms(200)),
    entry(
      'logon.session',
      {},
      json({
        LogonServer: '\\\\DC01',
        UserDnsDomain: 'CORP.CONTOSO.COM',
        Upn: 'adele.vance@contoso.com',
        ComputerName: 'DESKTOP-7H2K9QF',
        LogonType: 2,
      }),
      ms(90),
    ),
    entry('update.pending', {}, json([]), ms(1800)),
    entry('update.install', { path: PACKAGE }, '', ms(2800), 3010),
  ];
  return {
    format: 'hvv-scenario/1',
    title: 'Bench: Windows 10 22H2, IKEv2 device VPN, three lab endpoints down',
    recordedAt: '2026-11-24T10:15:00Z',
    inputs: { domain: DOMAIN, vpnConnection: VPN, updatePackage: PACKAGE },
    confirmations: {
      'logon-vpn-icon': { result: 'pass', note: 'icon shown bottom right' },
      'offnetwork-signin': { result: 'pass', note: 'signed in at home' },
    },
    probes,
  };
}

/** A long recording (a lab's soak run) for the parse+validate benchmark. */
export function largeScenarioText(probeCount: number): string {
  const base = syntheticScenario();
  const probes: RecordedProbe[] = [];
  for (let i = 0; i < probeCount; i++) probes.push(base.probes[i % base.probes.length] as RecordedProbe);
  return JSON.stringify({ ...base, probes });
}
