/**
 * Where each step comes from in Microsoft's documentation, so the technician can read the
 * procedure's own words. The user-driven mode article is the procedure this app validates.
 */
import type { ProcedureSource } from './step-definition.js';

const USER_DRIVEN = 'https://learn.microsoft.com/autopilot/user-driven';

export const VPN_REQUIREMENTS: ProcedureSource = {
  section: 'User-driven mode for hybrid Azure AD join with VPN support › Requirements',
  url: `${USER_DRIVEN}#user-driven-mode-for-hybrid-azure-active-directory-join-with-vpn-support`,
};

export const HYBRID_REQUIREMENTS: ProcedureSource = {
  section: 'User-driven mode for hybrid Azure AD join › Requirements',
  url: `${USER_DRIVEN}#user-driven-mode-for-hybrid-azure-active-directory-join`,
};

export const VPN_VALIDATION: ProcedureSource = {
  section: 'User-driven mode for hybrid Azure AD join with VPN support › Validation',
  url: `${USER_DRIVEN}#validation`,
};

export const NETWORK_REQUIREMENTS: ProcedureSource = {
  section: 'Windows Autopilot networking requirements',
  url: 'https://learn.microsoft.com/autopilot/networking-requirements',
};

export const DOCS = {
  hybridJoinIntune: 'https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  hybridJoinVerify: 'https://learn.microsoft.com/entra/identity/devices/how-to-hybrid-join-verify',
  autopilotProfiles: 'https://learn.microsoft.com/autopilot/profiles',
  intuneVpnSettings: 'https://learn.microsoft.com/mem/intune/configuration/vpn-settings-windows-10',
  intuneCertificates: 'https://learn.microsoft.com/mem/intune/protect/certificates-configure',
  deviceTunnel:
    'https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  updateCatalog: 'https://catalog.update.microsoft.com',
  kb4530684: 'https://support.microsoft.com/help/4530684',
  wusa: 'https://support.microsoft.com/help/934307',
  dcLocator: 'https://learn.microsoft.com/troubleshoot/windows-server/active-directory/dc-locator-process',
  wpad: 'https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
} as const;
