import type { StepContext, StepDefinition, Verdict } from '../step-definition.js';
import { parseRasdialConnect } from '../parsers/rasdial.js';
import { describeRasError } from '../rules/ras-errors.js';
import { askCompleted, askStructured } from '../rules/probe-call.js';
import {
  needsUserCredentials,
  sameConnectionName,
  VpnConnectionListSchema,
} from '../rules/vpn-connections.js';
import { say } from '../say.js';
import { VPN_VALIDATION } from '../sources.js';

/** The connection to dial: the technician's choice, else the only usable one `vpn-profile` found. */
export function connectionToDial(ctx: StepContext): { name: string } | { blocked: Verdict } {
  const profile = ctx.resultOf('vpn-profile');
  if (profile?.status !== 'pass') {
    return {
      blocked: {
        status: 'blocked',
        summary:
          'Waiting for a usable per-machine VPN connection (see "A per-machine VPN connection exists").',
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
      summary: `Several per-machine VPN connections exist (${usable.join(', ')}): choose which one to test.`,
      details: { usable },
      remediation: ['Pick the VPN connection the device uses at the logon screen, then run this step again.'],
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

const MESSAGES = {
  connected: 'Connected to "{connection}".',
  needsCredentials:
    'This profile needs credentials at the logon screen: test it there ("{connection}" signs in with a user name and password, which rasdial cannot type; error {code}).',
  failed: 'rasdial could not connect "{connection}": error {code} ({name}) — {meaning}',
} as const;

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
  probes: ['vpn.connect', 'vpn.connections'],
  dependsOn: ['vpn-profile'],
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
        remediation: [
          'Sign out, choose the network sign-in icon on the logon screen, connect this VPN with a user name and password, and check that the sign-in works (the "Sign in off the corporate network" step).',
          'For a connection that works without a person (Autopilot before any user signs in), use a device tunnel with the machine certificate.',
        ],
      };
    }
    return {
      status: 'fail',
      // The meaning is translated by its RAS code where the summary is shown.
      ...say('vpn-connect', MESSAGES, 'failed', { connection, code, name: ras.name, meaning: ras.meaning }),
      details: {
        errorCode: code,
        connection,
        errorName: ras.name,
        meaning: ras.meaning,
        message: rasdial.message,
      },
      remediation: ras.fix,
    };
  },
};
