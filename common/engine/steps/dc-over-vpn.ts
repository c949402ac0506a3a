import type { StepDefinition } from '../step-definition.js';
import { parseNltestDsgetdc } from '../parsers/nltest.js';
import { excerpt } from '../parsers/native-text.js';
import { askCompleted, CheckError } from '../rules/probe-call.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';

export const dcOverVpnStep: StepDefinition = {
  id: 'dc-over-vpn',
  stage: 'Connect',
  kind: 'check',
  title: 'A domain controller answers over the VPN',
  instructions: 'With the VPN connected, the app runs nltest /dsgetdc:<domain>.',
  why: 'Signing in with an account that has no cached credentials needs a domain controller, reached through the VPN.',
  source: VPN_VALIDATION,
  probes: ['dc.locate'],
  dependsOn: ['vpn-connect', 'join-state'],
  remediation: {
    fail: [
      'Check that the VPN pushes the corporate DNS servers and DNS suffix: run Get-DnsClientServerAddress and Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain> while connected.',
      "Check the VPN routes (split tunnelling) include the domain controllers' subnets and that TCP/UDP 53, 88, 389, 445 and 135 are allowed to them.",
      `How Windows locates a domain controller: ${DOCS.dcLocator}`,
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
      return {
        status: 'pass',
        summary: `Domain controller ${dc.dc ?? '(unnamed)'} found for ${dc.domain ?? domain}${dc.address ? ` at ${dc.address}` : ''}.`,
        details: { domain, dc: dc.dc, address: dc.address },
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
