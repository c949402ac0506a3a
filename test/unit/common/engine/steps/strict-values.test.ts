/**
 * Issue 14: a value that is not what the contract says makes the step `error` ("not understood",
 * with the raw value), never a generous reading that passes. One table per class the adversarial
 * trial found; each row once made its step pass.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINTS } from '../../../../../common/engine/endpoints.js';
import { networkEndpointsStep } from '../../../../../common/engine/steps/network-endpoints.js';
import { offnetworkSigninStep } from '../../../../../common/engine/steps/offnetwork-signin.js';
import { osBuildStep } from '../../../../../common/engine/steps/os-build.js';
import { proxyStep } from '../../../../../common/engine/steps/proxy.js';
import { updateInstallStep } from '../../../../../common/engine/steps/update-install.js';
import { vpnCertificateStep } from '../../../../../common/engine/steps/vpn-certificate.js';
import { vpnConnectStep } from '../../../../../common/engine/steps/vpn-connect.js';
import { vpnDisconnectStep } from '../../../../../common/engine/steps/vpn-disconnect.js';
import { json, runStep, settled, text } from './harness.js';

const signedIn = (session: Record<string, unknown>) =>
  runStep(offnetworkSigninStep, {
    confirmations: { 'offnetwork-signin': { result: 'pass', note: 'hotspot' } },
    probes: [
      {
        probe: 'logon.session',
        result: json({
          LogonServer: '\\\\DC01',
          UserDnsDomain: 'CORP.CONTOSO.COM',
          Upn: 'ben@contoso.com',
          ComputerName: 'PC01',
          LogonType: 2,
          ...session,
        }),
      },
    ],
  });

describe('offnetwork-signin reads LogonType only as the contract number', () => {
  it.each([['CachedInteractive'], ['11'], ['garbage'], [11.5], [-2], [true], [[11]]])(
    'LogonType %j is not understood',
    async (LogonType) => {
      const r = await signedIn({ LogonType });
      expect(r.status).toBe('error');
      expect(r.summary).toContain('not understood');
      expect(r.summary).toContain(JSON.stringify(LogonType));
    },
  );

  it('fails when the logon server is the computer itself, written as its DNS name (a local account)', async () => {
    for (const LogonServer of ['\\\\PC01.corp.contoso.com', '\\\\pc01', 'PC01.CORP.CONTOSO.COM']) {
      expect((await signedIn({ LogonServer })).status, LogonServer).toBe('fail');
    }
    expect((await signedIn({ ComputerName: 'PC01.corp.contoso.com', LogonServer: '\\\\PC01' })).status).toBe(
      'fail',
    );
  });

  it('still passes a domain sign-in (logon type 2 by DC01)', async () => {
    expect((await signedIn({})).status).toBe('pass');
  });
});

describe('exit codes outside 32 bits are not understood, never wrapped into a known code', () => {
  const PACKAGE = 'D:\\kb.msu';
  const install = (exitCode: number) =>
    runStep(updateInstallStep, {
      inputs: { updatePackage: PACKAGE },
      probes: [{ probe: 'update.install', args: { path: PACKAGE }, result: text('', exitCode) }],
    });

  it.each([
    ['2^32 + 3010', 2 ** 32 + 3010],
    ['2^32 + 0x240006', 2 ** 32 + 0x240006],
    ['-2^32 + 3010', -(2 ** 32) + 3010],
    ['2^33 (wraps to 0)', 2 ** 33],
    ['a fraction', 3010.5],
    ['below signed 32 bits', -(2 ** 31) - 1],
  ])('update-install with %s is an error', async (_label, code) => {
    const r = await install(code);
    expect(r.status).toBe('error');
    expect(r.summary).toContain('not understood');
  });

  it('still reads both 32-bit forms of 0x80240017 (contract)', async () => {
    expect((await install(-2145124329)).status).toBe('fail');
    expect((await install(2149842967)).status).toBe('fail');
    expect((await install(2 ** 32 - 1)).status).toBe('fail');
  });

  it('vpn-connect with 2^32 (wraps to 0, "connected") is an error', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [settled('vpn-profile', 'pass', { usable: ['Contoso VPN'] })],
      inputs: { vpnConnection: 'Contoso VPN' },
      probes: [{ probe: 'vpn.connect', args: { name: 'Contoso VPN' }, result: text('', 2 ** 32) }],
    });
    expect(r.status).toBe('error');
  });

  it('vpn-disconnect unwraps an HRESULT-wrapped RAS code (0x80070329 is RAS 809)', async () => {
    const r = await runStep(vpnDisconnectStep, {
      previous: [settled('vpn-connect', 'pass', { errorCode: 0, connection: 'Contoso VPN' })],
      probes: [{ probe: 'vpn.disconnect', args: { name: 'Contoso VPN' }, result: text('', -2147024087) }],
    });
    expect(r.status).toBe('fail');
    expect(r.details.errorCode).toBe(809);
  });
});

describe('os-build reads builds only as decimal numbers', () => {
  const os = (CurrentBuild: unknown, UBR: unknown = 1) =>
    runStep(osBuildStep, {
      probes: [
        {
          probe: 'os.version',
          result: json({ ProductName: 'Windows 10', CurrentBuild, UBR, DisplayVersion: null }),
        },
      ],
    });

  it.each([['0x4A61'], ['1.9041e4'], ['19041.0'], ['Infinity'], ['nineteen'], [19041.5], [-19041]])(
    'CurrentBuild %j is not understood',
    async (build) => {
      const r = await os(build);
      expect(r.status).toBe('error');
      expect(r.summary).toContain('not understood');
    },
  );

  it.each([['0x217'], ['5.35e2'], [535.5]])('UBR %j on 18363 is not understood', async (ubr) => {
    expect((await os('18363', ubr)).status).toBe('error');
  });

  it('reads decimal strings and numbers', async () => {
    expect((await os('19045', 5247)).status).toBe('pass');
    expect((await os(18363, '535')).status).toBe('pass');
  });
});

describe('vpn-certificate trusts OIDs and ISO-8601 dates only', () => {
  const cert = (overrides: Record<string, unknown>) => ({
    Subject: 'CN=PC01',
    Issuer: 'CN=CA',
    Thumbprint: 'AB12',
    NotBefore: '2026-01-01T00:00:00Z',
    NotAfter: '2027-01-01T00:00:00Z',
    HasPrivateKey: true,
    EnhancedKeyUsage: [{ FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.2' }],
    ...overrides,
  });
  const connection = {
    Name: 'Contoso VPN',
    ServerAddress: 'vpn.contoso.com',
    AllUserConnection: true,
    TunnelType: 'Ikev2',
    AuthenticationMethod: ['MachineCertificate'],
    PluginApplicationID: null,
    EapConfigXml: null,
  };
  const run = (overrides: Record<string, unknown>) =>
    runStep(vpnCertificateStep, {
      previous: [settled('vpn-profile', 'pass', { usable: ['Contoso VPN'] })],
      inputs: { vpnConnection: 'Contoso VPN' },
      probes: [
        { probe: 'vpn.connections', result: json([connection]) },
        { probe: 'cert.machine', result: json([cert(overrides)]) },
        { probe: 'cert.user', result: json([]) },
      ],
    });

  it.each([
    ['NotBefore "0"', { NotBefore: '0' }],
    ['NotAfter "99999"', { NotAfter: '99999' }],
    ['NotAfter "Dec 2027"', { NotAfter: 'Dec 2027' }],
    ['NotAfter "2027-13-45"', { NotAfter: '2027-13-45' }],
    [
      'a Server Authentication OID named "Client Authentication"',
      { EnhancedKeyUsage: [{ FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.1' }] },
    ],
  ])('%s does not make a usable certificate', async (_label, overrides) => {
    const r = await run(overrides);
    expect(r.status).toBe('fail');
  });

  it('still passes a real one', async () => {
    expect((await run({})).status).toBe('pass');
  });
});

describe('proxy: netsh text that says both "direct" and a proxy is not understood', () => {
  it.each([
    [
      'Current WinHTTP proxy settings:\r\n\r\n    Direct access (no proxy server).\r\n    Proxy Server(s) :  proxy.contoso.com:8080\r\n    Bypass List     :  (none)\r\n',
    ],
    [
      'Current WinHTTP proxy settings:\r\n\r\n    Proxy Server(s) :  10.0.0.5:3128\r\n    Bypass List     :  Direct access (no proxy server)\r\n',
    ],
  ])('%j is an error', async (stdout) => {
    const r = await runStep(proxyStep, { probes: [{ probe: 'proxy.winhttp', result: text(stdout) }] });
    expect(r.status).toBe('error');
  });
});

describe('network-endpoints: an answer for another host or port is not understood', () => {
  it.each([
    ['another host', { host: 'attacker.example', port: 443 }],
    ['another port', { host: 'ztd.dds.microsoft.com', port: 80 }],
  ])('%s is an error', async (_label, answer) => {
    const r = await runStep(networkEndpointsStep, {
      probes: DEFAULT_ENDPOINTS.map((e) => ({
        probe: 'net.tcp',
        args: { host: e.host, port: e.port },
        result: json(
          e.host === 'ztd.dds.microsoft.com'
            ? { ...answer, reachable: true, error: null }
            : { host: e.host, port: e.port, reachable: true, error: null },
        ),
      })),
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('ztd.dds.microsoft.com');
  });
});
