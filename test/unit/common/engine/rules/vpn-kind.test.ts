/**
 * Issue 16a: which kind of VPN the device uses, decided from what `vpn.kind` prints, and each
 * client's pre-logon setting read the way the client stores it. Table-driven: one row per fact.
 */
import { describe, expect, it } from 'vitest';
import { VpnKindProbeSchema, VpnStatusProbeSchema } from '../../../../../common/engine/parsers/vpn-kind.js';
import {
  decideKind,
  findAutoConnections,
  findClients,
  isConnected,
  upVpnAdapter,
} from '../../../../../common/engine/rules/vpn-kind.js';
import type { VpnConnection } from '../../../../../common/engine/rules/vpn-connections.js';

const read = (facts: Record<string, unknown> = {}) => VpnKindProbeSchema.parse(facts);

const allUser = (name: string, over: Partial<VpnConnection> = {}): VpnConnection =>
  ({
    Name: name,
    AllUserConnection: true,
    TunnelType: 'Ikev2',
    PluginApplicationID: null,
    ...over,
  }) as VpnConnection;

describe('the vpn.kind parser', () => {
  it('accepts what Windows PowerShell 5.1 prints for one-element lists (bare objects) and nulls', () => {
    const parsed = read({
      AutoTrigger: null,
      MdmProfiles: { Name: 'Contoso AOVPN', AlwaysOn: true, DeviceTunnel: false },
      Programs: { DisplayName: 'GlobalProtect', DisplayVersion: 6, Publisher: null },
      Services: null,
    });
    expect(parsed.AutoTrigger).toEqual({ UserTunnel: null, DeviceTunnel: null });
    expect(parsed.MdmProfiles).toHaveLength(1);
    expect(parsed.Programs[0]?.DisplayVersion).toBe('6');
    expect(parsed.Services).toEqual([]);
  });

  it('refuses a program without a name', () => {
    expect(VpnKindProbeSchema.safeParse({ Programs: [{ DisplayVersion: '1' }] }).success).toBe(false);
  });

  it('reads vpn.status with one adapter as an object and a missing WaitedSeconds as 0', () => {
    const status = VpnStatusProbeSchema.parse({
      Connections: { Name: 'AOVPN', ConnectionStatus: 'Connected' },
      Adapters: {
        Name: 'Ethernet 3',
        InterfaceDescription: 'PANGP Virtual Ethernet Adapter Secure',
        Status: 'Up',
      },
    });
    expect(status.WaitedSeconds).toBe(0);
    expect(isConnected(status, 'aovpn')).toBe(true);
    expect(upVpnAdapter(status)?.Name).toBe('Ethernet 3');
  });

  it('does not take a LAN adapter, or a VPN adapter that is down, for a client tunnel', () => {
    const status = VpnStatusProbeSchema.parse({
      Adapters: [
        { Name: 'Ethernet', InterfaceDescription: 'Intel(R) Ethernet Connection I219-LM', Status: 'Up' },
        {
          Name: 'Ethernet 2',
          InterfaceDescription: 'Fortinet SSL VPN Virtual Ethernet Adapter',
          Status: 'Disconnected',
        },
      ],
    });
    expect(upVpnAdapter(status)).toBeUndefined();
  });
});

/** vpn.kind's facts about installed clients: Uninstall entries, running services, pre-logon settings. */
const program = (DisplayName: string, DisplayVersion?: string) => ({ DisplayName, DisplayVersion });
const running = (Name: string) => ({ Name, Status: 'Running' });
const setting = (Client: string, Source: string, Name: string, Value: string) => ({
  Client,
  Source,
  Name,
  Value,
});
const useSbl = (Source: string, Value: string) => setting('anyconnect', Source, 'UseStartBeforeLogon', Value);
const beforeLogon = (Value: string) => setting('forticlient', 'Sslvpn', 'show_vpn_before_logon', Value);
const identity = (Value: string) => setting('pulse', 'connstore.dat', 'connection-identity', Value);
const clientFacts = (facts: {
  programs?: ReturnType<typeof program>[];
  services?: ReturnType<typeof running>[];
  settings?: ReturnType<typeof setting>[];
}): Record<string, unknown> => ({
  ...(facts.programs ? { Programs: facts.programs } : {}),
  ...(facts.services ? { Services: facts.services } : {}),
  ...(facts.settings ? { Settings: facts.settings } : {}),
});

