import type { StepDefinition } from '../step-definition.js';
import { parseNltestDsgetdc } from '../parsers/nltest.js';
import { excerpt } from '../parsers/native-text.js';
import { askCompleted, CheckError } from '../rules/probe-call.js';
import { listOf, remediate, say, type SayParam } from '../say.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';
import {
  TUNNEL_WORDS,
  closedPorts,
  proveTunnel,
  sayPorts,
  sayRoute,
  tunnelDetails,
} from '../rules/dc-tunnel.js';

const FOUND = 'Domain controller {dc} found for {domain}{hasAddress, select, yes { at {address}} other {}}';

// `{route}` and `{ports}` are said with TUNNEL_WORDS around the interface names and ports Windows reports.
const MESSAGES = {
  waiting: 'Waiting for the VPN to connect (see "Connect the VPN with rasdial").',
  noDomain: 'No domain is known: enter the Active Directory domain name.',
  portsClosed: `${FOUND}, but from this device {ports}: signing in needs both LDAP (389) and Kerberos (88).`,
  overLan: `${FOUND}, but Windows sends traffic to it through {route}, not the VPN: this domain controller answers over the local network, which proves nothing about signing in through the VPN.`,
  noRoute: `${FOUND}, but Windows has no route to {address}: the answer did not come through the VPN.`,
  pass: `${FOUND}{routed, select, yes { through the VPN ({route})} other {}}{portsAnswer, select, yes {; LDAP (389) and Kerberos (88) answer} other {}}.`,
  notFound:
    'No domain controller found for {domain} over the VPN ({reason, select, name {{error}} code {error {error}} other {no answer}}).',
  unnamedDc: '(unnamed)',
  ...TUNNEL_WORDS,
  // What to do when the domain controller's ports are closed.
  fixAllowPorts:
    "Allow TCP {ports} from the VPN's client address pool to {address} (VPN server, firewall and the DC's own firewall).",
  theDomainControllers: 'the domain controllers',
  fixCheckRoutes: "Check the VPN routes (split tunnelling) include the domain controllers' subnets.",
  fixTestByHand: 'Test it by hand while connected: Test-NetConnection {address} -Port 389, then -Port 88.',
  fixTypeDomain:
    'Type the domain (for example corp.contoso.com) in the start screen, then run this step again.',
} as const;

const sayWord = (name: keyof typeof TUNNEL_WORDS, params: Record<string, SayParam> = {}) =>
  say('dc-over-vpn', MESSAGES, name, params);

export const dcOverVpnStep: StepDefinition = {
  id: 'dc-over-vpn',
  stage: 'Connect',
  kind: 'check',
  title: 'A domain controller answers over the VPN',
  instructions: 'With the VPN connected, the app runs nltest /dsgetdc:<domain>.',
  why: 'Signing in with an account that has no cached credentials needs a domain controller, reached through the VPN.',
  source: VPN_VALIDATION,
  // net.route and dc.ports are extensions (issue 16): absent from a recording, the v1 verdict stands.
  probes: ['dc.locate', 'net.route', 'dc.ports'],
  dependsOn: ['vpn-connect', 'join-state'],
  remediation: {
    fail: [
      'Check that the VPN pushes the corporate DNS servers and DNS suffix: run Get-DnsClientServerAddress and Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain> while connected.',
      "Check the VPN routes (split tunnelling) include the domain controllers' subnets and that TCP/UDP 53, 88, 389, 445 and 135 are allowed to them.",
      `How Windows locates a domain controller: ${DOCS.dcLocator}`,
    ],
    warn: [
      "Add the domain controllers' subnets to the VPN's routes (split tunnelling: Add-VpnConnectionRoute, or the Routes of the Intune VPN profile), or use a full tunnel, so the DC is reached through the VPN and not the local network.",
      'Check that DNS over the VPN returns domain controllers reachable only through it: Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain>, then Find-NetRoute -RemoteIPAddress <address> must name the VPN interface.',
      'Test off the corporate network (a phone hotspot): a DC found over the LAN proves nothing about the sign-in through the VPN.',
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const connect = ctx.resultOf('vpn-connect');
    if (connect?.status !== 'pass') {
      return {
        status: 'blocked',
        ...say('dc-over-vpn', MESSAGES, 'waiting'),
        details: {},
      };
    }
    const joined = ctx.resultOf('join-state')?.details.domainName;
    const domain =
      ctx.inputs.domain?.trim() || (typeof joined === 'string' && joined.trim() ? joined.trim() : null);
    if (!domain) {
      return {
        status: 'blocked',
        ...say('dc-over-vpn', MESSAGES, 'noDomain'),
        details: {},
        remediation: [MESSAGES.fixTypeDomain],
      };
    }
    const result = await askCompleted(ctx, { probe: 'dc.locate', args: { domain } });
    const outcome = parseNltestDsgetdc(result);
    if (!outcome.ok) {
      throw new CheckError(outcome.reason, { raw: excerpt(result.stdout.slice(0, 4096), 400) }, outcome.said);
    }
    const dc = outcome.value;
    if (dc.found) {
      const found = {
        dc: dc.dc ?? say('dc-over-vpn', MESSAGES, 'unnamedDc'),
        domain: dc.domain ?? domain,
        hasAddress: dc.address ? 'yes' : 'no',
        address: dc.address ?? '',
      };
      const details = { domain, dc: dc.dc, address: dc.address };
      const proof = dc.address ? await proveTunnel(ctx, dc.address) : { route: null, ports: null };
      const proven = { ...details, ...tunnelDetails(proof) };
      const closed = closedPorts(proof.ports);
      if (closed.length > 0) {
        return {
          status: 'fail',
          ...say('dc-over-vpn', MESSAGES, 'portsClosed', { ...found, ports: sayPorts(closed, sayWord) }),
          details: proven,
          ...remediate([
            say('dc-over-vpn', MESSAGES, 'fixAllowPorts', {
              ports: listOf(
                closed.map((port) => String(port.Port)),
                ' and ',
              ),
              address: dc.address ?? say('dc-over-vpn', MESSAGES, 'theDomainControllers'),
            }),
            say('dc-over-vpn', MESSAGES, 'fixCheckRoutes'),
            say('dc-over-vpn', MESSAGES, 'fixTestByHand', { address: dc.address ?? '<address>' }),
          ]),
        };
      }
      const route = proof.route;
      if (route && route.class.via !== 'vpn') {
        return {
          status: 'warn',
          // A route is only asked for an address, so noRoute always has one to name.
          ...(route.read.Found
            ? say('dc-over-vpn', MESSAGES, 'overLan', { ...found, route: sayRoute(route.read, sayWord) })
            : say('dc-over-vpn', MESSAGES, 'noRoute', found)),
          details: proven,
        };
      }
      return {
        status: 'pass',
        ...say('dc-over-vpn', MESSAGES, 'pass', {
          ...found,
          routed: route ? 'yes' : 'no',
          route: route ? sayRoute(route.read, sayWord) : '',
          portsAnswer: proof.ports ? 'yes' : 'no',
        }),
        details: proven,
      };
    }
    const reason = dc.errorName != null ? 'name' : dc.errorCode !== null ? 'code' : 'none';
    return {
      status: 'fail',
      ...say('dc-over-vpn', MESSAGES, 'notFound', {
        domain,
        reason,
        error: dc.errorName ?? (dc.errorCode !== null ? dc.errorCode : ''),
      }),
      details: { domain, errorName: dc.errorName, errorCode: dc.errorCode },
    };
  },
};
