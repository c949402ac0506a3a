import type { StepContext, StepDefinition, Verdict } from '../step-definition.js';
import { parseRasdialConnect } from '../parsers/rasdial.js';
import { describeRasError } from '../rules/ras-errors.js';
import { askCompleted, askStructured } from '../rules/probe-call.js';
import {
  needsUserCredentials,
  sameConnectionName,
  VpnConnectionListSchema,
} from '../rules/vpn-connections.js';
import { remediate, say } from '../say.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';
import {
  AUTO_CONNECT_WAIT_SECONDS,
  isConnected,
  upVpnAdapter,
  vpnKindOf,
  type KnownKind,
} from '../rules/vpn-kind.js';
import { VpnStatusProbeSchema } from '../parsers/vpn-kind.js';

const ADAPTER = '{described, select, yes {{description}} other {VPN adapter}}';

const MESSAGES = {
  connected: 'Connected to "{connection}".',
  needsCredentials:
    'This profile needs credentials at the logon screen: test it there ("{connection}" signs in with a user name and password, which rasdial cannot type; error {code}).',
  failed: 'rasdial could not connect "{connection}": error {code} ({name}) — {meaning}',
  waitingProfile:
    'Waiting for a usable per-machine VPN connection (see "A per-machine VPN connection exists").',
  chooseConnection: 'Several per-machine VPN connections exist ({connections}): choose which one to test.',
  alwaysOnNoName: 'The Always On connection has no name to look for.',
  alwaysOnWaitingProfile:
    'Waiting for the Always On connection "{connection}" to exist for all users (see "A per-machine VPN connection exists").',
  alwaysOnConnectedAfter:
    '"{connection}" connected by itself after {seconds} s (Always On: no rasdial needed).',
  alwaysOnConnected: '"{connection}" is connected by itself (Always On: no rasdial needed).',
  alwaysOnNotConnected:
    '"{connection}" connects by itself (Always On) but was not connected after {seconds} s.',
  clientTunnelUp: `The {client} tunnel is up ({adapter}: ${ADAPTER}).`,
  clientTunnelDown: 'No {client} tunnel is up: connect with {client}, then run this step again.',
  unnamedClientTunnelUp: `The VPN client tunnel is up ({adapter}: ${ADAPTER}).`,
  unnamedClientTunnelDown:
    'No VPN client tunnel is up: connect with the VPN client, then run this step again.',
  // What to do next when the step cannot go on by itself.
  fixPickConnection: 'Pick the VPN connection the device uses at the logon screen, then run this step again.',
  fixOpenClient:
    'Open {client} (its icon in the notification area), connect to the corporate gateway, and wait until it says connected.',
  fixThenRunAgain:
    "Then run this step again: the app looks for the client's virtual adapter and checks the domain controller through it.",
  fixSignInWithCredentials:
    'Sign out, choose the network sign-in icon on the logon screen, connect this VPN with a user name and password, and check that the sign-in works (the "Sign in off the corporate network" step).',
  fixDeviceTunnelForNoPerson:
    'For a connection that works without a person (Autopilot before any user signs in), use a device tunnel with the machine certificate.',
  fixOffCorporateNetwork:
    'Check that the device is off the corporate network (Always On does not connect on a trusted network) and has internet access.',
  fixDeviceTunnelNeeds:
    'A device tunnel needs a machine certificate with Client Authentication and the IKEv2 VPN server reachable on UDP 500 and 4500: look for RasClient events 20227 (failed, with its error code) in Event Viewer > Application.',
} as const;

