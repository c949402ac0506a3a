import type { StepDefinition } from '../step-definition.js';
import { clientSpec, type ClientFound } from '../rules/vpn-kind.js';
import { VPN_VALIDATION } from '../sources.js';

function clientOf(details: Record<string, unknown> | undefined): ClientFound | null {
  const client = details?.client;
  if (!client || typeof client !== 'object') return null;
  const found = client as Partial<ClientFound>;
  return typeof found.id === 'string' && typeof found.name === 'string' ? (found as ClientFound) : null;
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
  async check(ctx) {
    const kind = ctx.resultOf('vpn-kind');
    if (!kind || kind.status === 'error' || kind.status === 'blocked') {
      // An unknown kind is not "no client": the setting was not read, so nothing is proven.
      return {
        status: 'blocked',
        summary: "The kind of VPN could not be read, so no VPN client's pre-logon setting was checked.",
        details: { waitingOn: 'vpn-kind' },
      };
    }
    if (kind.details['reason'] === 'not-recorded') {
      return {
        status: 'skip',
        summary: "This recording holds no VPN kind, so no VPN client's pre-logon setting was checked.",
        details: { reason: 'not-recorded' },
      };
    }
    const client = clientOf(kind.details);
    if (kind.details.kind !== 'third-party' || !client) {
      return {
        status: 'skip',
        summary:
          kind.details.kind === 'built-in-auto' || kind.details.kind === 'built-in-manual'
            ? 'Applies to third-party VPN clients only: this device uses a built-in Windows VPN connection.'
            : 'Applies to third-party VPN clients only: none was found.',
        details: {},
      };
    }
    const details = { client: client.id, prelogon: client.prelogon, evidence: client.prelogonEvidence };
    const howTo = [...(clientSpec(client.id)?.howToEnable ?? [])];
    if (client.prelogon === 'enabled') {
      return {
        status: 'pass',
        summary: `${client.name} can connect before sign-in: ${client.prelogonEvidence}`,
        details,
        remediation: [],
      };
    }
    if (client.prelogon === 'disabled') {
      return {
        status: 'fail',
        summary: `${client.name} cannot connect before sign-in: ${client.prelogonEvidence} A user without cached credentials will not be able to sign in off the corporate network.`,
        details,
        remediation: howTo,
      };
    }
    return {
      status: 'warn',
      summary: `Whether ${client.name} can connect before sign-in could not be read: ${client.prelogonEvidence} Check it on the logon screen (the "VPN icon on the logon screen" step).`,
      details,
      remediation: howTo,
    };
  },
};
