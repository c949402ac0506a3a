/**
 * What each action button says, and what its confirmation tells the technician will change.
 * The wording names the real command so nobody is surprised by what happens to the device.
 */
import type { StepId, Inputs } from '../../common/model.js';

export interface ActionCopy {
  button: string;
  dialogTitle: string;
  confirmLabel: string;
  describe(inputs: Inputs): string;
}

export const ACTION_COPY: Partial<Record<StepId, ActionCopy>> = {
  'vpn-connect': {
    button: 'Connect VPN now',
    dialogTitle: 'Connect the VPN?',
    confirmLabel: 'Yes, connect',
    describe: (inputs) =>
      `The app runs rasdial to connect ${
        inputs.vpnConnection ? `"${inputs.vpnConnection}"` : 'the only usable all-user VPN connection'
      }. This device joins the corporate network through the VPN until you disconnect. It can take up to a minute.`,
  },
  'vpn-disconnect': {
    button: 'Disconnect VPN now',
    dialogTitle: 'Disconnect the VPN?',
    confirmLabel: 'Yes, disconnect',
    describe: (inputs) =>
      `The app runs rasdial /disconnect for ${
        inputs.vpnConnection ? `"${inputs.vpnConnection}"` : 'the VPN connection'
      }. Anything using the corporate network over the VPN loses its connection.`,
  },
  'update-install': {
    button: 'Install update now',
    dialogTitle: 'Install the update?',
    confirmLabel: 'Yes, install',
    describe: (inputs) =>
      `The app runs wusa.exe ${inputs.updatePackage ?? '(no package chosen)'} /quiet /norestart. This installs the cumulative update on this device and can take several minutes. Windows will probably ask for a restart afterwards; the app does not restart without asking you.`,
  },
};