/** The connection to dial: the technician's choice, else the only usable one `vpn-profile` found. */
export function connectionToDial(ctx: StepContext): { name: string } | { blocked: Verdict } {
  const profile = ctx.resultOf('vpn-profile');
  if (profile?.status !== 'pass') {
    return {
      blocked: {
        status: 'blocked',
        ...say('vpn-connect', MESSAGES, 'waitingProfile'),
        details: {},
      },
    };
  }
  const wanted = ctx.inputs.vpnConnection?.trim();
  if (wanted) return { name: wanted };
  const usable = Array.isArray(profile.details.usable) ? profile.details.usable.map(String) : [];
  const [only] = usable;
  if (usable.length === 1 && only !== undefined) return { name: only };
  return {
    blocked: {
      status: 'blocked',
      ...say('vpn-connect', MESSAGES, 'chooseConnection', { connections: usable.join(', ') }),
      details: { usable },
      ...remediate([say('vpn-connect', MESSAGES, 'fixPickConnection')]),
    },
  };
}

/** ERROR_INTERACTIVE_MODE and ERROR_AUTHENTICATION_FAILURE: what rasdial says when nobody can type. */
const NEEDS_A_PERSON = [703, 691];

/** Whether the dialled profile asks for a user name and password; null when it cannot be read. */
async function profileNeedsCredentials(ctx: StepContext, connection: string): Promise<boolean> {
  try {
    const all = await askStructured(
      ctx,
      { probe: 'vpn.connections', args: {} },
      VpnConnectionListSchema,
      'array',
    );
    const found = all.find((c) => sameConnectionName(c.Name, connection));
    return found !== undefined && needsUserCredentials(found);
  } catch {
    // Without the profile the code alone cannot tell a typed password from a wrong certificate.
    return false;
  }
}

export const vpnConnectStep: StepDefinition = {
  id: 'vpn-connect',
  stage: 'Connect',
  kind: 'action',
  title: 'Connect the VPN with rasdial',
  instructions:
    'The app runs RASDIAL.EXE "<connection name>", as the procedure says. It can take up to a minute.',
  why: 'The procedure asks to start the per-machine VPN connection by hand before testing it from the logon screen.',
  source: VPN_VALIDATION,
  // vpn.connections only after a 703/691, to tell a profile that needs a person from a real failure.
  // vpn.status (issue 16a) instead of rasdial for a VPN that connects by itself or through a client.
  probes: ['vpn.connect', 'vpn.connections', 'vpn.status'],
  dependsOn: ['vpn-kind', 'vpn-profile'],
  remediation: {},
  action: {
    button: 'Connect VPN now',
    dialogTitle: 'Connect the VPN?',
    confirmLabel: 'Yes, connect',
    confirm:
      'The app runs rasdial to connect {"vpnConnection"}. This device joins the corporate network through the VPN until you disconnect. It can take up to a minute.',
    whenMissing: { vpnConnection: 'the only usable all-user VPN connection' },
  },
  messages: MESSAGES,
  async check(ctx) {
    const kind = vpnKindOf(ctx);
    if (kind?.kind === 'built-in-auto') return checkAutoConnected(ctx, kind);
    if (kind?.kind === 'third-party') return checkClientTunnel(ctx, kind);
    const target = connectionToDial(ctx);
    if ('blocked' in target) return target.blocked;
    const connection = target.name;
    const result = await askCompleted(ctx, { probe: 'vpn.connect', args: { name: connection } });
    const rasdial = parseRasdialConnect(result);
    if (result.exitCode === 0) {
      return {
        status: 'pass',
        ...say('vpn-connect', MESSAGES, 'connected', { connection }),
        details: { errorCode: 0, connection },
      };
    }
    const ras = describeRasError(rasdial.errorCode ?? result.exitCode);
    const code = ras.code;
    if (NEEDS_A_PERSON.includes(code) && (await profileNeedsCredentials(ctx, connection))) {
      return {
        status: 'manual',
        ...say('vpn-connect', MESSAGES, 'needsCredentials', { connection, code }),
        details: { errorCode: code, connection, errorName: ras.name, needsCredentials: true },
        remediation: [MESSAGES.fixSignInWithCredentials, MESSAGES.fixDeviceTunnelForNoPerson],
      };
    }
    return {
      status: 'fail',
      // The meaning is said by its RAS code (or as an unknown code), so it reads in every language.
      ...say('vpn-connect', MESSAGES, 'failed', {
        connection,
        code,
        name: ras.name,
        meaning: ras.said.meaning,
      }),
      details: {
        errorCode: code,
        connection,
        errorName: ras.name,
        meaning: ras.meaning,
        message: rasdial.message,
      },
      ...remediate(ras.said.fix),
    };
  },
};

