import type { StepDefinition } from '../step-definition.js';
import { parseNltestDsgetdc } from '../parsers/nltest.js';
import { excerpt } from '../parsers/native-text.js';
import { askCompleted, CheckError } from '../rules/probe-call.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';
import { closedPorts, portsText, proveTunnel, routeText, tunnelDetails } from '../rules/dc-tunnel.js';

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
  async check(ctx) {
    const connect = ctx.resultOf('vpn-connect');
    if (connect?.status !== 'pass') {
      return {
        status: 'blocked',
        summary: 'Waiting for the VPN to connect (see "Connect the VPN with rasdial").',
        details: {},
      };
    }
    const joined = ctx.resultOf('join-state')?.details.domainName;
    const domain =
      ctx.inputs.domain?.trim() || (typeof joined === 'string' && joined.trim() ? joined.trim() : null);
    if (!domain) {
      return {
        status: 'blocked',
        summary: 'No domain is known: enter the Active Directory domain name.',
        details: {},
        remediation: [
          'Type the domain (for example corp.contoso.com) in the start screen, then run this step again.',
        ],
      };
    }
    const result = await askCompleted(ctx, { probe: 'dc.locate', args: { domain } });
    const outcome = parseNltestDsgetdc(result);
    if (!outcome.ok) {
      throw new CheckError(outcome.reason, {
        raw: excerpt(result.stdout.slice(0, 4096), 400),
      });
    }
    const dc = outcome.value;
    if (dc.found) {
      const found = `Domain controller ${dc.dc ?? '(unnamed)'} found for ${dc.domain ?? domain}${dc.address ? ` at ${dc.address}` : ''}`;
      const details = { domain, dc: dc.dc, address: dc.address };
      const proof = dc.address ? await proveTunnel(ctx, dc.address) : { route: null, ports: null };
      const proven = { ...details, ...tunnelDetails(proof) };
      const closed = closedPorts(proof.ports);
      if (closed.length > 0) {
        return {
          status: 'fail',
          summary: `${found}, but from this device ${portsText(closed)}: signing in needs both LDAP (389) and Kerberos (88).`,
          details: proven,
          remediation: [
            `Allow TCP ${closed.map((port) => port.Port).join(' and ')} from the VPN's client address pool to ${dc.address ?? 'the domain controllers'} (VPN server, firewall and the DC's own firewall).`,
            "Check the VPN routes (split tunnelling) include the domain controllers' subnets.",
            `Test it by hand while connected: Test-NetConnection ${dc.address ?? '<address>'} -Port 389, then -Port 88.`,
          ],
        };
      }
      const route = proof.route;
      if (route && route.class.via !== 'vpn') {
        return {
          status: 'warn',
          summary: route.read.Found
            ? `${found}, but Windows sends traffic to it through ${routeText(route.read)}, not the VPN: this domain controller answers over the local network, which proves nothing about signing in through the VPN.`
            : `${found}, but Windows has no route to ${dc.address ?? 'it'}: the answer did not come through the VPN.`,
          details: proven,
        };
      }
      const through = route ? ` through the VPN (${routeText(route.read)})` : '';
      const answered = proof.ports ? '; LDAP (389) and Kerberos (88) answer' : '';
      return {
        status: 'pass',
        summary: `${found}${through}${answered}.`,
        details: proven,
      };
    }
    const error = dc.errorName ?? (dc.errorCode !== null ? `error ${dc.errorCode}` : 'no answer');
    return {
      status: 'fail',
      summary: `No domain controller found for ${domain} over the VPN (${error}).`,
      details: { domain, errorName: dc.errorName, errorCode: dc.errorCode },
    };
  },
};
