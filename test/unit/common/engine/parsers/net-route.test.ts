import { describe, expect, it } from 'vitest';
import { classifyRoute, type NetRoute } from '../../../../../common/engine/parsers/net-route.js';
import {
  DcPortsSchema,
  describePortState,
  portLabel,
} from '../../../../../common/engine/parsers/dc-ports.js';

const route = (over: Partial<NetRoute>): NetRoute => ({
  Address: '10.10.0.10',
  Found: true,
  InterfaceIndex: 12,
  InterfaceAlias: 'Ethernet',
  InterfaceType: 6,
  InterfaceDescription: 'Intel(R) Ethernet Connection I219-LM',
  NextHop: '192.168.1.1',
  DestinationPrefix: '0.0.0.0/0',
  SourceAddress: '192.168.1.50',
  ...over,
});

describe('classifyRoute', () => {
  it.each([
    [
      'a built-in VPN (PPP, ifType 23)',
      { InterfaceType: 23, InterfaceAlias: 'Contoso VPN' },
      'vpn',
      'ppp-interface',
    ],
    ['a tunnel interface (ifType 131)', { InterfaceType: 131 }, 'vpn', 'tunnel-interface'],
    [
      'the alias of the VPN connection (type unknown)',
      { InterfaceType: null, InterfaceAlias: 'contoso vpn' },
      'vpn',
      'connection-name',
    ],
    [
      "GlobalProtect's virtual adapter (ifType 6)",
      { InterfaceAlias: 'Ethernet 3', InterfaceDescription: 'PANGP Virtual Ethernet Adapter' },
      'vpn',
      'adapter-description',
    ],
    [
      "AnyConnect's virtual adapter",
      {
        InterfaceDescription:
          'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64',
      },
      'vpn',
      'adapter-description',
    ],
    ['the LAN (Ethernet, ifType 6)', {}, 'lan', null],
    [
      'a localized Wi-Fi alias never counts as VPN',
      { InterfaceType: 71, InterfaceAlias: 'WLAN', InterfaceDescription: 'Intel(R) Wi-Fi 6 AX201 160MHz' },
      'lan',
      null,
    ],
    ['no route at all', { Found: false, InterfaceIndex: null }, 'none', null],
  ] as const)('%s', (_label, over, via, by) => {
    expect(classifyRoute(route(over), ['Contoso VPN'])).toEqual({ via, by });
  });
});

describe('dc.ports output', () => {
  it('reads each port with its state and says it in words', () => {
    const read = DcPortsSchema.parse({
      Address: '10.10.0.10',
      Ports: [
        { Port: 389, State: 'connected', SocketError: null, ElapsedMs: 12 },
        { Port: 88, State: 'refused', SocketError: 10061, ElapsedMs: 3 },
      ],
    });
    expect(read.Ports.map((p) => `${portLabel(p)} ${describePortState(p)}`)).toEqual([
      'LDAP (TCP 389) answers',
      'Kerberos (TCP 88) refused the connection',
    ]);
  });

  it('refuses a state the script never prints', () => {
    expect(() => DcPortsSchema.parse({ Address: 'x', Ports: [{ Port: 88, State: 'open' }] })).toThrow();
  });
});