describe('the installed clients and their pre-logon setting', () => {
  const anyConnect4 = '4.10.07073';
  /** [client id, pre-logon state, words of its evidence] */
  type Found = [id: string, prelogon: 'enabled' | 'disabled' | 'unknown', evidence: string];
  const cases: { name: string; facts: Record<string, unknown>; found: Found }[] = [
    {
      name: 'AnyConnect with <UseStartBeforeLogon>true and the SBL module',
      facts: clientFacts({
        programs: [
          program('Cisco AnyConnect Secure Mobility Client', anyConnect4),
          program('Cisco AnyConnect Start Before Login Module', anyConnect4),
        ],
        settings: [useSbl('a.xml', 'true')],
      }),
      found: ['anyconnect', 'enabled', 'Start Before Login module is installed'],
    },
    {
      name: 'Secure Client with the tag but no SBL module',
      facts: clientFacts({
        programs: [program('Cisco Secure Client - AnyConnect VPN', '5.1.2.42')],
        settings: [useSbl('b.xml', 'true')],
      }),
      found: ['anyconnect', 'disabled', 'module is not installed'],
    },
    {
      name: 'AnyConnect with the tag false',
      facts: clientFacts({ services: [running('vpnagent')], settings: [useSbl('c.xml', 'false')] }),
      found: ['anyconnect', 'disabled', 'false in c.xml'],
    },
    {
      name: 'AnyConnect before its first connection (no profile XML)',
      facts: clientFacts({ services: [running('csc_vpnagent')] }),
      found: ['anyconnect', 'unknown', 'No VPN profile XML'],
    },
    {
      name: 'GlobalProtect with Prelogon = 1',
      facts: clientFacts({
        programs: [program('GlobalProtect', '6.2.4')],
        settings: [setting('globalprotect', 'PanSetup', 'prelogon', '1')],
      }),
      found: ['globalprotect', 'enabled', 'Prelogon = 1'],
    },
    {
      name: 'GlobalProtect installed without PRELOGON',
      facts: clientFacts({ services: [running('PanGPS')] }),
      found: ['globalprotect', 'disabled', 'PRELOGON=1'],
    },
    {
      name: 'FortiClient with show_vpn_before_logon = 1',
      facts: clientFacts({ programs: [program('FortiClient VPN', '7.2.4')], settings: [beforeLogon('1')] }),
      found: ['forticlient', 'enabled', 'show_vpn_before_logon = 1'],
    },
    {
      name: 'FortiClient with show_vpn_before_logon = 0',
      facts: clientFacts({ services: [running('FA_Scheduler')], settings: [beforeLogon('0')] }),
      found: ['forticlient', 'disabled', 'show_vpn_before_logon = 0'],
    },
    {
      name: 'FortiClient managed by EMS (no local setting)',
      facts: clientFacts({ programs: [program('FortiClient', '7.0.9')] }),
      found: ['forticlient', 'unknown', 'EMS'],
    },
    {
      name: 'Pulse Secure with a machine connection',
      facts: clientFacts({
        programs: [program('Pulse Secure 9.1', '9.1.15')],
        settings: [identity('user'), identity('machine')],
      }),
      found: ['pulse', 'enabled', 'connection-identity "machine"'],
    },
    {
      name: 'Ivanti Secure Access with user connections only',
      facts: clientFacts({ services: [running('PulseSecureService')], settings: [identity('user')] }),
      found: ['pulse', 'unknown', 'Only user connections'],
    },
  ];

  it.each(cases)('$name', ({ facts, found: [id, prelogon, evidence] }) => {
    const [client, ...others] = findClients(read(facts));
    expect(others).toEqual([]);
    expect(client).toMatchObject({ id, prelogon });
    expect(client?.prelogonEvidence).toContain(evidence);
  });

  it('ignores programs that are not VPN clients and a setting of another client', () => {
    const found = findClients(
      read({
        Programs: [program('Microsoft Edge')],
        Settings: [setting('globalprotect', 'PanSetup', 'Prelogon', '1')],
      }),
    );
    expect(found).toEqual([]);
  });

  it('does not take the Start Before Login module for the client, yet finds the client by its service', () => {
    const found = findClients(
      read({
        Programs: [program('Cisco Secure Client - Start Before Login')],
        Services: [running('csc_vpnagent')],
      }),
    );
    expect(found.map((c) => [c.id, c.version])).toEqual([['anyconnect', null]]);
  });
});