/**
 * An Always On connection is not dialled: the probe waits on the device, up to a bounded time, for
 * it to come up by itself (cancelled like any probe), and the step says whether it did.
 */
async function checkAutoConnected(ctx: StepContext, kind: KnownKind): Promise<Verdict> {
  const profile = ctx.resultOf('vpn-profile');
  const connection = ctx.inputs.vpnConnection?.trim() || kind.connection;
  if (!connection) {
    return { status: 'blocked', ...say('vpn-connect', MESSAGES, 'alwaysOnNoName'), details: {} };
  }
  if (profile && profile.status !== 'pass') {
    return {
      status: 'blocked',
      ...say('vpn-connect', MESSAGES, 'alwaysOnWaitingProfile', { connection }),
      details: { connection },
    };
  }
  const status = await askStructured(
    ctx,
    { probe: 'vpn.status', args: { name: connection, waitSeconds: AUTO_CONNECT_WAIT_SECONDS } },
    VpnStatusProbeSchema,
    'object',
  );
  const details = { connection, connectedBy: 'itself', waitedSeconds: status.WaitedSeconds };
  if (isConnected(status, connection)) {
    return {
      status: 'pass',
      ...(status.WaitedSeconds > 0
        ? say('vpn-connect', MESSAGES, 'alwaysOnConnectedAfter', {
            connection,
            seconds: status.WaitedSeconds,
          })
        : say('vpn-connect', MESSAGES, 'alwaysOnConnected', { connection })),
      details,
    };
  }
  return {
    status: 'fail',
    ...say('vpn-connect', MESSAGES, 'alwaysOnNotConnected', {
      connection,
      seconds: AUTO_CONNECT_WAIT_SECONDS,
    }),
    details,
    remediation: [
      MESSAGES.fixOffCorporateNetwork,
      MESSAGES.fixDeviceTunnelNeeds,
      `Always On VPN device tunnel: ${DOCS.deviceTunnel}`,
    ],
  };
}

/** A third-party client is connected by the technician; the app checks that its tunnel is up. */
async function checkClientTunnel(ctx: StepContext, kind: KnownKind): Promise<Verdict> {
  const client = kind.clientName ?? 'the VPN client';
  const status = await askStructured(
    ctx,
    { probe: 'vpn.status', args: { waitSeconds: 0 } },
    VpnStatusProbeSchema,
    'object',
  );
  const adapter = upVpnAdapter(status);
  if (adapter) {
    return {
      status: 'pass',
      ...say('vpn-connect', MESSAGES, kind.clientName ? 'clientTunnelUp' : 'unnamedClientTunnelUp', {
        client,
        adapter: adapter.Name,
        described: adapter.InterfaceDescription != null ? 'yes' : 'no',
        description: adapter.InterfaceDescription ?? '',
      }),
      details: { connection: adapter.Name, adapter: adapter.InterfaceDescription, connectedBy: 'client' },
    };
  }
  return {
    status: 'manual',
    ...say('vpn-connect', MESSAGES, kind.clientName ? 'clientTunnelDown' : 'unnamedClientTunnelDown', {
      client,
    }),
    details: { connectedBy: 'client' },
    ...remediate([
      say('vpn-connect', MESSAGES, 'fixOpenClient', { client }),
      say('vpn-connect', MESSAGES, 'fixThenRunAgain'),
    ]),
  };
}
