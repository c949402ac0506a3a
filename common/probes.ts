/**
 * Every probe, declared once: its id (contract v1 §1, plus the extensions in
 * docs/CONTRACT-EXTENSIONS.md), where it runs, whether it changes the device, and how long the live
 * collector waits for it. Every other probe list (the id schema, the script map, the action list,
 * the tenant reads, the timeouts) is derived from this table, so a new probe is one new line here.
 * Pure: imports nothing.
 */

/** Where a probe runs live: a bundled script named after its id, Node itself, or Microsoft Graph. */
export type ProbeRunsOn = 'script' | 'node' | 'graph';

/** An action changes the device and only runs live when the technician (or a flag) asks. */
export type ProbeKind = 'read' | 'action';

export interface ProbeDeclaration {
  readonly runsOn: ProbeRunsOn;
  readonly kind: ProbeKind;
  /** How long the live collector waits, in milliseconds. */
  readonly timeoutMs: number;
}

/** Most reads answer in seconds; a minute covers a slow, freshly imaged device. */
const READ_TIMEOUT_MS = 60_000;

export const PROBES = {
  'os.version': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'os.hotfixes': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'join.dsregcmd': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'mdm.enrollments': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'autopilot.profile': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'vpn.connections': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'cert.machine': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'cert.user': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'proxy.winhttp': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'net.tcp': { runsOn: 'node', kind: 'read', timeoutMs: 10_000 },
  // rasdial waits for the server and certificate checks.
  'vpn.connect': { runsOn: 'script', kind: 'action', timeoutMs: 120_000 },
  'vpn.disconnect': { runsOn: 'script', kind: 'action', timeoutMs: READ_TIMEOUT_MS },
  'dc.locate': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'logon.session': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // The Windows Update search routinely takes minutes on a fresh device.
  'update.pending': { runsOn: 'script', kind: 'read', timeoutMs: 5 * 60_000 },
  // wusa installs a cumulative update.
  'update.install': { runsOn: 'script', kind: 'action', timeoutMs: 30 * 60_000 },
  // Extensions (docs/CONTRACT-EXTENSIONS.md): device identity for sessions and reports, tenant reads via Graph.
  'device.identity': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'tenant.autopilotDevice': { runsOn: 'graph', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'tenant.deploymentProfile': { runsOn: 'graph', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // Issue 16b (docs/CONTRACT-EXTENSIONS.md): the DC through the tunnel, and the device's own events.
  'net.route': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // Two TCP connects with a 5 s timeout each, plus PowerShell's start.
  'dc.ports': { runsOn: 'script', kind: 'read', timeoutMs: 30_000 },
  'events.vpn': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  'events.join': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // Issue 17b (docs/CONTRACT-EXTENSIONS.md): the certificate chain an endpoint serves (read in Node,
  // through the WinHTTP proxy when one is set).
  'tls.chain': { runsOn: 'node', kind: 'read', timeoutMs: 15_000 },
  // The proxy and endpoints as the user and, elevated, as SYSTEM through a one-shot scheduled task
  // the script waits 60 s for.
  'net.machine': { runsOn: 'script', kind: 'read', timeoutMs: 120_000 },
  // Issue 17a (docs/CONTRACT-EXTENSIONS.md): the service connection point on the device and in the
  // domain (LDAP through the tunnel), and the tenant the technician signed in to.
  'scp.registry': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // One LDAP bind and two reads; a DC that stopped answering must not hold the run for a minute.
  'scp.domain': { runsOn: 'script', kind: 'read', timeoutMs: 30_000 },
  'tenant.signedIn': { runsOn: 'graph', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // Issue 16a (docs/CONTRACT-EXTENSIONS.md): the kind of VPN, and whether its tunnel is up.
  'vpn.kind': { runsOn: 'script', kind: 'read', timeoutMs: READ_TIMEOUT_MS },
  // Waits on the device up to its waitSeconds (60 at most) for an auto-connecting tunnel.
  'vpn.status': { runsOn: 'script', kind: 'read', timeoutMs: 90_000 },
} as const satisfies Record<string, ProbeDeclaration>;

type Declared = typeof PROBES;
export type DeclaredProbeId = keyof Declared;
type IdsWhere<K extends keyof ProbeDeclaration, V> = {
  [P in DeclaredProbeId]: Declared[P][K] extends V ? P : never;
}[DeclaredProbeId];

export type ScriptProbeId = IdsWhere<'runsOn', 'script'>;
export type GraphProbeId = IdsWhere<'runsOn', 'graph'>;
export type ActionProbeId = IdsWhere<'kind', 'action'>;

const ids = Object.keys(PROBES) as DeclaredProbeId[];

/** All probe ids, in declaration order (the zod enum needs a non-empty tuple). */
export const PROBE_IDS = ids as [DeclaredProbeId, ...DeclaredProbeId[]];

export const SCRIPT_PROBES = ids.filter((id): id is ScriptProbeId => PROBES[id].runsOn === 'script');
export const GRAPH_PROBES = ids.filter((id): id is GraphProbeId => PROBES[id].runsOn === 'graph');
/** Probes that change the device. They only run live when the technician (or a flag) asks. */
export const ACTION_PROBES = ids.filter((id): id is ActionProbeId => PROBES[id].kind === 'action');

export function isScriptProbe(probe: string): probe is ScriptProbeId {
  return (SCRIPT_PROBES as readonly string[]).includes(probe);
}

export function isGraphProbe(probe: string): probe is GraphProbeId {
  return (GRAPH_PROBES as readonly string[]).includes(probe);
}

export function isActionProbe(probe: string): probe is ActionProbeId {
  return (ACTION_PROBES as readonly string[]).includes(probe);
}

export function defaultTimeoutMs(probe: DeclaredProbeId): number {
  return PROBES[probe].timeoutMs;
}
