/**
 * Issue 16a through the steps: vpn-kind decides the kind, vpn-client-prelogon judges a client's
 * pre-logon setting, and the rasdial steps give way for the kinds that are not dialled by hand.
 * Without a vpn-kind result (older recordings), every step decides as it did before.
 */
import { describe, expect, it } from 'vitest';
import { vpnKindStep } from '../../../../../common/engine/steps/vpn-kind.js';
import { vpnClientPrelogonStep } from '../../../../../common/engine/steps/vpn-client-prelogon.js';
import { vpnConnectStep } from '../../../../../common/engine/steps/vpn-connect.js';
import { vpnDisconnectStep } from '../../../../../common/engine/steps/vpn-disconnect.js';
import { vpnProfileStep } from '../../../../../common/engine/steps/vpn-profile.js';
import { vpnCertificateStep } from '../../../../../common/engine/steps/vpn-certificate.js';
import { logonVpnIconStep } from '../../../../../common/engine/steps/logon-vpn-icon.js';
import { json, runStep, settled, type Entry } from './harness.js';

const kindRead = (facts: Record<string, unknown>): Entry => ({
  probe: 'vpn.kind',
  result: json({
    AutoTrigger: { UserTunnel: null, DeviceTunnel: null },
    MdmProfiles: [],
    Programs: [],
    Services: [],
    Settings: [],
    Unreadable: [],
    ...facts,
  }),
});
const connections = (list: unknown[]): Entry => ({ probe: 'vpn.connections', result: json(list) });
const ikev2 = (name: string) => ({
  Name: name,
  AllUserConnection: true,
  TunnelType: 'Ikev2',
  ConnectionStatus: 'Disconnected',
});

const auto = settled('vpn-kind', 'pass', {
  kind: 'built-in-auto',
  connection: 'AOVPN Device',
  tunnel: 'device',
  client: null,
});
const fortiClient = {
  id: 'forticlient',
  name: 'Fortinet FortiClient',
  version: '7.2.4',
  services: ['FA_Scheduler'],
  prelogon: 'disabled',
  prelogonEvidence: 'show_vpn_before_logon = 0 in Sslvpn.',
};
const thirdParty = (client: Record<string, unknown> = fortiClient) =>
  settled('vpn-kind', 'pass', { kind: 'third-party', connection: null, tunnel: null, client });
const profileOk = settled('vpn-profile', 'pass', { connections: ['AOVPN Device'] });

