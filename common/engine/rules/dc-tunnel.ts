/**
 * Proof that the domain controller is reached through the VPN (issue 16): which interface Windows
 * routes the DC's address through (`net.route`), and whether LDAP (389) and Kerberos (88) answer
 * (`dc.ports`). A recording without these probes (every v1 recording) gives `null` for each, and
 * `dc-over-vpn` keeps its v1 verdict.
 */
import type { StepContext } from '../step-definition.js';
import { askIfRecorded } from './optional-probe.js';
import { classifyRoute, NetRouteSchema, type NetRoute, type RouteClass } from '../parsers/net-route.js';
import { DcPortsSchema, describePortState, portLabel, type DcPorts } from '../parsers/dc-ports.js';

export interface TunnelProof {
  route: { read: NetRoute; class: RouteClass } | null;
  ports: DcPorts | null;
}

/** The VPN connection names this run knows: typed by the technician, or the one dialled. */
export function knownVpnNames(ctx: StepContext): string[] {
  const dialled = ctx.resultOf('vpn-connect')?.details.connection;
  return [ctx.inputs.vpnConnection, typeof dialled === 'string' ? dialled : null].filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '',
  );
}

export async function proveTunnel(ctx: StepContext, address: string): Promise<TunnelProof> {
  const route = await askIfRecorded(ctx, { probe: 'net.route', args: { address } }, NetRouteSchema, 'object');
  const ports = await askIfRecorded(ctx, { probe: 'dc.ports', args: { address } }, DcPortsSchema, 'object');
  return {
    route: route ? { read: route, class: classifyRoute(route, knownVpnNames(ctx)) } : null,
    ports,
  };
}

export function closedPorts(ports: DcPorts | null): DcPorts['Ports'] {
  return ports ? ports.Ports.filter((port) => port.State !== 'connected') : [];
}

export function portsText(ports: DcPorts['Ports']): string {
  return ports.map((port) => `${portLabel(port)} ${describePortState(port)}`).join('; ');
}

/** "Wi-Fi (ifType 71, next hop 192.168.1.1)": how the route reads on screen. */
export function routeText(route: NetRoute): string {
  const facts = [
    route.InterfaceType != null ? `ifType ${route.InterfaceType}` : null,
    route.NextHop ? `next hop ${route.NextHop}` : null,
  ].filter((fact): fact is string => fact !== null);
  const name = route.InterfaceAlias ?? `interface ${route.InterfaceIndex ?? '?'}`;
  return facts.length > 0 ? `${name} (${facts.join(', ')})` : name;
}

/** The details `dc-over-vpn` adds: flat values, so the report prints them as rows. */
export function tunnelDetails(proof: TunnelProof): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (proof.route) {
    details.routeVia = proof.route.class.via;
    details.routeInterface = proof.route.read.Found ? routeText(proof.route.read) : null;
    if (proof.route.class.by) details.routeDecidedBy = proof.route.class.by;
    if (proof.route.read.SourceAddress) details.sourceAddress = proof.route.read.SourceAddress;
  }
  if (proof.ports) {
    details.dcPorts = Object.fromEntries(proof.ports.Ports.map((port) => [String(port.Port), port.State]));
  }
  return details;
}
