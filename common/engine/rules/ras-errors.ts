/**
 * The RAS and IKE errors `rasdial` returns for VPN connections, with what a technician does next on
 * an Autopilot hybrid-join device (all-user VPN profile that must connect before sign-in).
 * Names are the constants of raserror.h / winerror.h; meanings follow Microsoft's "Routing and
 * Remote Access error codes" list (support KB 923944 and the Windows RAS error reference) and the
 * Always On VPN troubleshooting guide.
 */
import { unwrapWin32 } from '../parsers/exit-code.js';
import { engineWords } from '../engine-messages.js';
import { sayById, type Said } from '../say.js';

/** The catalog key of a RAS error's meaning or fix (i18n/source-catalog.ts declares them). */
export const rasKey = (code: number, field: string): string => `ras.${code}.${field}`;

export interface RasErrorInfo {
  name: string;
  meaning: string;
  fix: string[];
}

export interface RasErrorDescription extends RasErrorInfo {
  code: number;
  /** The meaning and fixes said by id, for a verdict read in another language (engine/say.ts). */
  said: { meaning: Said; fix: (string | Said)[] };
}

const CHECK_EVENT_LOG =
  'Open Event Viewer > Windows Logs > Application, filter on source RasClient (events 20227 and 20226) for the detailed reason.';
const CHECK_SERVER_REACHABLE =
  'Check that the VPN server name in the profile resolves and is reachable from this network (Resolve-DnsName, Test-NetConnection -Port 443).';
const MACHINE_CERT =
  'Make sure the device has a machine certificate in Local Computer > Personal with Client Authentication (1.3.6.1.5.5.7.3.2) and a private key, issued by a CA the VPN server trusts (Intune PKCS/SCEP profile targeted at the device group).';
const RECREATE_PROFILE =
  'Re-deploy the VPN profile from Intune (or Add-VpnConnection -AllUserConnection) so it exists for all users before sign-in.';
const AUTH_METHOD =
  'Compare the profile authentication (Get-VpnConnection -AllUserConnection: AuthenticationMethod, EapConfigXml) with what the VPN server / NPS network policy allows.';

