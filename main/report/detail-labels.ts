/**
 * A step's details as a technician reads them on paper: "Error code", "Logon type: cached
 * credentials (11)", never `errorCode` or a JSON object. A key this table does not know still
 * prints, in words split from its camelCase name.
 */

/** Windows logon types (LOGON32_LOGON_*; the contract's `logon.session` LogonType). */
const LOGON_TYPES: Record<number, string> = {
  2: 'interactive',
  3: 'network',
  4: 'batch',
  5: 'service',
  7: 'unlock',
  10: 'remote interactive',
  11: 'cached credentials',
};

type Format = (value: unknown) => string | null;

const yesNo: Format = (v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : null);

const LABELS: Record<string, { label: string; format?: Format }> = {
  build: { label: 'Windows build' },
  ubr: { label: 'Update revision (UBR)' },
  productName: { label: 'Edition' },
  version: { label: 'Version' },
  azureAdJoined: { label: 'Azure AD joined', format: yesNo },
  domainJoined: { label: 'Domain joined', format: yesNo },
  domainName: { label: 'Domain name' },
  providers: { label: 'MDM providers' },
  upn: { label: 'Enrolled by' },
  enrollmentId: { label: 'Enrollment id' },
  joinMethod: {
    label: 'Join method',
    format: (v) => (v === 'hybrid' ? 'hybrid Azure AD join' : v === 'azureAd' ? 'Azure AD join only' : null),
  },
  skipConnectivityCheck: { label: '"Skip domain connectivity check"', format: yesNo },
  source: {
    label: 'Read from',
    format: (v) =>
      v === 'ztdFile' ? 'the cached Autopilot profile' : v === 'registry' ? 'the registry' : null,
  },
  mode: {
    label: 'Proxy',
    format: (v) => (v === 'direct' ? 'direct access' : v === 'proxy' ? 'static WinHTTP proxy' : null),
  },
  server: { label: 'Proxy server' },
  bypass: { label: 'Proxy bypass list' },
  checked: { label: 'Endpoints checked' },
  unreachable: { label: 'Unreachable endpoints' },
  errors: { label: 'Connection errors' },
  reminders: { label: 'Reminders' },
  connections: { label: 'VPN connections' },
  usable: { label: 'Usable before sign-in' },
  plugins: { label: 'Store (UWP) plug-in profiles' },
  certificate: { label: 'Machine certificate' },
  machineCertificates: { label: 'Machine certificates' },
  userCertificateOnly: { label: 'Only a user certificate', format: yesNo },
  errorCode: { label: 'Error code' },
  errorName: { label: 'Error name' },
  meaning: { label: 'Meaning' },
  message: { label: 'Message from Windows' },
  connection: { label: 'VPN connection' },
  domain: { label: 'Domain' },
  dc: { label: 'Domain controller' },
  address: { label: 'Address' },
  note: { label: 'Technician note' },
  logonType: {
    label: 'Logon type',
    format: (v) => (typeof v === 'number' ? `${LOGON_TYPES[v] ?? 'other'} (${v})` : null),
  },
  logonServer: { label: 'Logon server' },
  exitCode: { label: 'Exit code' },
  rebootRequired: { label: 'Restart required', format: yesNo },
  alreadyInstalled: { label: 'Already installed', format: yesNo },
  probe: { label: 'Probe' },
  failure: {
    label: 'Why no result',
    format: (v) =>
      v === 'not-recorded'
        ? 'not in the recording'
        : v === 'unavailable'
          ? 'PowerShell unavailable'
          : v === 'cancelled'
            ? 'cancelled'
            : null,
  },
  reason: { label: 'Reason', format: (v) => (v === 'not-recorded' ? 'not in the recording' : null) },
  raw: { label: 'Output' },
  serialNumber: { label: 'Serial number' },
  deviceId: { label: 'Autopilot device id' },
  groupTag: { label: 'Group tag' },
  profileId: { label: 'Profile id' },
  joinType: { label: 'Join type' },
  // Issue 16: the DC through the tunnel, and the device's events (the timeline is drawn on its own).
  routeVia: {
    label: 'Route to the domain controller',
    format: (v) =>
      v === 'vpn'
        ? 'through the VPN'
        : v === 'lan'
          ? 'through the local network, not the VPN'
          : v === 'none'
            ? 'no route'
            : null,
  },
  routeInterface: { label: 'Interface used' },
  routeDecidedBy: {
    label: 'VPN interface recognised by',
    format: (v) =>
      v === 'ppp-interface'
        ? 'its type (PPP, ifType 23)'
        : v === 'tunnel-interface'
          ? 'its type (tunnel, ifType 131)'
          : v === 'connection-name'
            ? 'the VPN connection name'
            : v === 'adapter-description'
              ? "the VPN client's adapter name"
              : null,
  },
  sourceAddress: { label: 'Source address' },
  dcPorts: {
    label: 'Domain controller ports',
    format: (v) =>
      typeof v === 'object' && v !== null
        ? Object.entries(v as Record<string, unknown>)
            // Integer keys come out of an object in numeric order (88 first): LDAP, then Kerberos.
            .sort(([a], [b]) => (a === '389' ? -1 : b === '389' ? 1 : 0))
            .map(([port, state]) => `${PORT_NAMES[port] ?? 'TCP'} ${port}: ${String(state)}`)
            .join('; ')
        : null,
  },
  eventEvidence: {
    label: "The device's events",
    format: (v) =>
      v === 'supports'
        ? 'agree (VPN connected before the sign-in)'
        : v === 'contradicts'
          ? 'contradict a pass'
          : v === 'unknown'
            ? 'neither confirm nor contradict'
            : null,
  },
  contradiction: {
    label: 'Contradiction',
    format: (v) =>
      v === 'cached-logon'
        ? 'the last sign-in used cached credentials'
        : v === 'no-vpn-before-sign-in'
          ? 'no VPN connected before the last sign-in'
          : null,
  },
  eventProblems: { label: 'Events not read' },
  // Issue 16a: the kind of VPN and the third-party client's pre-logon setting.
  kind: { label: 'Kind of VPN', format: (v) => (typeof v === 'string' ? (VPN_KIND_WORDS[v] ?? v) : null) },
  tunnel: {
    label: 'Always On tunnel',
    format: (v) => (v === 'device' ? 'device tunnel' : v === 'user' ? 'user tunnel' : null),
  },
  client: {
    label: 'VPN client',
    format: (v) => {
      if (typeof v === 'string') return v;
      if (typeof v !== 'object' || v === null) return null;
      const c = v as Record<string, unknown>;
      const version = typeof c['version'] === 'string' ? ` ${c['version']}` : '';
      const prelogon = typeof c['prelogon'] === 'string' ? ` (pre-logon: ${c['prelogon']})` : '';
      return typeof c['name'] === 'string' ? `${c['name']}${version}${prelogon}` : null;
    },
  },
  prelogon: { label: 'Connects before sign-in' },
  connectedBy: {
    label: 'Connected by',
    format: (v) => (v === 'itself' ? 'itself (Always On)' : v === 'client' ? 'the VPN client' : null),
  },
  waitedSeconds: { label: 'Waited (seconds)' },
};

