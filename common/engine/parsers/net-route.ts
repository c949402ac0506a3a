/**
 * The `net.route` probe (docs/CONTRACT-EXTENSIONS.md): the interface Windows routes one address
 * through, and whether that interface is a VPN. Decided from numbers and ids first: the IANA ifType
 * (23 = PPP, which every built-in Windows VPN connection is; 131 = tunnel), then the interface alias
 * equal to the VPN connection's name (Windows names a connected VPN's interface after it), and only
 * last from the driver's description, which third-party clients' virtual adapters carry in English
 * whatever the Windows language.
 */
import { z } from 'zod';

export const IF_TYPE_PPP = 23;
export const IF_TYPE_TUNNEL = 131;

export const NetRouteSchema = z.object({
  Address: z.string(),
  Found: z.boolean(),
  InterfaceIndex: z.number().int().nullish(),
  InterfaceAlias: z.string().nullish(),
  InterfaceType: z.number().int().nullish(),
  InterfaceDescription: z.string().nullish(),
  NextHop: z.string().nullish(),
  DestinationPrefix: z.string().nullish(),
  SourceAddress: z.string().nullish(),
});
export type NetRoute = z.infer<typeof NetRouteSchema>;

/** Virtual adapters of the third-party clients issue 16 names (driver descriptions, not translated). */
const VPN_ADAPTER_DESCRIPTIONS: readonly RegExp[] = [
  /AnyConnect|Cisco Secure Client/i,
  /PANGP Virtual Ethernet/i,
  /Fortinet (SSL )?(VPN )?Virtual Ethernet/i,
  /Juniper Networks Virtual Adapter|Pulse Secure|Ivanti/i,
  /WAN Miniport/i,
  /TAP-Windows|Wintun|WireGuard/i,
];

/** Whether a network adapter's driver description is a VPN client's virtual adapter. */
export function isVpnAdapterDescription(description: string): boolean {
  return VPN_ADAPTER_DESCRIPTIONS.some((pattern) => pattern.test(description));
}

export type RouteBy = 'ppp-interface' | 'tunnel-interface' | 'connection-name' | 'adapter-description';

export type RouteClass = { via: 'vpn'; by: RouteBy } | { via: 'lan'; by: null } | { via: 'none'; by: null };

/** `vpnNames`: the VPN connection(s) the run dialled or found, compared with the interface alias. */
export function classifyRoute(route: NetRoute, vpnNames: readonly string[]): RouteClass {
  if (!route.Found) return { via: 'none', by: null };
  if (route.InterfaceType === IF_TYPE_PPP) return { via: 'vpn', by: 'ppp-interface' };
  if (route.InterfaceType === IF_TYPE_TUNNEL) return { via: 'vpn', by: 'tunnel-interface' };
  const alias = route.InterfaceAlias?.trim().toLowerCase();
  if (alias && vpnNames.some((name) => name.trim().toLowerCase() === alias)) {
    return { via: 'vpn', by: 'connection-name' };
  }
  const description = route.InterfaceDescription ?? '';
  if (isVpnAdapterDescription(description)) {
    return { via: 'vpn', by: 'adapter-description' };
  }
  return { via: 'lan', by: null };
}
