import type { StepDefinition } from '../step-definition.js';
import { parseRasdialDisconnect } from '../parsers/rasdial.js';
import { formatHex } from '../parsers/exit-code.js';
import { askCompleted } from '../rules/probe-call.js';
import { VPN_VALIDATION } from '../sources.js';
import { vpnKindOf } from '../rules/vpn-kind.js';

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
  async check(ctx) {
    const kind = vpnKindOf(ctx);
    if (kind?.kind === 'built-in-auto') {
      return {
        status: 'skip',
        summary: `Does not apply: "${kind.connection ?? 'the Always On connection'}" connects by itself and is meant to stay up; rasdial does not manage it.`,
        details: { kind: kind.kind },
      };
    }
    if (kind?.kind === 'third-party') {
      return {
        status: 'skip',
        summary: `Does not apply: rasdial does not manage ${kind.clientName ?? 'a third-party client'}. Disconnect with the client before signing out, so the logon-screen test starts from a clean state.`,
        details: { kind: kind.kind },
      };
    }
    const connect = ctx.resultOf('vpn-connect');
    const connection = connect?.details.connection;
    if (connect?.status !== 'pass' || typeof connection !== 'string') {
      return { status: 'blocked', summary: 'The VPN was not connected by this checklist.', details: {} };
    }
    const result = await askCompleted(ctx, { probe: 'vpn.disconnect', args: { name: connection } });
    const rasdial = parseRasdialDisconnect(result);
    if (result.exitCode === 0) {
      return {
        status: 'pass',
        summary: `Disconnected "${connection}".`,
        details: { connection, errorCode: 0 },
      };
    }
    const code = rasdial.errorCode ?? result.exitCode;
    return {
      status: 'fail',
      summary: `rasdial could not disconnect "${connection}": error ${code} (${formatHex(code)}).`,
      details: { connection, errorCode: code, message: rasdial.message },
    };
  },
};
