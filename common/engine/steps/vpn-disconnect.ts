import type { StepDefinition } from '../step-definition.js';
import { parseRasdialDisconnect } from '../parsers/rasdial.js';
import { formatHex } from '../parsers/exit-code.js';
import { askCompleted } from '../rules/probe-call.js';
import { say } from '../say.js';
import { VPN_VALIDATION } from '../sources.js';
import { vpnKindOf } from '../rules/vpn-kind.js';

const MESSAGES = {
  alwaysOn:
    'Does not apply: "{connection}" connects by itself and is meant to stay up; rasdial does not manage it.',
  alwaysOnUnnamed:
    'Does not apply: "the Always On connection" connects by itself and is meant to stay up; rasdial does not manage it.',
  thirdParty:
    'Does not apply: rasdial does not manage {client}. Disconnect with the client before signing out, so the logon-screen test starts from a clean state.',
  thirdPartyUnnamed:
    'Does not apply: rasdial does not manage a third-party client. Disconnect with the client before signing out, so the logon-screen test starts from a clean state.',
  notConnected: 'The VPN was not connected by this checklist.',
  disconnected: 'Disconnected "{connection}".',
  failed: 'rasdial could not disconnect "{connection}": error {code} ({hex}).',
} as const;

export const vpnDisconnectStep: StepDefinition = {
  id: 'vpn-disconnect',
  stage: 'Connect',
  kind: 'action',
  title: 'Disconnect the VPN',
  instructions:
    'The app runs RASDIAL.EXE "<connection name>" /disconnect, so the logon-screen test starts from a clean state.',
  why: 'The next test starts the VPN from the logon screen, which needs the connection to be down.',
  source: VPN_VALIDATION,
  probes: ['vpn.disconnect'],
  // After dc-over-vpn: the domain controller is looked up while the tunnel is still up.
  dependsOn: ['vpn-kind', 'vpn-connect', 'dc-over-vpn'],
  remediation: {
    fail: [
      'Disconnect from the network flyout (the VPN entry > Disconnect), or run: rasdial /disconnect',
      'If the connection stays up, restart the Remote Access Connection Manager service (RasMan) or reboot.',
    ],
  },
  action: {
    button: 'Disconnect VPN now',
    dialogTitle: 'Disconnect the VPN?',
    confirmLabel: 'Yes, disconnect',
    confirm:
      'The app runs rasdial /disconnect for {"vpnConnection"}. Anything using the corporate network over the VPN loses its connection.',
    whenMissing: { vpnConnection: 'the VPN connection' },
  },
  messages: MESSAGES,
  async check(ctx) {
    const kind = vpnKindOf(ctx);
    if (kind?.kind === 'built-in-auto') {
      return {
        status: 'skip',
        ...(kind.connection
          ? say('vpn-disconnect', MESSAGES, 'alwaysOn', { connection: kind.connection })
          : say('vpn-disconnect', MESSAGES, 'alwaysOnUnnamed')),
        details: { kind: kind.kind },
      };
    }
    if (kind?.kind === 'third-party') {
      return {
        status: 'skip',
        ...(kind.clientName
          ? say('vpn-disconnect', MESSAGES, 'thirdParty', { client: kind.clientName })
          : say('vpn-disconnect', MESSAGES, 'thirdPartyUnnamed')),
        details: { kind: kind.kind },
      };
    }
    const connect = ctx.resultOf('vpn-connect');
    const connection = connect?.details.connection;
    if (connect?.status !== 'pass' || typeof connection !== 'string') {
      return { status: 'blocked', ...say('vpn-disconnect', MESSAGES, 'notConnected'), details: {} };
    }
    const result = await askCompleted(ctx, { probe: 'vpn.disconnect', args: { name: connection } });
    const rasdial = parseRasdialDisconnect(result);
    if (result.exitCode === 0) {
      return {
        status: 'pass',
        ...say('vpn-disconnect', MESSAGES, 'disconnected', { connection }),
        details: { connection, errorCode: 0 },
      };
    }
    const code = rasdial.errorCode ?? result.exitCode;
    return {
      status: 'fail',
      ...say('vpn-disconnect', MESSAGES, 'failed', { connection, code, hex: formatHex(code) }),
      details: { connection, errorCode: code, message: rasdial.message },
    };
  },
};