const VPN_KIND_WORDS: Record<string, string> = {
  'built-in-manual': 'built-in connection dialled by hand (rasdial)',
  'built-in-auto': 'built-in connection that connects by itself (Always On)',
  'third-party': 'third-party VPN client',
  none: 'none found',
};

const PORT_NAMES: Record<string, string> = { '389': 'LDAP', '88': 'Kerberos' };

/** Drawn as a timeline of their own (main/report/html-timeline.ts), never as a row. */
const NOT_ROWS = new Set(['timeline']);

/** "userCertificateOnly" → "User certificate only". */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(plain).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return 'none';
    return entries
      .map(([k, v]) => `${LABELS[k]?.label ?? words(k)}: ${LABELS[k]?.format?.(v) ?? plain(v)}`)
      .join('; ');
  }
  return String(value);
}

export interface DetailRow {
  label: string;
  value: string;
}

export function detailRows(details: Readonly<Record<string, unknown>>): DetailRow[] {
  return Object.entries(details)
    .filter(([key]) => !NOT_ROWS.has(key))
    .map(([key, value]) => {
      const known = LABELS[key];
      return { label: known?.label ?? words(key), value: known?.format?.(value) ?? plain(value) };
    });
}

/** Durations in seconds, as a technician reads a stopwatch. */
export function seconds(durationMs: number): string {
  const s = durationMs / 1000;
  return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}
