/**
 * Issue 16a through the steps: the kind of VPN is decided from what Windows records, and the steps
 * that follow adapt (no rasdial for an Always On tunnel or a third-party client). Without `vpn.kind`
 * (every older recording) each step decides exactly as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vpnKindStep } from '../../../../../common/engine/steps/vpn-kind.js';
import { vpnClientPrelogonStep } from '../../../../../common/engine/steps/vpn-client-prelogon.js';
import { vpnProfileStep } from '../../../../../common/engine/steps/vpn-profile.js';
import { vpnCertificateStep } from '../../../../../common/engine/steps/vpn-certificate.js';
import { vpnConnectStep } from '../../../../../common/engine/steps/vpn-connect.js';
import { vpnDisconnectStep } from '../../../../../common/engine/steps/vpn-disconnect.js';
import { logonVpnIconStep } from '../../../../../common/engine/steps/logon-vpn-icon.js';
import { json, runStep, settled, type Entry } from './harness.js';
import { REPO_ROOT } from '../../../../paths.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'vpn-kind', name), 'utf8'));
const kindRead = (name: string): Entry => ({ probe: 'vpn.kind', result: json(fixture(name)) });
const connections = (list: Record<string, unknown>[]): Entry => ({
  probe: 'vpn.connections',
  result: json(list),
});
const deviceTunnel = {
  Name: 'Contoso Device Tunnel',
  AllUserConnection: true,
  TunnelType: 'Ikev2',
  AuthenticationMethod: ['MachineCertificate'],
};
const manual = {
  Name: 'Contoso VPN',
  AllUserConnection: true,
  TunnelType: 'Ikev2',
  AuthenticationMethod: ['Eap'],
};

async function kindOf(name: string, list: Record<string, unknown>[] = [], vpnConnection?: string) {
  return runStep(vpnKindStep, {
    probes: [kindRead(name), connections(list)],
    ...(vpnConnection ? { inputs: { vpnConnection } } : {}),
  });
}

describe('vpn-kind', () => {
  it.each([
    [
      'aovpn-device-tunnel.json',
      [deviceTunnel],
      'pass',
      'built-in-auto',
      /Always On device tunnel, "Contoso Device Tunnel"/,
    ],
    ['globalprotect-prelogon.json', [], 'pass', 'third-party', /Palo Alto Networks GlobalProtect 6\.2\.4/],
    ['forticlient-no-prelogon.json', [], 'pass', 'third-party', /Fortinet FortiClient/],
    ['anyconnect-sbl.json', [], 'pass', 'third-party', /Cisco Secure Client \(AnyConnect\) 5\.1\.2\.42/],
    ['pulse-machine.json', [], 'pass', 'third-party', /Ivanti Secure Access/],
    ['nothing.json', [manual], 'pass', 'built-in-manual', /dialled by hand with rasdial/],
    ['nothing.json', [], 'fail', 'none', /No VPN found/],
  ])('%s with %j → %s (%s)', async (file, list, status, kind, summary) => {
    const result = await kindOf(file, list);
    expect(result.status).toBe(status);
    expect(result.details.kind).toBe(kind);
    expect(result.summary).toMatch(summary);
  });

  it('warns about an Always On user tunnel alone: it connects only after sign-in', async () => {
    const read = {
      ...(fixture('nothing.json') as object),
      AutoTrigger: { UserTunnel: 'Contoso AOVPN User', DeviceTunnel: null },
    };
    const result = await runStep(vpnKindStep, {
      probes: [{ probe: 'vpn.kind', result: json(read) }, connections([])],
    });
    expect(result.status).toBe('warn');
    expect(result.details).toMatchObject({ kind: 'built-in-auto', tunnel: 'user' });
  });

  it('follows the connection the technician named, and lists the other VPNs it saw', async () => {
    const read = { ...(fixture('globalprotect-prelogon.json') as object) };
    const result = await runStep(vpnKindStep, {
      probes: [{ probe: 'vpn.kind', result: json(read) }, connections([manual])],
      inputs: { vpnConnection: 'contoso vpn' },
    });
    expect(result.details).toMatchObject({ kind: 'built-in-manual', connection: 'contoso vpn' });
    expect(result.summary).toMatch(/Also on this device: Palo Alto Networks GlobalProtect/);
  });

  it('skips without deciding when the recording has no vpn.kind (older recordings)', async () => {
    const result = await runStep(vpnKindStep, { probes: [connections([manual])] });
    expect(result.status).toBe('skip');
    expect(result.details).toEqual({ kind: null, reason: 'not-recorded' });
  });

  it('is an error, not a guess, when vpn.kind prints something else', async () => {
    const result = await runStep(vpnKindStep, {
      probes: [{ probe: 'vpn.kind', result: json({ AutoTrigger: 'nope' }) }, connections([])],
    });
    expect(result.status).toBe('error');
  });
});

async function kindResult(file: string, list: Record<string, unknown>[] = []) {
  return kindOf(file, list);
}

describe('vpn-client-prelogon', () => {
  it.each([
    ['globalprotect-prelogon.json', 'pass', /Prelogon = 1/],
    ['anyconnect-sbl.json', 'pass', /UseStartBeforeLogon>true .* Start Before Login module is installed/],
    ['pulse-machine.json', 'pass', /connection-identity "machine"/],
    ['forticlient-no-prelogon.json', 'fail', /show_vpn_before_logon = 0/],
  ])('%s → %s', async (file, status, summary) => {
    const kind = await kindResult(file);
    const result = await runStep(vpnClientPrelogonStep, { previous: [kind] });
    expect(result.status).toBe(status);
    expect(result.summary).toMatch(summary);
    if (status === 'fail') expect(result.remediation.join(' ')).toMatch(/show_vpn_before_logon>1/);
  });

  it('fails AnyConnect with SBL in the profile but no SBL module installed', async () => {
    const read = fixture('anyconnect-sbl.json') as { Programs: { DisplayName: string }[] };
    read.Programs = read.Programs.filter((p) => !/Start Before/.test(p.DisplayName));
    const kind = await runStep(vpnKindStep, {
      probes: [{ probe: 'vpn.kind', result: json(read) }, connections([])],
    });
    const result = await runStep(vpnClientPrelogonStep, { previous: [kind] });
    expect(result.status).toBe('fail');
    expect(result.summary).toMatch(/module is not installed/);
  });

  it('warns when FortiClient keeps its setting elsewhere (EMS): unknown is never a pass', async () => {
    const read = { ...(fixture('forticlient-no-prelogon.json') as object), Settings: [] };
    const kind = await runStep(vpnKindStep, {
      probes: [{ probe: 'vpn.kind', result: json(read) }, connections([])],
    });
    const result = await runStep(vpnClientPrelogonStep, { previous: [kind] });
    expect(result.status).toBe('warn');
  });

  it('skips for a built-in connection', async () => {
    const kind = await kindResult('aovpn-device-tunnel.json', [deviceTunnel]);
    expect((await runStep(vpnClientPrelogonStep, { previous: [kind] })).status).toBe('skip');
  });
});

const statusRead = (over: Record<string, unknown>, args: Record<string, unknown>): Entry => ({
  probe: 'vpn.status',
  args: args as Entry['args'],
  result: json({ WaitedSeconds: 0, Connections: [], Adapters: [], ...over }),
});

describe('the steps that adapt to the kind', () => {
  it('a third-party client needs no Windows VPN connection or certificate', async () => {
    const kind = await kindResult('globalprotect-prelogon.json');
    const profile = await runStep(vpnProfileStep, { previous: [kind], probes: [connections([])] });
    expect(profile.status).toBe('skip');
    const cert = await runStep(vpnCertificateStep, { previous: [kind, profile] });
    expect(cert.status).toBe('skip');
  });

  /** vpn-connect on the AOVPN device whose tunnel the bounded wait reads `waited` s and `status`. */
  async function alwaysOnConnect(waited: number, status: string) {
    const kind = await kindResult('aovpn-device-tunnel.json', [deviceTunnel]);
    const profile = settled('vpn-profile', 'pass', { usable: ['Contoso Device Tunnel'] });
    return runStep(vpnConnectStep, {
      previous: [kind, profile],
      probes: [
        statusRead(
          {
            WaitedSeconds: waited,
            Connections: [{ Name: 'Contoso Device Tunnel', ConnectionStatus: status }],
          },
          { name: 'Contoso Device Tunnel', waitSeconds: 60 },
        ),
      ],
    });
  }

  it('an Always On tunnel that is up passes vpn-connect without rasdial', async () => {
    const result = await alwaysOnConnect(8, 'Connected');
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/connected by itself after 8 s/);
    expect(result.evidence.map((e) => e.probe)).toEqual(['vpn.status']);
    expect(result.details).toMatchObject({ connection: 'Contoso Device Tunnel', connectedBy: 'itself' });
  });

  it('an Always On tunnel still down after the wait fails with what to look at', async () => {
    const result = await alwaysOnConnect(60, 'Disconnected');
    expect(result.status).toBe('fail');
    expect(result.remediation.join(' ')).toMatch(/20227/);
  });

  it('a third-party tunnel that is up passes vpn-connect and names its adapter for the route check', async () => {
    const kind = await kindResult('globalprotect-prelogon.json');
    const result = await runStep(vpnConnectStep, {
      previous: [kind],
      probes: [
        statusRead(
          {
            Adapters: [
              {
                Name: 'Ethernet',
                InterfaceDescription: 'Intel(R) Ethernet Connection',
                Status: 'Up',
                InterfaceType: 6,
              },
              {
                Name: 'Ethernet 3',
                InterfaceDescription: 'PANGP Virtual Ethernet Adapter Secure',
                Status: 'Up',
                InterfaceType: 6,
              },
            ],
          },
          { waitSeconds: 0 },
        ),
      ],
    });
    expect(result.status).toBe('pass');
    expect(result.details).toMatchObject({ connection: 'Ethernet 3', connectedBy: 'client' });
  });

  it('with no third-party tunnel up, vpn-connect waits for the technician to connect with the client', async () => {
    const kind = await kindResult('forticlient-no-prelogon.json');
    const result = await runStep(vpnConnectStep, {
      previous: [kind],
      probes: [
        statusRead(
          {
            Adapters: [
              { Name: 'Wi-Fi', InterfaceDescription: 'Intel(R) Wi-Fi 6', Status: 'Up', InterfaceType: 71 },
            ],
          },
          { waitSeconds: 0 },
        ),
      ],
    });
    expect(result.status).toBe('manual');
    expect(result.summary).toMatch(/connect with Fortinet FortiClient, then run this step again/);
  });

  it.each(['aovpn-device-tunnel.json', 'globalprotect-prelogon.json'])(
    'vpn-disconnect (rasdial) does not apply to %s',
    async (file) => {
      const kind = await kindResult(file, [deviceTunnel]);
      const connect = settled('vpn-connect', 'pass', { connection: 'x' });
      expect((await runStep(vpnDisconnectStep, { previous: [kind, connect] })).status).toBe('skip');
    },
  );

  it('no RasClient event before a sign-in is no contradiction with a third-party client', async () => {
    const signIn = {
      Since: '2026-11-24T06:00:00Z',
      Events: [
        {
          Log: 'Security',
          Id: 4624,
          Time: '2026-11-24T08:11:00Z',
          Level: 0,
          Data: ['S-1-5-18', 'PC$', 'CORP', '0x3e7', 'S-1-5-21-1-2-3-1104', 'alice', 'CORP', '0x1', '2'],
        },
      ],
      Unreadable: [],
    };
    const events: Entry[] = [
      { probe: 'events.vpn', result: json({ Since: signIn.Since, Events: [], Unreadable: [] }) },
      { probe: 'events.join', result: json(signIn) },
    ];
    const confirmations = { 'logon-vpn-icon': { result: 'pass' as const, note: '' } };
    const builtIn = await runStep(logonVpnIconStep, { probes: events, confirmations });
    expect(builtIn.status).toBe('warn');
    const kind = await kindResult('globalprotect-prelogon.json');
    const thirdParty = await runStep(logonVpnIconStep, { probes: events, confirmations, previous: [kind] });
    expect(thirdParty.status).toBe('pass');
    expect(thirdParty.details.eventEvidence).toBe('unknown');
    expect(thirdParty.summary).toMatch(/third-party client, which writes no RasClient events/);
  });
});
