import type { DetailMessages, StepDefinition } from '../step-definition.js';
import {
  CERTIFICATE_PROBLEMS,
  CertificateListSchema,
  assessCertificate,
  reviewCertificate,
} from '../rules/certificates.js';
import { askStructured } from '../rules/probe-call.js';
import {
  isUsableBeforeSignIn,
  sameConnectionName,
  usesCertificate,
  VpnConnectionListSchema,
} from '../rules/vpn-connections.js';
import { DOCS, VPN_REQUIREMENTS } from '../sources.js';
import { z } from 'zod';
import { OOBE_ACCOUNT, runAccount } from '../rules/run-account.js';
import { listOf, say } from '../say.js';
import { vpnKindOf } from '../rules/vpn-kind.js';

const ProcessAccountSchema = z.object({
  ProcessSid: z.string().nullish(),
  ProcessUser: z.string().nullish(),
});

const NO_USABLE = 'No usable machine certificate with Client Authentication';
const NOT_READ =
  ' (The user certificate store was not read: the app runs as {account, select, system {SYSTEM} other {{user}, the setup account of OOBE (Shift-F10)}}.)';

// Subjects and connection names are the device's own; `{problems}` lists each certificate's
// `certificateProblems`, whose `{problems}` lists CERTIFICATE_PROBLEMS.
const MESSAGES = {
  thirdParty: "Does not apply: {client} authenticates with its own settings, not a Windows VPN connection's.",
  thirdPartyUnnamed:
    "Does not apply: the third-party client authenticates with its own settings, not a Windows VPN connection's.",
  waiting: 'Waiting for a usable per-machine VPN connection (see "A per-machine VPN connection exists").',
  notFound: 'No all-user VPN connection named "{name}" on this device.',
  noCertificateAuth: '{connections} does not authenticate with a certificate.',
  pass: 'Machine certificate "{subject}" can authenticate {connections}.',
  emptyStoreNotRead: `${NO_USABLE}: there is no certificate in the machine store.${NOT_READ}`,
  problemsNotRead: `${NO_USABLE}: {problems}.${NOT_READ}`,
  userOnly:
    'Only a user certificate ("{subject}") is present: user certificates are not supported, the VPN needs a machine certificate.',
  emptyStore: `${NO_USABLE}: there is no certificate in the machine store.`,
  problems: `${NO_USABLE}: {problems}.`,
  certificateProblems: '"{subject}": {problems}',
  ...CERTIFICATE_PROBLEMS,
  fixConnectionName:
    'Correct the VPN connection name, or leave it empty to use the only per-machine connection.',
} as const;

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
  messages: MESSAGES,
  async check(ctx) {
    const kind = vpnKindOf(ctx);
    if (kind?.kind === 'third-party') {
      return {
        status: 'skip',
        ...(kind.clientName
          ? say('vpn-certificate', MESSAGES, 'thirdParty', { client: kind.clientName })
          : say('vpn-certificate', MESSAGES, 'thirdPartyUnnamed')),
        details: { kind: kind.kind },
      };
    }
    const profile = ctx.resultOf('vpn-profile');
    if (profile?.status !== 'pass') {
      return {
        status: 'blocked',
        ...say('vpn-certificate', MESSAGES, 'waiting'),
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
        ...say('vpn-certificate', MESSAGES, 'notFound', { name: wanted ?? '' }),
        details: { connections: connections.map((c) => c.Name) },
        remediation: [MESSAGES.fixConnectionName],
      };
    }
    const needing = inUse.filter(usesCertificate);
    if (needing.length === 0) {
      return {
        status: 'skip',
        ...say('vpn-certificate', MESSAGES, 'noCertificateAuth', {
          connections: inUse.map((c) => `"${c.Name}"`).join(', '),
        }),
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
    const assessed = machine.map((cert) => assessCertificate(cert, ctx.now));
    const reviews = assessed.map((a) => a.review);
    const good = reviews.find((r) => r.problems.length === 0);
    if (good) {
      return {
        status: 'pass',
        ...say('vpn-certificate', MESSAGES, 'pass', {
          subject: good.subject,
          connections: names.map((n) => `"${n}"`).join(', '),
        }),
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
    // Each certificate's problems by id, beside the English details keep.
    const detailMessages: DetailMessages = Object.fromEntries(
      assessed.map(({ problems: found }, i) => [
        `machineCertificates.${i}.problems`,
        found.map((p) => say('vpn-certificate', MESSAGES, p.name, p.params).message),
      ]),
    );
    const problems = listOf(
      assessed.map(({ review, problems: found }) =>
        say('vpn-certificate', MESSAGES, 'certificateProblems', {
          subject: review.subject,
          problems: listOf(found.map((p) => say('vpn-certificate', MESSAGES, p.name, p.params))),
        }),
      ),
      '; ',
    );
    if (account === 'system' || account === 'oobe') {
      const notRead = { account, user: session?.ProcessUser ?? OOBE_ACCOUNT };
      return {
        status: 'fail',
        ...(reviews.length === 0
          ? say('vpn-certificate', MESSAGES, 'emptyStoreNotRead', notRead)
          : say('vpn-certificate', MESSAGES, 'problemsNotRead', { ...notRead, problems })),
        details: { connections: names, machineCertificates: reviews, userStoreSkipped: account },
        detailMessages,
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
        ...say('vpn-certificate', MESSAGES, 'userOnly', { subject: userGood.subject }),
        details,
        detailMessages,
      };
    }
    return {
      status: 'fail',
      ...(reviews.length === 0
        ? say('vpn-certificate', MESSAGES, 'emptyStore')
        : say('vpn-certificate', MESSAGES, 'problems', { problems })),
      details,
      detailMessages,
    };
  },
};
