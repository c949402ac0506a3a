import type { StepDefinition } from '../step-definition.js';
import { CertificateListSchema, reviewCertificate } from '../rules/certificates.js';
import { askStructured } from '../rules/probe-call.js';
import {
  isUsableBeforeSignIn,
  sameConnectionName,
  usesCertificate,
  VpnConnectionListSchema,
} from '../rules/vpn-connections.js';
import { DOCS, VPN_REQUIREMENTS } from '../sources.js';
import { z } from 'zod';
import { describeAccount, runAccount } from '../rules/run-account.js';
import { vpnKindOf } from '../rules/vpn-kind.js';

const ProcessAccountSchema = z.object({
  ProcessSid: z.string().nullish(),
  ProcessUser: z.string().nullish(),
});

export const vpnCertificateStep: StepDefinition = {
  id: 'vpn-certificate',
  stage: 'VPN profile',
  kind: 'check',
  title: 'Machine certificate for the VPN',
  instructions:
    "When the VPN signs in with a certificate, the app looks for one in the computer's certificate store (Cert:\\LocalMachine\\My).",
  why: 'The certificate must be a machine certificate deployed by Intune: user certificates arrive only after the user signs in.',
  source: VPN_REQUIREMENTS,
  // logon.session only to know whose user store cert.user would read (SYSTEM and OOBE have none worth reading).
  probes: ['vpn.connections', 'cert.machine', 'cert.user', 'logon.session'],
  dependsOn: ['vpn-kind', 'vpn-profile'],
  remediation: {
    fail: [
      'Deploy a SCEP or PKCS certificate profile in Intune targeted at the device (not the user), with Certificate type "Device" and Extended key usage "Client Authentication" (1.3.6.1.5.5.7.3.2).',
      'Check the result in certlm.msc > Personal > Certificates: the certificate must show "You have a private key that corresponds to this certificate".',
      `Certificates in Intune: ${DOCS.intuneCertificates}`,
    ],
  },
  async check(ctx) {
    const kind = vpnKindOf(ctx);
    if (kind?.kind === 'third-party') {
      return {
        status: 'skip',
        summary: `Does not apply: ${kind.clientName ?? 'the third-party client'} authenticates with its own settings, not a Windows VPN connection's.`,
        details: { kind: kind.kind },
      };
    }
    const profile = ctx.resultOf('vpn-profile');
    if (profile?.status !== 'pass') {
      return {
        status: 'blocked',
        summary:
          'Waiting for a usable per-machine VPN connection (see "A per-machine VPN connection exists").',
        details: {},
      };
    }
    const connections = await askStructured(
      ctx,
      { probe: 'vpn.connections', args: {} },
      VpnConnectionListSchema,
      'array',
    );
    const wanted = ctx.inputs.vpnConnection?.trim();
    const inUse = wanted
      ? connections.filter((c) => sameConnectionName(c.Name, wanted))
      : connections.filter(isUsableBeforeSignIn);
    if (inUse.length === 0) {
      return {
        status: 'blocked',
        summary: `No all-user VPN connection named "${wanted ?? ''}" on this device.`,
        details: { connections: connections.map((c) => c.Name) },
        remediation: [
          'Correct the VPN connection name, or leave it empty to use the only per-machine connection.',
        ],
      };
    }
    const needing = inUse.filter(usesCertificate);
    if (needing.length === 0) {
      return {
        status: 'skip',
        summary: `${inUse.map((c) => `"${c.Name}"`).join(', ')} does not authenticate with a certificate.`,
        details: { connections: inUse.map((c) => c.Name) },
      };
    }
    const names = needing.map((c) => c.Name);
    const machine = await askStructured(
      ctx,
      { probe: 'cert.machine', args: {} },
      CertificateListSchema,
      'array',
    );
    const reviews = machine.map((cert) => reviewCertificate(cert, ctx.now));
    const good = reviews.find((r) => r.problems.length === 0);
    if (good) {
      return {
        status: 'pass',
        summary: `Machine certificate "${good.subject}" can authenticate ${names.map((n) => `"${n}"`).join(', ')}.`,
        details: { connections: names, certificate: good, userCertificateOnly: false },
      };
    }
    const session = await askStructured(
      ctx,
      { probe: 'logon.session', args: {} },
      ProcessAccountSchema,
      'object',
    ).catch(() => null);
    const account = runAccount(session);
    if (account === 'system' || account === 'oobe') {
      const why =
        reviews.length === 0
          ? 'there is no certificate in the machine store'
          : reviews.map((r) => `"${r.subject}": ${r.problems.join(', ')}`).join('; ');
      return {
        status: 'fail',
        summary: `No usable machine certificate with Client Authentication: ${why}. (The user certificate store was not read: the app runs as ${describeAccount(account, session?.ProcessUser)}.)`,
        details: { connections: names, machineCertificates: reviews, userStoreSkipped: account },
      };
    }
    const user = await askStructured(ctx, { probe: 'cert.user', args: {} }, CertificateListSchema, 'array');
    const userGood = user
      .map((cert) => reviewCertificate(cert, ctx.now))
      .find((r) => r.problems.length === 0);
    const details = {
      connections: names,
      machineCertificates: reviews,
      userCertificateOnly: userGood !== undefined,
    };
    if (userGood) {
      return {
        status: 'fail',
        summary: `Only a user certificate ("${userGood.subject}") is present: user certificates are not supported, the VPN needs a machine certificate.`,
        details,
      };
    }
    const why =
      reviews.length === 0
        ? 'there is no certificate in the machine store'
        : reviews.map((r) => `"${r.subject}": ${r.problems.join(', ')}`).join('; ');
    return {
      status: 'fail',
      summary: `No usable machine certificate with Client Authentication: ${why}.`,
      details,
    };
  },
};
