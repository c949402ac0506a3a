import { describe, expect, it } from 'vitest';
import { vpnCertificateStep } from '../../../../../common/engine/steps/vpn-certificate.js';
import { vpnProfileStep } from '../../../../../common/engine/steps/vpn-profile.js';
import { json, runStep, settled, text, type Entry } from './harness.js';

const connection = (overrides: Record<string, unknown> = {}) => ({
  Name: 'Contoso VPN',
  ServerAddress: 'vpn.contoso.com',
  AllUserConnection: true,
  TunnelType: 'Ikev2',
  AuthenticationMethod: ['MachineCertificate'],
  EncryptionLevel: 'Required',
  L2tpIPsecAuth: null,
  SplitTunneling: true,
  ConnectionStatus: 'Disconnected',
  PluginApplicationID: null,
  EapConfigXml: null,
  ...overrides,
});
const plugin = connection({
  Name: 'GlobalProtect',
  PluginApplicationID: 'PaloAltoNetworks.GlobalProtect_rn9aeerfb38dg',
  AuthenticationMethod: ['Eap'],
});

const cert = (overrides: Record<string, unknown> = {}) => ({
  Subject: 'CN=PC01.corp.contoso.com',
  Issuer: 'CN=Contoso Issuing CA',
  Thumbprint: 'AB12',
  NotBefore: '2026-01-01T00:00:00Z',
  NotAfter: '2027-01-01T00:00:00Z',
  HasPrivateKey: true,
  EnhancedKeyUsage: [{ FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.2' }],
  ...overrides,
});

const eapXml = (type: number) =>
  `<EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">${type}</Type></EapMethod></EapHostConfig>`;

describe('vpn-profile', () => {
  const profile = (result: ReturnType<typeof json>) =>
    runStep(vpnProfileStep, { probes: [{ probe: 'vpn.connections', result }] });

  it('passes with a per-machine connection and lists the names', async () => {
    const r = await profile(json([connection(), plugin]));
    expect(r.status).toBe('pass');
    expect(r.details).toMatchObject({
      connections: ['Contoso VPN', 'GlobalProtect'],
      usable: ['Contoso VPN'],
    });
  });

  it('fails when only a Store (UWP) plug-in profile exists, because it installs after sign-in', async () => {
    const r = await profile(json([plugin]));
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('plug-in');
    expect(r.details.connections).toEqual(['GlobalProtect']);
  });

  it('fails when there is no all-user connection, printed as [] or nothing', async () => {
    expect((await profile(json([]))).status).toBe('fail');
    expect((await profile(text(''))).status).toBe('fail');
  });

  it('reads one connection printed as an object with AuthenticationMethod as a bare string', async () => {
    const r = await profile(json(connection({ AuthenticationMethod: 'MachineCertificate' })));
    expect(r.status).toBe('pass');
  });

  it('is an error when the output is not the contract shape', async () => {
    const r = await profile(json([{ ServerAddress: 'vpn.contoso.com' }]));
    expect(r.status).toBe('error');
    expect(r.summary).toContain('Name');
  });
});

describe('vpn-certificate', () => {
  const profilePassed = settled('vpn-profile', 'pass', { usable: ['Contoso VPN'] });
  const run = (probes: Entry[], extra: { vpn?: string | null; now?: string } = {}) =>
    runStep(vpnCertificateStep, {
      probes,
      previous: [profilePassed],
      inputs: { vpnConnection: extra.vpn ?? null },
      now: extra.now,
    });
  const connections = (value: unknown): Entry => ({ probe: 'vpn.connections', result: json(value) });
  const machine = (value: unknown): Entry => ({ probe: 'cert.machine', result: json(value) });
  const user = (value: unknown): Entry => ({ probe: 'cert.user', result: json(value) });

  it('passes with a machine certificate that has Client Authentication, a private key and is valid now', async () => {
    const r = await run([connections([connection()]), machine([cert()])]);
    expect(r.status).toBe('pass');
    expect(r.details.userCertificateOnly).toBe(false);
  });

  it('skips when the connection signs in with EAP-MSCHAPv2, not a certificate', async () => {
    const r = await run([
      connections([connection({ AuthenticationMethod: ['Eap'], EapConfigXml: eapXml(26) })]),
    ]);
    expect(r.status).toBe('skip');
  });

  it('treats EAP-TLS (EAP type 13) as certificate authentication', async () => {
    const r = await run([
      connections([connection({ AuthenticationMethod: ['Eap'], EapConfigXml: eapXml(13) })]),
      machine([cert()]),
    ]);
    expect(r.status).toBe('pass');
  });

  it('fails with only a user certificate and says user certificates are not supported', async () => {
    const r = await run([
      connections([connection()]),
      machine([]),
      user([cert({ Subject: 'CN=Ana Lopez' })]),
    ]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('user certificate');
    expect(r.details.userCertificateOnly).toBe(true);
  });

  it('does not judge the user store of SYSTEM (the app started as SYSTEM): it says it was not read', async () => {
    const r = await run([
      connections([connection()]),
      machine([]),
      user([cert({ Subject: 'CN=SYSTEM-only' })]),
      {
        probe: 'logon.session',
        result: json({ ProcessSid: 'S-1-5-18', ProcessUser: 'NT AUTHORITY\\SYSTEM' }),
      },
    ]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('The user certificate store was not read: the app runs as SYSTEM');
    expect(r.details).toMatchObject({ userStoreSkipped: 'system' });
    expect(r.details).not.toHaveProperty('userCertificateOnly');
  });

  it('fails an expired machine certificate, judged at the recording date', async () => {
    const r = await run([connections([connection()]), machine([cert()]), user([])], {
      now: '2027-02-01T00:00:00Z',
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('expired on 2027-01-01');
  });

  it('fails a machine certificate without its private key or without Client Authentication', async () => {
    const noKey = await run([
      connections([connection()]),
      machine([cert({ HasPrivateKey: false })]),
      user([]),
    ]);
    expect(noKey.summary).toContain('no private key');
    const serverOnly = await run([
      connections([connection()]),
      machine([
        cert({
          EnhancedKeyUsage: [{ FriendlyName: 'Server Authentication', ObjectId: '1.3.6.1.5.5.7.3.1' }],
        }),
      ]),
      user([]),
    ]);
    expect(serverOnly.status).toBe('fail');
    expect(serverOnly.summary).toContain('Client Authentication');
  });

  it('reads Windows PowerShell dates "/Date(ms)/" and a single EKU object', async () => {
    const stdout = JSON.stringify({
      ...cert(),
      NotBefore: '/Date(1767225600000)/',
      NotAfter: '/Date(1798761600000)/',
      EnhancedKeyUsage: { FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.2' },
    })
      .replace(/\/Date/g, '\\/Date')
      .replace(/\)\//g, ')\\/');
    const r = await run([connections([connection()]), { probe: 'cert.machine', result: text(stdout) }]);
    expect(r.status).toBe('pass');
  });

  it('is blocked until a usable per-machine connection exists', async () => {
    const r = await runStep(vpnCertificateStep, { previous: [settled('vpn-profile', 'fail')] });
    expect(r.status).toBe('blocked');
    expect(r.evidence).toEqual([]);
  });

  it('is blocked when the chosen connection name does not exist', async () => {
    const r = await run([connections([connection()])], { vpn: 'Fabrikam VPN' });
    expect(r.status).toBe('blocked');
    expect(r.summary).toContain('Fabrikam VPN');
  });

  it('names the certificate store probe that was not recorded', async () => {
    const r = await run([connections([connection()])]);
    expect(r.status).toBe('error');
    expect(r.summary).toContain('cert.machine');
  });
});
