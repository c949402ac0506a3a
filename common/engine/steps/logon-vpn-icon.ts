import type { StepDefinition } from '../step-definition.js';
import { VPN_VALIDATION } from '../sources.js';

export const logonVpnIconStep: StepDefinition = {
  id: 'logon-vpn-icon',
  stage: 'Logon screen',
  kind: 'manual',
  title: 'VPN icon on the logon screen',
  instructions:
    'Sign out (Ctrl+Alt+Del > Sign out). On the sign-in screen, look at the bottom right: a network icon with the VPN connection must be shown. Come back and confirm what you saw.',
  why: 'The user connects the VPN from the logon screen before signing in; without the icon they cannot.',
  source: VPN_VALIDATION,
  probes: [],
  dependsOn: [],
  remediation: {
    fail: [
      'The VPN connection must be per-machine (all-user); a per-user connection is not shown on the logon screen.',
      'For third-party clients, enable their "Start Before Logon"/"pre-logon" option in the Win32 app\'s configuration.',
      'Make sure the Group Policy "Do not display network selection UI" is not enabled (Computer Configuration > Administrative Templates > System > Logon).',
    ],
  },
  async check(ctx) {
    const confirmation = ctx.confirmations['logon-vpn-icon'];
    if (!confirmation) {
      return {
        status: 'manual',
        summary: 'Sign out and check the logon screen for the VPN icon, then confirm.',
        details: {},
      };
    }
    const details = { note: confirmation.note };
    return confirmation.result === 'pass'
      ? {
          status: 'pass',
          summary: `The technician saw the VPN icon on the logon screen.${noteText(confirmation.note)}`,
          details,
        }
      : {
          status: 'fail',
          summary: `The technician did not see the VPN icon on the logon screen.${noteText(confirmation.note)}`,
          details,
        };
  },
};

function noteText(note: string): string {
  return note.trim() ? ` Note: ${note.trim()}` : '';
}