describe('the kind the checklist follows', () => {
  const gp = { Programs: [{ DisplayName: 'GlobalProtect', DisplayVersion: '6.2.4' }] };
  const cases: {
    name: string;
    facts: Record<string, unknown>;
    connections: VpnConnection[];
    wanted?: string;
    kind: string;
    connection: string | null;
    tunnel?: string | null;
  }[] = [
    {
      name: 'a device tunnel named by RasMan',
      facts: { AutoTrigger: { DeviceTunnel: 'Contoso Device Tunnel' } },
      connections: [allUser('Contoso Device Tunnel')],
      kind: 'built-in-auto',
      connection: 'Contoso Device Tunnel',
      tunnel: 'device',
    },
    {
      name: 'a device tunnel from the MDM bridge wins over an installed client',
      facts: { ...gp, MdmProfiles: [{ Name: 'AOVPN Device', AlwaysOn: true, DeviceTunnel: true }] },
      connections: [],
      kind: 'built-in-auto',
      connection: 'AOVPN Device',
      tunnel: 'device',
    },
    {
      name: 'an installed client wins over a user tunnel',
      facts: { ...gp, AutoTrigger: { UserTunnel: 'AOVPN User' } },
      connections: [],
      kind: 'third-party',
      connection: null,
    },
    {
      name: 'a user tunnel alone',
      facts: { AutoTrigger: { UserTunnel: 'AOVPN User' } },
      connections: [],
      kind: 'built-in-auto',
      connection: 'AOVPN User',
      tunnel: 'user',
    },
    {
      name: 'an all-user connection dialled by hand',
      facts: {},
      connections: [allUser('Contoso VPN')],
      kind: 'built-in-manual',
      connection: 'Contoso VPN',
      tunnel: null,
    },
    {
      name: "the technician's named connection wins over an installed client",
      facts: gp,
      connections: [allUser('Contoso VPN')],
      wanted: 'contoso vpn',
      kind: 'built-in-manual',
      connection: 'contoso vpn',
    },
    {
      name: 'a UWP plug-in is not usable before sign-in: none',
      facts: {},
      connections: [
        allUser('GP', {
          PluginApplicationID: 'PaloAltoNetworks.GlobalProtect_rn9aeerfb38dg',
        } as Partial<VpnConnection>),
      ],
      kind: 'none',
      connection: null,
    },
  ];

  it.each(cases)('$name', ({ facts, connections, wanted, kind, connection, tunnel }) => {
    const decision = decideKind(read(facts), connections, wanted ?? null);
    expect(decision.kind).toBe(kind);
    expect(decision.connection).toBe(connection);
    if (tunnel !== undefined) expect(decision.tunnel).toBe(tunnel);
  });

  it('lists an Always On profile once when RasMan and the MDM bridge both name it', () => {
    const auto = findAutoConnections(
      read({
        AutoTrigger: { DeviceTunnel: 'AOVPN Device' },
        MdmProfiles: [
          { Name: 'aovpn device', AlwaysOn: true, DeviceTunnel: true },
          { Name: 'Manual', AlwaysOn: false },
        ],
      }),
    );
    expect(auto).toEqual([{ name: 'AOVPN Device', tunnel: 'device', from: 'rasman' }]);
  });
});
