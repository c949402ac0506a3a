/**
 * Issue 16b through the steps: dc-over-vpn proves the route and the ports, and the logon-screen and
 * sign-in steps show the device's events beside the technician's answer. Every case without the new
 * probes decides exactly as the v1 step did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcOverVpnStep } from '../../../../../common/engine/steps/dc-over-vpn.js';
import { logonVpnIconStep } from '../../../../../common/engine/steps/logon-vpn-icon.js';
import { offnetworkSigninStep } from '../../../../../common/engine/steps/offnetwork-signin.js';
import { json, native, runStep, settled, text, type Entry } from './harness.js';
import { EVENT_FIXTURES } from '../../../../paths.js';

const connected = settled('vpn-connect', 'pass', { errorCode: 0, connection: 'Contoso VPN' });
const ADDRESS = '10.20.0.10';
const dcFound: Entry = {
  probe: 'dc.locate',
  args: { domain: 'corp.contoso.com' },
  result: text(native('nltest/found.txt')),
};
const routeVia = (over: Record<string, unknown>): Entry => ({
  probe: 'net.route',
  args: { address: ADDRESS },
  result: json({
    Address: ADDRESS,
    Found: true,
    InterfaceIndex: 31,
    InterfaceAlias: 'Contoso VPN',
    InterfaceType: 23,
    InterfaceDescription: 'Contoso VPN',
    NextHop: '0.0.0.0',
    DestinationPrefix: '10.20.0.0/16',
    SourceAddress: '10.99.0.14',
    ...over,
  }),
});
const ports = (ldap: string, kerberos: string): Entry => ({
  probe: 'dc.ports',
  args: { address: ADDRESS },
  result: json({
    Address: ADDRESS,
    Ports: [
      { Port: 389, State: ldap, SocketError: ldap === 'refused' ? 10061 : null, ElapsedMs: 20 },
      { Port: 88, State: kerberos, SocketError: null, ElapsedMs: kerberos === 'timeout' ? 5000 : 18 },
    ],
  }),
});
const dc = (probes: Entry[]) =>
  runStep(dcOverVpnStep, { previous: [connected], inputs: { domain: 'corp.contoso.com' }, probes });

describe('dc-over-vpn with the route and the ports', () => {
  it('keeps its v1 verdict and details when the recording has neither probe', async () => {
    const r = await dc([dcFound]);
    expect(r.status).toBe('pass');
    expect(r.details).toEqual({ domain: 'corp.contoso.com', dc: 'DC01.corp.contoso.com', address: ADDRESS });
  });

  it('passes when the route uses the VPN (PPP) and LDAP and Kerberos answer', async () => {
    const r = await dc([dcFound, routeVia({}), ports('connected', 'connected')]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('through the VPN (Contoso VPN (ifType 23, next hop 0.0.0.0))');
    expect(r.details).toMatchObject({
      routeVia: 'vpn',
      routeDecidedBy: 'ppp-interface',
      dcPorts: { '389': 'connected', '88': 'connected' },
    });
  });

  it('warns, not passes, when the DC is found over the LAN while the VPN is up', async () => {
    const r = await dc([
      dcFound,
      routeVia({ InterfaceAlias: 'Ethernet', InterfaceType: 6, InterfaceIndex: 12, NextHop: '192.168.1.1' }),
      ports('connected', 'connected'),
    ]);
    expect(r.status).toBe('warn');
    expect(r.summary).toMatch(/through Ethernet \(ifType 6, next hop 192\.168\.1\.1\), not the VPN/);
    expect(r.details).toMatchObject({ routeVia: 'lan' });
    expect(r.remediation.join(' ')).toMatch(/split tunnelling/);
  });

  it('warns when Windows has no route to the DC at all', async () => {
    const r = await dc([dcFound, routeVia({ Found: false, InterfaceIndex: null, InterfaceType: null })]);
    expect(r.status).toBe('warn');
    expect(r.summary).toMatch(/no route to 10\.20\.0\.10/);
  });

  it.each([
    ['refused', 'connected', 'LDAP (TCP 389) refused the connection', 'Allow TCP 389 '],
    ['connected', 'timeout', 'Kerberos (TCP 88) did not answer (timed out)', 'Allow TCP 88 '],
    [
      'timeout',
      'refused',
      'LDAP (TCP 389) did not answer (timed out); Kerberos (TCP 88) refused',
      'Allow TCP 389 and 88 ',
    ],
  ])('fails naming the port when 389 is %s and 88 is %s', async (ldap, kerberos, said, fix) => {
    const r = await dc([dcFound, routeVia({}), ports(ldap, kerberos)]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain(said);
    expect(r.remediation[0]).toContain(fix);
  });

  it('fails on a closed port even when the route is over the LAN (the worse finding wins)', async () => {
    const r = await dc([
      dcFound,
      routeVia({ InterfaceType: 6, InterfaceAlias: 'Ethernet' }),
      ports('refused', 'connected'),
    ]);
    expect(r.status).toBe('fail');
  });

  it('is an error, not a guess, when net.route prints something else', async () => {
    const r = await dc([
      dcFound,
      { probe: 'net.route', args: { address: ADDRESS }, result: text('Route not found') },
    ]);
    expect(r.status).toBe('error');
  });
});

const events = (name: string): string => readFileSync(join(EVENT_FIXTURES, name), 'utf8');
const vpnEvents = (stdout: string): Entry => ({ probe: 'events.vpn', args: {}, result: text(stdout) });
const joinEvents = (stdout: string): Entry => ({ probe: 'events.join', args: {}, result: text(stdout) });
const story = (vpn: object[], join: object[], unreadable: string[] = []) => [
  vpnEvents(JSON.stringify({ Since: '2026-11-24T07:00:00Z', Events: vpn, Unreadable: [] })),
  joinEvents(
    JSON.stringify({
      Since: '2026-11-24T07:00:00Z',
      Events: join,
      Unreadable: unreadable.map((Log) => ({ Log, ErrorId: 'UnauthorizedAccess' })),
    }),
  ),
];
const connectedAt = (time: string) => ({
  Log: 'Application',
  Id: 20225,
  Time: time,
  Level: 4,
  Data: ['{1}', 'SYSTEM', 'Contoso VPN', ' TunnelIpAddress = 10.99.0.14'],
});
const signInAt = (time: string, type: string) => ({
  Log: 'Security',
  Id: 4624,
  Time: time,
  Level: 0,
  Data: ['S-1-5-18', 'PC$', 'CORP', '999', 'S-1-5-21-1-2-3-1104', 'new.user', 'CORP', '1', type],
});
const seen = { result: 'pass' as const, note: '' };

describe('logon-vpn-icon with the device events', () => {
  it('stays manual and shows the timeline before the technician answers', async () => {
    const r = await runStep(logonVpnIconStep, {
      probes: story([connectedAt('2026-11-24T08:01:00Z')], [signInAt('2026-11-24T08:02:00Z', '2')]),
    });
    expect(r.status).toBe('manual');
    expect(r.summary).toMatch(/The device's events agree/);
    expect(r.details).toMatchObject({ eventEvidence: 'supports' });
    expect((r.details.timeline as { entries: unknown[] }).entries).toHaveLength(2);
  });

  it('passes when the technician saw the icon and the VPN connected before the sign-in', async () => {
    const r = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': seen },
      probes: story([connectedAt('2026-11-24T08:01:00Z')], [signInAt('2026-11-24T08:02:00Z', '2')]),
    });
    expect(r.status).toBe('pass');
  });

  it('warns when the events show no VPN before the sign-in', async () => {
    const r = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': seen },
      probes: story([connectedAt('2026-11-24T08:09:00Z')], [signInAt('2026-11-24T08:02:00Z', '2')]),
    });
    expect(r.status).toBe('warn');
    expect(r.summary).toBe(
      "The technician saw the VPN icon on the logon screen, but the device's events say no VPN connection was up before the last sign-in (2026-11-24 08:02 UTC).",
    );
    expect(r.details).toMatchObject({ contradiction: 'no-vpn-before-sign-in' });
  });

  it('keeps a "did not see it" a fail whatever the events say', async () => {
    const r = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': { result: 'fail', note: '' } },
      probes: story([connectedAt('2026-11-24T08:01:00Z')], [signInAt('2026-11-24T08:02:00Z', '2')]),
    });
    expect(r.status).toBe('fail');
  });

  it('decides as v1 when the recording has no events (pass, details only the note)', async () => {
    const r = await runStep(logonVpnIconStep, { confirmations: { 'logon-vpn-icon': seen } });
    expect(r.status).toBe('pass');
    expect(r.details).toEqual({ note: '' });
  });

  it('passes with the Security log unreadable, and says the events neither confirm nor contradict', async () => {
    const r = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': seen },
      probes: story([connectedAt('2026-11-24T08:01:00Z')], [], ['Security']),
    });
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(/Security log needs an administrator/);
  });

  it('reads the published RasClient 20227 sample as a failed VPN on the timeline', async () => {
    const r = await runStep(logonVpnIconStep, {
      probes: [vpnEvents(events('rasclient-20227-809.json')), joinEvents(events('security-4624-type2.json'))],
    });
    const timeline = r.details.timeline as { entries: { eventId: number; codeText: string | null }[] };
    expect(timeline.entries.map((e) => [e.eventId, e.codeText])).toEqual([
      [4624, 'logon type 2'],
      [20227, 'RAS error 809'],
    ]);
  });

  it('names an events probe that failed, without changing the status', async () => {
    const r = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': seen },
      probes: [
        vpnEvents('not json'),
        joinEvents(JSON.stringify({ Since: null, Events: [], Unreadable: [] })),
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.details.eventProblems).toEqual([
      expect.stringMatching(/output of events.vpn was not understood/),
    ]);
  });

  it('asks for the window the technician chose', async () => {
    const since = '2026-11-24T07:45:00Z';
    const r = await runStep(logonVpnIconStep, {
      inputs: { eventsSince: since },
      probes: [
        { probe: 'events.vpn', args: { since }, result: json({ Since: since, Events: [], Unreadable: [] }) },
        { probe: 'events.join', args: { since }, result: json({ Since: since, Events: [], Unreadable: [] }) },
      ],
    });
    expect((r.details.timeline as { since: string }).since).toBe(since);
  });
});

describe('offnetwork-signin with the device events', () => {
  const session = (type: number): Entry => ({
    probe: 'logon.session',
    result: json({
      LogonServer: '\\\\DC01',
      UserDnsDomain: 'CORP.CONTOSO.COM',
      Upn: 'new.user@contoso.com',
      ComputerName: 'PC01',
      LogonType: type,
    }),
  });
  const confirmed = { 'offnetwork-signin': seen };

  it('passes and says the events agree when the VPN connected first', async () => {
    const r = await runStep(offnetworkSigninStep, {
      confirmations: confirmed,
      probes: [
        session(2),
        ...story([connectedAt('2026-11-24T08:01:00Z')], [signInAt('2026-11-24T08:02:00Z', '2')]),
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(
      /authenticated by \\\\DC01\. The device's events agree: the VPN "Contoso VPN" connected/,
    );
  });

  it('warns when the last sign-in in the events was cached, though the session reads interactive', async () => {
    const r = await runStep(offnetworkSigninStep, {
      confirmations: confirmed,
      probes: [
        session(2),
        ...story([connectedAt('2026-11-24T08:01:00Z')], [signInAt('2026-11-24T08:02:00Z', '11')]),
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.details).toMatchObject({ contradiction: 'cached-logon' });
  });

  it('keeps the v1 fail for a cached session (logon.session 11)', async () => {
    const r = await runStep(offnetworkSigninStep, {
      confirmations: confirmed,
      probes: [
        session(11),
        ...story([connectedAt('2026-11-24T08:01:00Z')], [signInAt('2026-11-24T08:02:00Z', '2')]),
      ],
    });
    expect(r.status).toBe('fail');
  });
});
