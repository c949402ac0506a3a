import type { StepDefinition } from '../step-definition.js';
import { askStructured } from '../rules/probe-call.js';
import { isPlugin, isUsableBeforeSignIn, VpnConnectionListSchema } from '../rules/vpn-connections.js';
import { say } from '../say.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';
import { vpnKindOf } from '../rules/vpn-kind.js';

const MESSAGES = {
  thirdParty: 'Does not apply: the VPN is a third-party client ({client}), not a Windows VPN connection.',
  thirdPartyUnnamed:
    'Does not apply: the VPN is a third-party client (installed as a Win32 app), not a Windows VPN connection.',
  found:
    '{count, plural, one {Per-machine VPN connection found} other {Per-machine VPN connections found}}: {names}.',
  pluginsOnly:
    'Only third-party plug-in VPN profiles ({plugins}): they install after sign-in, so they cannot connect from the logon screen.',
  noneUsable: 'No usable all-user VPN connection on this device.',
  none: 'No all-user VPN connection on this device.',
} as const;

export const vpnProfileStep: StepDefinition = {
  id: 'vpn-profile',
  stage: 'VPN profile',
  kind: 'check',
  title: 'A per-machine VPN connection exists',
  instructions: 'The app runs Get-VpnConnection -AllUserConnection, as the procedure says.',
  why: 'Only an all-user (per-machine) VPN connection is available on the logon screen before anyone has signed in.',
  source: VPN_VALIDATION,
  probes: ['vpn.connections'],
  // vpn-kind (issue 16a): a third-party client needs no Windows VPN connection.
  dependsOn: ['vpn-kind'],
  remediation: {
    fail: [
      'Deploy the VPN as a per-machine (all-user) connection: a Win32 app from Intune that installs the VPN client and creates the connection, or Add-VpnConnection -AllUserConnection.',
      'Store (UWP) VPN plug-ins are not supported: they install only after the user signs in.',
      'Check with: Get-VpnConnection -AllUserConnection',
      `Windows VPN settings in Intune: ${DOCS.intuneVpnSettings}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const kind = vpnKindOf(ctx);
    if (kind?.kind === 'third-party') {
      return {
        status: 'skip',
        ...(kind.clientName
          ? say('vpn-profile', MESSAGES, 'thirdParty', { client: kind.clientName })
          : say('vpn-profile', MESSAGES, 'thirdPartyUnnamed')),
        details: { kind: kind.kind },
      };
    }
    const connections = await askStructured(
      ctx,
      { probe: 'vpn.connections', args: {} },
      VpnConnectionListSchema,
      'array',
    );
    const usable = connections.filter(isUsableBeforeSignIn);
    const plugins = connections.filter(isPlugin);
    const details = {
      connections: connections.map((c) => c.Name),
      usable: usable.map((c) => c.Name),
      plugins: plugins.map((c) => c.Name),
    };
    if (usable.length > 0) {
      const names = usable.map((c) => `"${c.Name}"`).join(', ');
      return {
        status: 'pass',
        ...say('vpn-profile', MESSAGES, 'found', { count: usable.length, names }),
        details,
      };
    }
    if (plugins.length > 0) {
      return {
        status: 'fail',
        ...say('vpn-profile', MESSAGES, 'pluginsOnly', { plugins: details.plugins.join(', ') }),
        details,
      };
    }
    return {
      status: 'fail',
      ...say('vpn-profile', MESSAGES, connections.length > 0 ? 'noneUsable' : 'none'),
      details,
    };
  },
};
