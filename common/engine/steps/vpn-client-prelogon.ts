import type { StepResult } from '../../model.js';
import type { StepDefinition } from '../step-definition.js';
import { clientSpec, HOW_TO_ENABLE, type ClientFound } from '../rules/vpn-kind.js';
import { say, type Said } from '../say.js';
import { CLIENT_EVIDENCE_DETAIL } from './vpn-kind.js';
import { VPN_VALIDATION } from '../sources.js';

function clientOf(details: Record<string, unknown> | undefined): ClientFound | null {
  const client = details?.client;
  if (!client || typeof client !== 'object') return null;
  const found = client as Partial<ClientFound>;
  return typeof found.id === 'string' && typeof found.name === 'string' ? (found as ClientFound) : null;
}

// The evidence is the client's own setting as read on the device (a path, a value), kept as a parameter.
const MESSAGES = {
  kindUnknown: "The kind of VPN could not be read, so no VPN client's pre-logon setting was checked.",
  notRecorded: "This recording holds no VPN kind, so no VPN client's pre-logon setting was checked.",
  builtIn: 'Applies to third-party VPN clients only: this device uses a built-in Windows VPN connection.',
  noClient: 'Applies to third-party VPN clients only: none was found.',
  enabled: '{client} can connect before sign-in: {evidence}',
  disabled:
    '{client} cannot connect before sign-in: {evidence} A user without cached credentials will not be able to sign in off the corporate network.',
  unknown:
    'Whether {client} can connect before sign-in could not be read: {evidence} Check it on the logon screen (the "VPN icon on the logon screen" step).',
  ...HOW_TO_ENABLE,
} as const;

/** vpn-kind's evidence, by id when it said it (older results: the English alone). */
function evidenceOf(kind: StepResult, client: ClientFound): Said | string {
  const message = kind.detailMessages?.[CLIENT_EVIDENCE_DETAIL];
  return message && !Array.isArray(message)
    ? { summary: client.prelogonEvidence, message }
    : client.prelogonEvidence;
}

export const vpnClientPrelogonStep: StepDefinition = {
  id: 'vpn-client-prelogon',
  stage: 'VPN profile',
  kind: 'check',
  title: 'The VPN client can connect before sign-in',
  instructions:
    "For a third-party VPN client, the app reads its pre-logon setting where the client keeps it (AnyConnect's Start Before Logon, GlobalProtect's Prelogon, FortiClient's VPN before logon, Ivanti/Pulse machine connections).",
  why: 'A user without cached credentials signs in to the domain through the VPN, so the client must offer its tunnel on the logon screen, before anyone signs in.',
  source: VPN_VALIDATION,
  probes: [],
  dependsOn: ['vpn-kind'],
  remediation: {},
  messages: MESSAGES,
  async check(ctx) {
    const kind = ctx.resultOf('vpn-kind');
    if (!kind || kind.status === 'error' || kind.status === 'blocked') {
      // An unknown kind is not "no client": the setting was not read, so nothing is proven.
      return {
        status: 'blocked',
        ...say('vpn-client-prelogon', MESSAGES, 'kindUnknown'),
        details: { waitingOn: 'vpn-kind' },
      };
    }
    if (kind.details['reason'] === 'not-recorded') {
      return {
        status: 'skip',
        ...say('vpn-client-prelogon', MESSAGES, 'notRecorded'),
        details: { reason: 'not-recorded' },
      };
    }
    const client = clientOf(kind.details);
    if (kind.details.kind !== 'third-party' || !client) {
      return {
        status: 'skip',
        ...say(
          'vpn-client-prelogon',
          MESSAGES,
          kind.details.kind === 'built-in-auto' || kind.details.kind === 'built-in-manual'
            ? 'builtIn'
            : 'noClient',
        ),
        details: {},
      };
    }
    const details = { client: client.id, prelogon: client.prelogon, evidence: client.prelogonEvidence };
    const howTo = [...(clientSpec(client.id)?.howToEnable ?? [])];
    const evidence = evidenceOf(kind, client);
    const about = { client: client.name, evidence };
    // details.evidence is the same English, said by the same id for the report's row.
    const said = typeof evidence === 'string' ? {} : { detailMessages: { evidence: evidence.message } };
    if (client.prelogon === 'enabled') {
      return {
        status: 'pass',
        ...say('vpn-client-prelogon', MESSAGES, 'enabled', about),
        details,
        ...said,
        remediation: [],
      };
    }
    if (client.prelogon === 'disabled') {
      return {
        status: 'fail',
        ...say('vpn-client-prelogon', MESSAGES, 'disabled', about),
        details,
        ...said,
        remediation: howTo,
      };
    }
    return {
      status: 'warn',
      ...say('vpn-client-prelogon', MESSAGES, 'unknown', about),
      details,
      ...said,
      remediation: howTo,
    };
  },
};
