/**
 * Proof that the domain controller is reached through the VPN (issue 16): which interface Windows
 * routes the DC's address through (`net.route`), and whether LDAP (389) and Kerberos (88) answer
 * (`dc.ports`). A recording without these probes (every v1 recording) gives `null` for each, and
 * `dc-over-vpn` keeps its v1 verdict.
 */
import type { StepContext } from '../step-definition.js';
import { askIfRecorded } from './optional-probe.js';
import { classifyRoute, NetRouteSchema, type NetRoute, type RouteClass } from '../parsers/net-route.js';
import {
  DcPortsSchema,
  describePortState,
  portLabel,
  type DcPort,
  type DcPorts,
} from '../parsers/dc-ports.js';
import { listOf, type Said, type SaidList, type SayParam } from '../say.js';

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

/**
 * The words of a port's state and of a route, declared by dc-over-vpn (the step that says them);
 * portsText and routeText stay the English details carry.
 */
export const TUNNEL_WORDS = {
  portState: '{port} {state}',
  portAnswers: 'answers',
  portRefused: 'refused the connection',
  portTimedOut: 'did not answer (timed out)',
  portSocketError: 'socket error {error}',
  portUnreachable: 'could not be reached',
  routeFacts: '{name} ({facts})',
  routeIfType: 'ifType {type}',
  routeNextHop: 'next hop {hop}',
  routeInterfaceIndex: 'interface {index}',
} as const;
type TunnelWord = keyof typeof TUNNEL_WORDS;
type SayTunnel = (name: TunnelWord, params?: Record<string, SayParam>) => Said;

export function sayPorts(ports: DcPorts['Ports'], sayWord: SayTunnel): SaidList {
  const state = (port: DcPort): Said => {
    switch (port.State) {
      case 'connected':
        return sayWord('portAnswers');
      case 'refused':
        return sayWord('portRefused');
      case 'timeout':
        return sayWord('portTimedOut');
      default:
        return port.SocketError != null
          ? sayWord('portSocketError', { error: String(port.SocketError) })
          : sayWord('portUnreachable');
    }
  };
  return listOf(
    ports.map((port) => sayWord('portState', { port: portLabel(port), state: state(port) })),
    '; ',
  );
}

export function sayRoute(route: NetRoute, sayWord: SayTunnel): Said | string {
  const facts = [
    route.InterfaceType != null ? sayWord('routeIfType', { type: String(route.InterfaceType) }) : null,
    route.NextHop ? sayWord('routeNextHop', { hop: route.NextHop }) : null,
  ].filter((fact): fact is Said => fact !== null);
  const name =
    route.InterfaceAlias ?? sayWord('routeInterfaceIndex', { index: String(route.InterfaceIndex ?? '?') });
  return facts.length > 0 ? sayWord('routeFacts', { name, facts: listOf(facts) }) : name;
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
