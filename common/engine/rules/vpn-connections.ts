/**
 * The all-user VPN connections as `Get-VpnConnection -AllUserConnection` reports them, and what the
 * procedure says about each: only a per-machine profile that is not a Store (UWP) plug-in exists at
 * the logon screen, because plug-ins install after the user signs in.
 */
import { z } from 'zod';

const nameOrNumber = z.union([z.string(), z.number()]).nullish();

/** Windows PowerShell writes a one-value string array as a bare string. */
const stringList = z.preprocess(
  (value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.union([z.string(), z.number()]).transform(String)),
);

export const VpnConnectionSchema = z.object({
  Name: z.string(),
  ServerAddress: z.string().nullish(),
  AllUserConnection: z.boolean().nullish(),
  TunnelType: nameOrNumber,
  AuthenticationMethod: stringList,
  EncryptionLevel: nameOrNumber,
  L2tpIPsecAuth: nameOrNumber,
  SplitTunneling: z.boolean().nullish(),
  ConnectionStatus: nameOrNumber,
  ProfileType: nameOrNumber,
  PluginApplicationID: z.string().nullish(),
  EapConfigXml: z.string().nullish(),
});
export type VpnConnection = z.infer<typeof VpnConnectionSchema>;
export const VpnConnectionListSchema = z.array(VpnConnectionSchema);

export function isPlugin(connection: VpnConnection): boolean {
  return (connection.PluginApplicationID ?? '').trim() !== '';
}

export function isUsableBeforeSignIn(connection: VpnConnection): boolean {
  return connection.AllUserConnection !== false && !isPlugin(connection);
}

// EAP method type 13 is EAP-TLS (IANA EAP registry), alone or inside PEAP.
const EAP_TLS = /<(?:\w+:)?Type\b[^>]*>\s*13\s*<\//;

/** Whether signing in to this connection needs a certificate on the device. */
export function usesCertificate(connection: VpnConnection): boolean {
  const methods = connection.AuthenticationMethod.map((m) => m.toLowerCase());
  if (methods.includes('machinecertificate')) return true;
  if (methods.includes('eap') && EAP_TLS.test(connection.EapConfigXml ?? '')) return true;
  const tunnel = String(connection.TunnelType ?? '').toLowerCase();
  return tunnel === 'l2tp' && String(connection.L2tpIPsecAuth ?? '').toLowerCase() === 'certificate';
}

export function sameConnectionName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Methods where rasdial needs a user name and password that only a person can type. */
const PASSWORD_METHODS = ['mschapv2', 'pap', 'chap', 'eap'];

/**
 * Whether this profile signs in with a user name and password (MS-CHAPv2, PAP, CHAP, or EAP
 * other than EAP-TLS, such as PEAP-MSCHAPv2): those are typed at the logon screen, so rasdial
 * without a person answers 703 or 691.
 */
export function needsUserCredentials(connection: VpnConnection): boolean {
  if (usesCertificate(connection)) return false;
  return connection.AuthenticationMethod.some((m) => PASSWORD_METHODS.includes(m.toLowerCase()));
}