export const RAS_ERRORS: Record<number, RasErrorInfo> = {
  601: {
    name: 'ERROR_INVALID_PORT_HANDLE',
    meaning: 'The port handle is invalid: the RAS connection manager lost track of the VPN port.',
    fix: [
      'Restart the device (or the Remote Access Connection Manager service, RasMan) and retry.',
      CHECK_EVENT_LOG,
    ],
  },
  602: {
    name: 'ERROR_PORT_ALREADY_OPEN',
    meaning:
      'The port is already open: another connection is using the VPN port or a previous attempt is still running.',
    fix: [
      'Disconnect any other VPN connection (rasdial /disconnect) and wait for the previous attempt to finish.',
      'Restart the Remote Access Connection Manager service (RasMan) if the port stays busy.',
    ],
  },
  603: {
    name: 'ERROR_BUFFER_TOO_SMALL',
    meaning:
      "The caller's buffer is too small: an internal RAS API error, usually a corrupt or oversized profile.",
    fix: [RECREATE_PROFILE, 'Install the latest cumulative update.'],
  },
  619: {
    name: 'ERROR_PORT_DISCONNECTED',
    meaning:
      'A connection to the remote computer could not be established, so the port used for this connection was closed (often GRE or IPsec traffic blocked, or the server dropped the tunnel).',
    fix: [
      'Check that a firewall between the device and the VPN server allows the tunnel protocol (IKEv2: UDP 500/4500; SSTP: TCP 443; PPTP: TCP 1723 + GRE).',
      CHECK_EVENT_LOG,
    ],
  },
  623: {
    name: 'ERROR_CANNOT_FIND_PHONEBOOK_ENTRY',
    meaning:
      'The system could not find the phone book entry for this connection: no VPN profile with that name exists for this context.',
    fix: [
      'Check the connection name with Get-VpnConnection -AllUserConnection (names are exact, including spaces).',
      'A profile that exists only for the signed-in user cannot be used before sign-in: ' + RECREATE_PROFILE,
    ],
  },
  628: {
    name: 'ERROR_DISCONNECTION',
    meaning: 'The connection was terminated by the remote computer before it could be completed.',
    fix: ['Check the VPN server logs for the rejected attempt.', AUTH_METHOD, CHECK_EVENT_LOG],
  },
  629: {
    name: 'ERROR_REMOTE_DISCONNECTION',
    meaning: 'The connection was closed by the remote computer.',
    fix: ['Check the VPN server logs and its network policy for why it closed the session.', AUTH_METHOD],
  },
  633: {
    name: 'ERROR_PORT_NOT_AVAILABLE',
    meaning:
      'The modem (or other connecting device) is already in use or is not configured properly: the WAN Miniport for the tunnel is busy or missing.',
    fix: [
      'Disconnect other VPN connections, then restart the Remote Access Connection Manager service (RasMan).',
      'In Device Manager, check the WAN Miniport adapters are present and working.',
    ],
  },
  651: {
    name: 'ERROR_FROM_DEVICE',
    meaning:
      'The modem (or other connecting device) has reported an error: the WAN Miniport for the tunnel type failed.',
    fix: [
      'In Device Manager > Network adapters, check the WAN Miniport adapters (IKEv2, SSTP, L2TP) are present and working; reinstall them if not.',
      CHECK_EVENT_LOG,
    ],
  },
  678: {
    name: 'ERROR_NO_ANSWER',
    meaning: 'The remote computer did not respond.',
    fix: [
      CHECK_SERVER_REACHABLE,
      'Check the VPN server is running and listening for the tunnel type in the profile.',
    ],
  },
  691: {
    name: 'ERROR_AUTHENTICATION_FAILURE',
    meaning:
      'The remote connection was denied because the user name and password combination is not recognized, or the selected authentication protocol is not permitted on the remote access server.',
    fix: [
      'Before sign-in there are no user credentials, so the profile must authenticate with the machine certificate (device tunnel) or a method that works at the logon screen.',
      AUTH_METHOD,
      'Check the NPS/RADIUS log for the reason code of the rejected request.',
    ],
  },
  703: {
    name: 'ERROR_INTERACTIVE_MODE',
    meaning:
      'The connection needs information from you, but the application does not allow user interaction: rasdial cannot answer a credential or certificate prompt.',
    fix: [
      'The profile prompts for credentials (EAP user name/password or certificate selection); before sign-in nobody can answer it.',
      'Use machine-certificate authentication, or enable "use Windows logon credentials" so the logon screen supplies them.',
      'To test a user-credential profile, connect once from the network icon to save the credentials, then retry.',
    ],
  },
  718: {
    name: 'ERROR_PPP_TIMEOUT',
    meaning:
      'The connection was terminated because the remote computer did not respond in a timely manner (PPP negotiation timed out).',
    fix: [
      'Check the VPN server has free ports and IP addresses to hand out.',
      'Check the NPS/RADIUS server answers the VPN server in time.',
      CHECK_EVENT_LOG,
    ],
  },
  720: {
    name: 'ERROR_PPP_NO_PROTOCOLS_CONFIGURED',
    meaning:
      'A connection to the remote computer could not be established: no PPP control protocols could be agreed, usually because the server has no IP address to assign.',
    fix: [
      'Check the VPN server has a working IPv4 address pool (static pool or DHCP) and that IPv4 is enabled for remote access.',
      'On the device, reinstall the WAN Miniport (IP) adapters if other devices connect fine.',
    ],
  },
  732: {
    name: 'ERROR_PPP_NOT_CONVERGING',
    meaning: 'Your computer and the remote computer could not agree on PPP control protocols.',
    fix: ['Align the tunnel type and protocol settings of the profile with the VPN server.', CHECK_EVENT_LOG],
  },
  734: {
    name: 'ERROR_PPP_LCP_TERMINATED',
    meaning:
      'The PPP link control protocol was terminated: authentication or encryption settings do not match the server.',
    fix: [
      AUTH_METHOD,
      'Align the EncryptionLevel of the profile with the server (Set-VpnConnection -EncryptionLevel).',
    ],
  },
  741: {
    name: 'ERROR_NO_LOCAL_ENCRYPTION',
    meaning: 'The local computer does not support the required data encryption type.',
    fix: ['Align the EncryptionLevel of the profile with the server (Required or Maximum on both sides).'],
  },
  766: {
    name: 'ERROR_NO_CERTIFICATE',
    meaning:
      'A certificate could not be found. L2TP/IPsec connections need a machine (computer) certificate.',
    fix: [MACHINE_CERT, 'Or switch the profile to a pre-shared key if the server is configured for one.'],
  },
  768: {
    name: 'ERROR_FAILED_TO_ENCRYPT',
    meaning: 'The connection attempt failed because of failure to encrypt data.',
    fix: ['Align the EncryptionLevel and IPsec settings of the profile with the server.', CHECK_EVENT_LOG],
  },
  787: {
    name: 'ERROR_OAKLEY_AUTH_FAIL',
    meaning:
      'The L2TP connection attempt failed because the security layer could not authenticate the remote computer.',
    fix: [
      "Check the device trusts the CA that issued the VPN server's certificate (Local Computer > Trusted Root Certification Authorities).",
      'With a pre-shared key, check it matches the server.',
    ],
  },
  788: {
    name: 'ERROR_OAKLEY_ATTRIB_FAIL',
    meaning:
      'The L2TP connection attempt failed because the security layer could not negotiate compatible parameters with the remote computer.',
    fix: [
      'Align the IPsec encryption and integrity settings of the device and the VPN server.',
      CHECK_EVENT_LOG,
    ],
  },
  789: {
    name: 'ERROR_OAKLEY_GENERAL_PROCESSING',
    meaning:
      'The L2TP connection attempt failed because the security layer encountered a processing error during initial negotiations with the remote computer (often a wrong pre-shared key or certificate).',
    fix: [
      'Check the pre-shared key or the machine certificate the profile uses matches what the server expects.',
      'Check the IKE and IPsec Policy Agent services (IKEEXT, PolicyAgent) are running.',
    ],
  },
  791: {
    name: 'ERROR_OAKLEY_NO_POLICY',
    meaning: 'The L2TP connection attempt failed because security policy for the connection was not found.',
    fix: [
      'Check the IPsec Policy Agent service (PolicyAgent) is running.',
      'Check the profile authentication (certificate or pre-shared key) is set: ' + AUTH_METHOD,
    ],
  },
  792: {
    name: 'ERROR_OAKLEY_TIMED_OUT',
    meaning: 'The L2TP connection attempt failed because security key negotiation timed out.',
    fix: [
      'Check UDP 500 and 4500 reach the server end to end.',
      'Behind NAT, set HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 (DWORD) and restart.',
    ],
  },
  793: {
    name: 'ERROR_OAKLEY_ERROR',
    meaning: 'The L2TP connection attempt failed because an error occurred while negotiating security.',
    fix: [
      CHECK_EVENT_LOG,
      'Check the machine certificate or pre-shared key and the IPsec settings match the server.',
    ],
  },
  798: {
    name: 'ERROR_NO_EAPTLS_CERTIFICATE',
    meaning:
      'A certificate could not be found that can be used with this Extensible Authentication Protocol.',
    fix: [
      MACHINE_CERT,
      'For user-certificate EAP, the user certificate must exist in Current User > Personal; it cannot be used before sign-in.',
      'Check the EAP XML certificate filter (issuer hash, EKU) matches the certificate actually deployed.',
    ],
  },
  800: {
    name: 'ERROR_AUTOMATIC_VPN_FAILED',
    meaning:
      'Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters may not be configured properly for this connection.',
    fix: [
      CHECK_SERVER_REACHABLE,
      "Set the profile's TunnelType to the one the server uses instead of Automatic (Set-VpnConnection -TunnelType).",
      'Check a firewall allows the tunnel protocol (IKEv2: UDP 500/4500; SSTP: TCP 443).',
    ],
  },
  801: {
    name: 'ERROR_VALIDATING_SERVER_CERT',
    meaning:
      'The connection is configured to validate the identity of the access server, but Windows cannot verify the digital signature sent by the server.',
    fix: [
      "Deploy the root CA of the VPN/NPS server certificate to the device's Trusted Root Certification Authorities.",
      "Check the EAP XML's ServerValidation names that root and the server names match the certificate.",
    ],
  },
  806: {
    name: 'ERROR_VPN_GRE_BLOCKED',
    meaning:
      'A connection between the device and the VPN server was started but could not be completed: a firewall or router in between blocks GRE (protocol 47).',
    fix: ['Allow GRE (IP protocol 47) through the firewalls, or use IKEv2 or SSTP instead of PPTP.'],
  },
  807: {
    name: 'ERROR_VPN_DISCONNECT',
    meaning:
      'The network connection between the device and the VPN server was interrupted (latency, a network change or a server at capacity).',
    fix: ['Retry on a stable network.', 'Check the VPN server capacity and its logs.', CHECK_EVENT_LOG],
  },
  809: {
    name: 'ERROR_VPN_TIMEOUT',
    meaning:
      'The network connection between the device and the VPN server could not be established because the remote server is not responding: a firewall, NAT or router in between does not allow the VPN traffic.',
    fix: [
      'Check UDP 500 and 4500 (IKEv2, L2TP/IPsec) or TCP 443 (SSTP) are open from this network to the VPN server.',
      'When the server or the device is behind NAT with L2TP/IPsec, set HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 (DWORD) and restart.',
      'For IKEv2 over networks that drop fragments, make sure the server supports IKE fragmentation, or use SSTP.',
      CHECK_SERVER_REACHABLE,
    ],
  },
  808: {
    name: 'ERROR_VPN_REFUSED',
    meaning: 'The VPN server refused the connection (no free ports, or a policy on the server rejected it).',
    fix: [
      'Check the VPN server has free ports for the tunnel type and its logs for the refusal.',
      AUTH_METHOD,
    ],
  },
  810: {
    name: 'ERROR_VPN_BAD_CERT',
    meaning:
      'A connection to the VPN server was started but not completed, typically because of an incorrect or expired certificate used to authenticate between the device and the server.',
    fix: [MACHINE_CERT, 'Check the VPN server certificate is valid and trusted by the device.'],
  },
  811: {
    name: 'ERROR_VPN_BAD_PSK',
    meaning: 'The L2TP/IPsec connection failed because the pre-shared key does not match the server.',
    fix: [
      'Re-enter the pre-shared key in the profile (Set-VpnConnection -L2tpPsk) exactly as configured on the server.',
    ],
  },
  812: {
    name: 'ERROR_SERVER_POLICY',
    meaning:
      'The connection was prevented by a policy on the RAS/VPN server: the authentication method the server requires does not match the one in the profile.',
    fix: [
      AUTH_METHOD,
      'Check the NPS network policy conditions (Windows group of the computer or user, NAS port type = Virtual (VPN)) include this device.',
    ],
  },
  813: {
    name: 'ERROR_BROADBAND_ACTIVE',
    meaning:
      'A second connection was attempted while a previous one is already established using the same device or port.',
    fix: ['Disconnect the existing VPN connection (rasdial /disconnect) and retry.'],
  },
  827: {
    name: 'ERROR_IPSEC_SERVICE_STOPPED',
    meaning:
      'The L2TP/IPsec or IKEv2 connection cannot be completed because the IKEEXT or PolicyAgent service is not running.',
    fix: [
      'Start the "IKE and AuthIP IPsec Keying Modules" (IKEEXT) and "IPsec Policy Agent" (PolicyAgent) services and set them to automatic.',
    ],
  },
  828: {
    name: 'ERROR_IDLE_TIMEOUT',
    meaning: 'The remote access connection was terminated due to an idle timeout.',
    fix: [
      "Raise or clear the profile's IdleDisconnectSeconds, or the server's idle timeout, if the tunnel must stay up.",
    ],
  },
  829: {
    name: 'ERROR_LINK_FAILURE',
    meaning:
      'The connection was dropped because the underlying link failed (the network under the VPN went away).',
    fix: ['Retry on a stable network (wired if possible).', CHECK_EVENT_LOG],
  },
  831: {
    name: 'ERROR_FAST_USER_SWITCH',
    meaning: 'The connection was dropped because the user switched sessions.',
    fix: ['Use an all-user profile so the tunnel does not depend on the interactive session.'],
  },
  835: {
    name: 'ERROR_INVALID_SERVER_CERT',
    meaning:
      "The server's certificate was not accepted: its name does not match the server address, it has expired, or its chain is not trusted.",
    fix: [
      'Check the VPN server certificate subject/SAN matches the ServerAddress of the profile exactly.',
      "Make sure the server certificate's root CA is in the device's Trusted Root Certification Authorities and the CRL is reachable.",
    ],
  },
  850: {
    name: 'ERROR_EAP_METHOD_NOT_INSTALLED',
    meaning: 'The EAP method the profile asks for is not installed on this device.',
    fix: [
      'Check the EapConfigXml of the profile names a method Windows provides (EAP-TLS type 13, PEAP type 25, EAP-MSCHAPv2 type 26).',
      RECREATE_PROFILE,
    ],
  },
  853: {
    name: 'ERROR_EAP_USER_CERT_INVALID',
    meaning: 'The certificate presented for EAP authentication is not valid.',
    fix: [
      MACHINE_CERT,
      'Check the certificate template: Client Authentication EKU, key usage Digital Signature.',
    ],
  },
  858: {
    name: 'ERROR_EAP_SERVER_CERT_EXPIRED',
    meaning: 'The certificate of the authentication (NPS/RADIUS) server has expired.',
    fix: ['Renew the NPS/RADIUS server certificate and update the network policy to use it.'],
  },
  860: {
    name: 'ERROR_EAP_SERVER_CERT_OTHER_ERROR',
    meaning: 'The certificate of the authentication (NPS/RADIUS) server could not be validated.',
    fix: [
      "Check the EAP XML's trusted root (ServerValidation) matches the CA that issued the NPS server certificate.",
      'Check the device can reach the CRL of that certificate.',
    ],
  },
  862: {
    name: 'ERROR_EAP_USER_ROOT_CERT_INVALID',
    meaning: "The root certificate of the device's authentication certificate is not valid or not trusted.",
    fix: [
      "Deploy the issuing CA's root (and intermediates) to the device with an Intune trusted certificate profile.",
      MACHINE_CERT,
    ],
  },
  868: {
    name: 'ERROR_DNSNAME_NOT_RESOLVABLE',
    meaning: 'The remote connection was not made because the name of the VPN server did not resolve.',
    fix: [
      'Check the ServerAddress of the profile is a public DNS name that resolves on this network (Resolve-DnsName).',
      'Check the device has working Internet access and DNS before the VPN is up.',
    ],
  },
  13801: {
    name: 'ERROR_IPSEC_IKE_AUTH_FAIL',
    meaning:
      'IKE authentication credentials are unacceptable: the server did not accept the certificate the device presented (missing EKU, untrusted chain, or the server cannot check revocation).',
    fix: [
      MACHINE_CERT,
      'If the server requires it, the machine certificate also needs the IP security IKE intermediate EKU (1.3.6.1.5.5.8.2.2).',
      "Check the server trusts the device certificate's root and can reach its CRL.",
    ],
  },
  13805: {
    name: 'ERROR_IPSEC_IKE_TIMED_OUT',
    meaning: 'IKE negotiation timed out: the VPN server did not answer the IKE exchange.',
    fix: [
      'Check UDP 500 and 4500 reach the VPN server from this network.',
      'Check the server is listening for IKEv2 and that no firewall drops fragmented IKE packets (certificate exchanges are large).',
    ],
  },
  13806: {
    name: 'ERROR_IPSEC_IKE_NO_CERT',
    meaning: 'IKE failed to find a valid machine certificate.',
    fix: [
      MACHINE_CERT,
      "Check the device trusts the VPN server certificate's root CA (Local Computer > Trusted Root Certification Authorities).",
    ],
  },
  13868: {
    name: 'ERROR_IPSEC_IKE_POLICY_MATCH',
    meaning:
      'Policy match error: the device and the VPN server have no IKEv2 cipher suite (encryption, integrity, DH group) in common.',
    fix: [
      'Align the IPsec parameters on both sides: Set-VpnConnectionIPsecConfiguration on the device profile (or the Intune VPN profile cryptography settings) and Set-VpnServerConfiguration on the server.',
    ],
  },
};

export function describeRasError(code: number): RasErrorDescription {
  const plain = unwrapWin32(code);
  const known = RAS_ERRORS[plain];
  if (known) {
    // Each fix is a declared sentence, found by its English where it is shown.
    const said = { meaning: sayById(rasKey(plain, 'meaning'), known.meaning), fix: [...known.fix] };
    return { code: plain, ...known, fix: [...known.fix], said };
  }
  const meaning = engineWords('rasUnknownMeaning', { code: String(plain) });
  const lookUp = engineWords('rasUnknownLookUp', { code: String(plain) });
  return {
    code: plain,
    name: `RAS error ${plain}`,
    meaning: meaning.summary,
    fix: [lookUp.summary, CHECK_EVENT_LOG],
    said: { meaning, fix: [lookUp, CHECK_EVENT_LOG] },
  };
}
