import type { StepDefinition } from '../step-definition.js';
import { askIfRecorded } from '../rules/optional-probe.js';
import { askStructured } from '../rules/probe-call.js';
import { VpnConnectionListSchema } from '../rules/vpn-connections.js';
import { decideKind, PRELOGON_EVIDENCE, type KindDecision } from '../rules/vpn-kind.js';
import { VpnKindProbeSchema } from '../parsers/vpn-kind.js';
import { listOf, say, type Said } from '../say.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';

/** Where `detailMessages` holds details.client.prelogonEvidence said by id (vpn-client-prelogon reads it). */
export const CLIENT_EVIDENCE_DETAIL = 'client.prelogonEvidence';

/** The other VPNs on the device, after the sentence that names the one the checklist follows. */
const ALSO = '{othersCount, plural, =0 {} other { Also on this device: {others}.}}';

const MESSAGES = {
  notRecorded:
    'This recording does not say which kind of VPN the device uses: the checklist follows the procedure as written (a built-in connection dialled with rasdial).',
  none: 'No VPN found: no Windows VPN connection for all users, no Always On profile and no known VPN client (Cisco Secure Client/AnyConnect, GlobalProtect, FortiClient, Ivanti/Pulse Secure).',
  autoDevice: `This device uses a built-in Always On device tunnel, "{connection}", that connects by itself before anyone signs in: no rasdial, the app checks that it is up and that a domain controller answers through it.${ALSO}`,
  autoUser: `This device uses a built-in Always On user tunnel, "{connection}", that connects by itself only after a user signs in.${ALSO}`,
  thirdParty: `This device uses a third-party client, {client}: you connect with the client, the app checks its pre-logon setting and the domain controller through its tunnel.${ALSO}`,
  manual: `This device uses a built-in per-machine connection, "{connection}", dialled by hand with rasdial, as the procedure describes.${ALSO}`,
  otherAlwaysOn: '"{name}" (Always On {tunnel, select, device {device} other {user}} tunnel)',
  ...PRELOGON_EVIDENCE,
} as const;

type KindMessage = 'autoDevice' | 'autoUser' | 'thirdParty' | 'manual';

function kindMessage(decision: KindDecision): KindMessage {
  if (decision.kind === 'built-in-auto') return decision.tunnel === 'device' ? 'autoDevice' : 'autoUser';
  return decision.kind === 'third-party' ? 'thirdParty' : 'manual';
}

/** The other VPNs by name: a list of names, given to the sentence as one parameter. */
function otherVpns(decision: KindDecision): (Said | string)[] {
  return [
    ...decision.auto
      .filter((a) => a.name !== decision.connection)
      .map((a) => say('vpn-kind', MESSAGES, 'otherAlwaysOn', { name: a.name, tunnel: a.tunnel })),
    ...decision.clients.filter((c) => c.id !== decision.client?.id).map((c) => c.name),
  ];
}

function kindSummary(decision: KindDecision) {
  const others = otherVpns(decision);
  const client = decision.client
    ? `${decision.client.name}${decision.client.version ? ` ${decision.client.version}` : ''}`
    : '';
  return say('vpn-kind', MESSAGES, kindMessage(decision), {
    connection: decision.connection ?? '',
    client,
    othersCount: others.length,
    others: listOf(others),
  });
}

export const vpnKindStep: StepDefinition = {
  id: 'vpn-kind',
  stage: 'VPN profile',
  kind: 'check',
  title: 'Which kind of VPN this device uses',
  instructions:
    'The app reads which VPN connections Windows starts by itself (Always On), which VPN clients are installed (Cisco Secure Client/AnyConnect, GlobalProtect, FortiClient, Ivanti/Pulse Secure) and their services, and follows the checks that apply to that kind.',
  why: 'The procedure validates a connection dialled by hand and notes that VPNs that connect automatically, and third-party clients deployed as Win32 apps, are validated differently.',
  source: VPN_VALIDATION,
  probes: ['vpn.kind', 'vpn.connections'],
  dependsOn: [],
  remediation: {
    fail: [
      'Deploy the VPN so it exists before anyone signs in: a per-machine (all-user) Windows VPN connection or Always On device tunnel, or a VPN client installed as a Win32 app with its pre-logon feature.',
      `Always On VPN device tunnel: ${DOCS.deviceTunnel}`,
    ],
    warn: [
      'A user tunnel connects only after sign-in, so it cannot carry the first sign-in of a hybrid-joined device: add a device tunnel (machine certificate) or a per-machine connection the user can start from the logon screen.',
      `Always On VPN device tunnel: ${DOCS.deviceTunnel}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const read = await askIfRecorded(ctx, { probe: 'vpn.kind', args: {} }, VpnKindProbeSchema, 'object');
    if (!read) {
      return {
        status: 'skip',
        ...say('vpn-kind', MESSAGES, 'notRecorded'),
        details: { kind: null, reason: 'not-recorded' },
      };
    }
    const connections = await askStructured(
      ctx,
      { probe: 'vpn.connections', args: {} },
      VpnConnectionListSchema,
      'array',
    );
    const decision = decideKind(read, connections, ctx.inputs.vpnConnection?.trim() || null);
    const details = {
      kind: decision.kind,
      connection: decision.connection,
      tunnel: decision.tunnel,
      client: decision.client,
      clients: decision.clients,
      autoConnections: decision.auto,
      ...(read.Unreadable.length > 0 ? { unreadable: read.Unreadable.map((u) => u.Source) } : {}),
    };
    // The client's pre-logon evidence, kept in English in details, said by id for presenters.
    const said = decision.clientEvidence
      ? { detailMessages: { [CLIENT_EVIDENCE_DETAIL]: decision.clientEvidence.message } }
      : {};
    if (decision.kind === 'none') {
      return {
        status: 'fail',
        ...say('vpn-kind', MESSAGES, 'none'),
        details,
      };
    }
    const summary = kindSummary(decision);
    if (decision.kind === 'built-in-auto' && decision.tunnel === 'user') {
      return { status: 'warn', ...summary, details, ...said };
    }
    return { status: 'pass', ...summary, details, ...said };
  },
};