describe('vpn-kind', () => {
  it('skips, saying the procedure is followed as written, when the recording has no vpn.kind', async () => {
    const result = await runStep(vpnKindStep, { probes: [connections([ikev2('Contoso VPN')])] });
    expect(result.status).toBe('skip');
    expect(result.details).toMatchObject({ kind: null, reason: 'not-recorded' });
  });

  it('fails when there is no VPN of any kind', async () => {
    const result = await runStep(vpnKindStep, { probes: [kindRead({}), connections([])] });
    expect(result.status).toBe('fail');
    expect(result.summary).toContain('No VPN found');
    expect(result.remediation.length).toBeGreaterThan(0);
  });

  it('warns for an Always On user tunnel alone: it comes up only after sign-in', async () => {
    const result = await runStep(vpnKindStep, {
      probes: [kindRead({ AutoTrigger: { UserTunnel: 'AOVPN User' } }), connections([])],
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toContain('only after a user signs in');
  });

  it('names the other VPNs it saw beside the one followed', async () => {
    const result = await runStep(vpnKindStep, {
      probes: [
        kindRead({
          AutoTrigger: { DeviceTunnel: 'AOVPN Device' },
          Programs: [{ DisplayName: 'FortiClient VPN', DisplayVersion: '7.2.4' }],
        }),
        connections([ikev2('AOVPN Device')]),
      ],
    });
    expect(result.status).toBe('pass');
    expect(result.summary).toContain('Also on this device: Fortinet FortiClient');
  });
});

describe('vpn-client-prelogon', () => {
  it.each([
    ['enabled', 'pass'],
    ['disabled', 'fail'],
    ['unknown', 'warn'],
  ] as const)(
    'a client whose pre-logon is %s: %s, with how to enable it unless it passes',
    async (prelogon, status) => {
      const result = await runStep(vpnClientPrelogonStep, {
        previous: [thirdParty({ ...fortiClient, prelogon })],
      });
      expect(result.status).toBe(status);
      expect(result.details).toMatchObject({ client: 'forticlient', prelogon });
      if (status === 'pass') expect(result.remediation).toEqual([]);
      else expect(result.remediation.join(' ')).toContain('show_vpn_before_logon');
    },
  );

  it('skips for a built-in VPN and when the kind is unknown', async () => {
    expect((await runStep(vpnClientPrelogonStep, { previous: [auto] })).summary).toContain('built-in');
    expect(
      (await runStep(vpnClientPrelogonStep, { previous: [settled('vpn-kind', 'skip', { kind: null })] }))
        .status,
    ).toBe('skip');
  });
});

describe('the rasdial steps for an Always On connection', () => {
  const status = (connected: boolean, waited: number): Entry => ({
    probe: 'vpn.status',
    args: { name: 'AOVPN Device', waitSeconds: 60 },
    result: json({
      WaitedSeconds: waited,
      Connections: [{ Name: 'AOVPN Device', ConnectionStatus: connected ? 'Connected' : 'Disconnected' }],
      Adapters: [],
    }),
  });

  it('passes without rasdial when it came up by itself within the wait', async () => {
    const result = await runStep(vpnConnectStep, { previous: [auto, profileOk], probes: [status(true, 14)] });
    expect(result.status).toBe('pass');
    expect(result.summary).toContain('after 14 s');
    expect(result.details).toMatchObject({ connection: 'AOVPN Device', connectedBy: 'itself' });
    expect(result.evidence.map((e) => e.probe)).toEqual(['vpn.status']);
  });

  it('fails with what to look at when it did not come up within the wait', async () => {
    const result = await runStep(vpnConnectStep, {
      previous: [auto, profileOk],
      probes: [status(false, 60)],
    });
    expect(result.status).toBe('fail');
    expect(result.remediation.join(' ')).toContain('20227');
  });

  it('waits for vpn-profile when the connection is not there for all users', async () => {
    const result = await runStep(vpnConnectStep, {
      previous: [auto, settled('vpn-profile', 'fail')],
      probes: [status(true, 0)],
    });
    expect(result.status).toBe('blocked');
  });

  it('skips the disconnect: an Always On tunnel is meant to stay up', async () => {
    const result = await runStep(vpnDisconnectStep, {
      previous: [auto, settled('vpn-connect', 'pass', { connection: 'AOVPN Device' })],
    });
    expect(result.status).toBe('skip');
    expect(result.evidence).toEqual([]);
  });
});

describe('the VPN steps for a third-party client', () => {
  const adapters = (list: unknown[]): Entry => ({
    probe: 'vpn.status',
    args: { waitSeconds: 0 },
    result: json({ WaitedSeconds: 0, Connections: [], Adapters: list }),
  });

  it('passes vpn-connect when the client adapter is up', async () => {
    const result = await runStep(vpnConnectStep, {
      previous: [thirdParty()],
      probes: [
        adapters([
          {
            Name: 'Ethernet 2',
            InterfaceDescription: 'Fortinet SSL VPN Virtual Ethernet Adapter',
            Status: 'Up',
          },
        ]),
      ],
    });
    expect(result.status).toBe('pass');
    expect(result.details).toMatchObject({ connection: 'Ethernet 2', connectedBy: 'client' });
  });

  it('asks the technician to connect with the client when no client adapter is up', async () => {
    const result = await runStep(vpnConnectStep, {
      previous: [thirdParty()],
      probes: [
        adapters([
          { Name: 'Ethernet', InterfaceDescription: 'Intel(R) Ethernet Connection I219-LM', Status: 'Up' },
        ]),
      ],
    });
    expect(result.status).toBe('manual');
    expect(result.summary).toContain('connect with Fortinet FortiClient');
  });

  it.each([
    ['vpn-profile', vpnProfileStep],
    ['vpn-certificate', vpnCertificateStep],
    ['vpn-disconnect', vpnDisconnectStep],
  ] as const)('%s does not apply and reads nothing', async (_id, step) => {
    const result = await runStep(step, { previous: [thirdParty()] });
    expect(result.status).toBe('skip');
    expect(result.summary).toContain('Does not apply');
    expect(result.evidence).toEqual([]);
  });

  it('logon-vpn-icon does not call the missing RasClient events a contradiction', async () => {
    const since = { Since: '2026-11-24T07:52:10Z', Unreadable: [] };
    const signIn = {
      Log: 'Security',
      Id: 4624,
      Time: '2026-11-24T08:11:03Z',
      Level: 0,
      Data: [
        'S-1-5-18',
        'PC$',
        'CORP',
        '999',
        'S-1-5-21-1-2-3-1013',
        'ben',
        'CORP',
        '1',
        '2',
        'User32 ',
        'Negotiate',
        'PC',
      ],
    };
    const probes: Entry[] = [
      { probe: 'events.vpn', result: json({ ...since, Events: [] }) },
      { probe: 'events.join', result: json({ ...since, Events: [signIn] }) },
    ];
    const confirmations = { 'logon-vpn-icon': { result: 'pass' as const, note: 'FortiClient tile shown' } };
    const client = await runStep(logonVpnIconStep, { previous: [thirdParty()], probes, confirmations });
    expect(client.status).toBe('pass');
    expect(client.details).toMatchObject({ eventEvidence: 'unknown' });
    expect(client.summary).toContain('third-party client');
    const builtIn = await runStep(logonVpnIconStep, { previous: [auto], probes, confirmations });
    expect(builtIn.status).toBe('warn');
  });
});
