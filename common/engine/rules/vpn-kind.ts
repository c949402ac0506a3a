/**
 * Which kind of VPN the device uses (issue 16a), because the procedure adapts to it:
 * - `built-in-manual`: a Windows all-user connection dialled by hand with rasdial (the procedure's path);
 * - `built-in-auto`: a Windows connection that connects by itself (Always On device or user tunnel);
 * - `third-party`: a VPN client installed as a Win32 app, with its own pre-logon feature.
 * Where each client keeps its pre-logon setting, and the published sources: test/fixtures/vpn-kind/SOURCES.md.
 */
import type { StepContext } from '../step-definition.js';
import type { VpnConnection } from './vpn-connections.js';
import { isUsableBeforeSignIn, sameConnectionName } from './vpn-connections.js';
import type { ClientSetting, InstalledProgram, VpnKindProbe, VpnStatusProbe } from '../parsers/vpn-kind.js';
import { isVpnAdapterDescription } from '../parsers/net-route.js';
import { say, type Said, type SayParam } from '../say.js';

export type VpnKind = 'built-in-manual' | 'built-in-auto' | 'third-party' | 'none';
export type Prelogon = 'enabled' | 'disabled' | 'unknown';
export type ClientId = 'anyconnect' | 'globalprotect' | 'forticlient' | 'pulse';

export interface ClientFound {
  id: ClientId;
  name: string;
  version: string | null;
  services: string[];
  prelogon: Prelogon;
  /** What decided `prelogon`, in words, naming where it was read. */
  prelogonEvidence: string;
}

/**
 * What a client's pre-logon setting says, naming where it was read: declared with vpn-kind's
 * messages (the step that reads it), so `prelogonEvidence` keeps its English in details and is
 * said by id beside it (steps/vpn-kind.ts, `detailMessages`).
 */
export const PRELOGON_EVIDENCE = {
  evidenceSblEnabled:
    '<UseStartBeforeLogon>true in {source}, and the Start Before Login module is installed.',
  evidenceSblNoModule:
    '<UseStartBeforeLogon>true in {source}, but the Start Before Login module is not installed.',
  evidenceSblOff: '<UseStartBeforeLogon> is false in {sources}.',
  evidenceSblNoProfile:
    'No VPN profile XML on the device yet (the client downloads it at its first connection).',
  evidenceGpNoValue: 'No Prelogon value under PanSetup: GlobalProtect was not installed with PRELOGON=1.',
  evidenceGpValue: 'Prelogon = {value} in {source}.',
  evidenceFortiNone:
    'No show_vpn_before_logon setting found on the device (it may come from FortiClient EMS).',
  evidenceFortiValue: 'show_vpn_before_logon = {value} in {source}.',
  evidencePulseMachine: 'A connection with connection-identity "machine" in {source}.',
  evidencePulseUserOnly:
    'Only user connections in {source}: they connect before sign-in only with the credential provider, which the app cannot read.',
  evidencePulseNone: 'No connection store on the device yet.',
  evidenceEmptyValue: '(empty)',
} as const;

const evidence = (name: keyof typeof PRELOGON_EVIDENCE, params: Record<string, SayParam> = {}): Said =>
  say('vpn-kind', PRELOGON_EVIDENCE, name, params);

/** A setting's value as read, or the word for an empty one. */
const valueOf = (value: string | null): SayParam => value ?? evidence('evidenceEmptyValue');

/**
 * How to turn each client's pre-logon feature on: declared with vpn-client-prelogon's messages,
 * which gives them as its fixes, so each line is found in the catalogs by its English.
 */
export const HOW_TO_ENABLE = {
  fixAnyConnectSblModule:
    'Install the Start Before Login module (the "Cisco Secure Client - Start Before Login" / "AnyConnect Start Before Login Module" MSI) with the VPN client, from the same Intune Win32 app.',
  fixAnyConnectSblProfile:
    'In the VPN profile (Profile Editor > Preferences (Part 1)), tick "Use Start Before Logon"; the profile XML then holds <UseStartBeforeLogon>true</UseStartBeforeLogon>. Deploy the profile to %ProgramData%\\Cisco\\Cisco Secure Client\\VPN\\Profile (AnyConnect 4: %ProgramData%\\Cisco\\Cisco AnyConnect Secure Mobility Client\\Profile).',
  fixGlobalProtectInstall:
    'Install GlobalProtect with pre-logon: msiexec /i GlobalProtect64.msi PORTAL="<portal>" PRELOGON=1 (this writes Prelogon = 1 under HKLM\\SOFTWARE\\Palo Alto Networks\\GlobalProtect\\PanSetup).',
  fixGlobalProtectPortal:
    'On the portal, use the connect method "Pre-logon (Always On)" or "Pre-logon then On-demand" with a machine certificate for the pre-logon tunnel.',
  fixFortiClientSettings:
    'In the FortiClient configuration (EMS profile > VPN, or the XML <vpn><options>), set <show_vpn_before_logon>1</show_vpn_before_logon> and <use_windows_credentials>1</use_windows_credentials>.',
  fixFortiClientMachineTunnel:
    'For a tunnel that connects before logon without a person, also set <on_os_start_connect> to the tunnel and mark it <machine>1</machine> (per-machine auto-connect).',
  fixPulseConnectionSet:
    'In the connection set on Ivanti Connect Secure (Users > Ivanti Secure Access Client > Connections), give the connection "Connect automatically" with machine authentication ("Machine credentials" / L2/L3 pre-desktop), or "User authentication with credential provider" for a sign-in tile.',
  fixPulseRedeploy:
    'Redeploy the connection set: the device keeps it in %ProgramData%\\Pulse Secure\\ConnectionStore\\connstore.dat (connection-identity: "machine").',
} as const;

interface ClientSpec {
  id: ClientId;
  name: string;
  /** Matches the DisplayName Windows records under the Uninstall keys. */
  program: RegExp;
  services: readonly string[];
  howToEnable: readonly string[];
  readPrelogon(
    settings: readonly ClientSetting[],
    programs: readonly InstalledProgram[],
  ): { state: Prelogon; evidence: Said };
}

function valuesOf(settings: readonly ClientSetting[], name: string): ClientSetting[] {
  return settings.filter((s) => s.Name.toLowerCase() === name.toLowerCase());
}

/** A pre-logon setting that says "on" (trimmed, any case); the fleet line keeps one such value per client. */
export const ON_WORDS: readonly string[] = ['1', 'true', 'yes'];

function isOn(value: string | null): boolean {
  return value !== null && ON_WORDS.includes(value.trim().toLowerCase());
}

/** AnyConnect's Start Before Login module, listed as a program of its own. */
export const SBL_MODULE = /Start Before Log(?:in|on)/i;

export const VPN_CLIENTS: readonly ClientSpec[] = [
  {
    id: 'anyconnect',
    name: 'Cisco Secure Client (AnyConnect)',
    program: /Cisco (?:AnyConnect Secure Mobility Client|Secure Client)/i,
    services: ['vpnagent', 'csc_vpnagent'],
    howToEnable: [HOW_TO_ENABLE.fixAnyConnectSblModule, HOW_TO_ENABLE.fixAnyConnectSblProfile],
    readPrelogon(settings, programs) {
      const tags = valuesOf(settings, 'UseStartBeforeLogon');
      const module = programs.some((p) => SBL_MODULE.test(p.DisplayName));
      const on = tags.find((t) => isOn(t.Value));
      if (on && module) {
        return {
          state: 'enabled',
          evidence: evidence('evidenceSblEnabled', { source: on.Source }),
        };
      }
      if (on) {
        return {
          state: 'disabled',
          evidence: evidence('evidenceSblNoModule', { source: on.Source }),
        };
      }
      if (tags.length > 0) {
        return {
          state: 'disabled',
          evidence: evidence('evidenceSblOff', { sources: tags.map((t) => t.Source).join(', ') }),
        };
      }
      return {
        state: 'unknown',
        evidence: evidence('evidenceSblNoProfile'),
      };
    },
  },
  {
    id: 'globalprotect',
    name: 'Palo Alto Networks GlobalProtect',
    program: /GlobalProtect/i,
    services: ['PanGPS'],
    howToEnable: [HOW_TO_ENABLE.fixGlobalProtectInstall, HOW_TO_ENABLE.fixGlobalProtectPortal],
    readPrelogon(settings) {
      const [value] = valuesOf(settings, 'Prelogon');
      if (!value)
        return {
          state: 'disabled',
          evidence: evidence('evidenceGpNoValue'),
        };
      return isOn(value.Value)
        ? {
            state: 'enabled',
            evidence: evidence('evidenceGpValue', { value: valueOf(value.Value), source: value.Source }),
          }
        : {
            state: 'disabled',
            evidence: evidence('evidenceGpValue', { value: valueOf(value.Value), source: value.Source }),
          };
    },
  },
  {
    id: 'forticlient',
    name: 'Fortinet FortiClient',
    program: /FortiClient/i,
    services: ['FA_Scheduler', 'FortiSslvpnDaemon'],
    howToEnable: [HOW_TO_ENABLE.fixFortiClientSettings, HOW_TO_ENABLE.fixFortiClientMachineTunnel],
    readPrelogon(settings) {
      const [value] = valuesOf(settings, 'show_vpn_before_logon');
      if (!value)
        return {
          state: 'unknown',
          evidence: evidence('evidenceFortiNone'),
        };
      return isOn(value.Value)
        ? {
            state: 'enabled',
            evidence: evidence('evidenceFortiValue', { value: valueOf(value.Value), source: value.Source }),
          }
        : {
            state: 'disabled',
            evidence: evidence('evidenceFortiValue', { value: valueOf(value.Value), source: value.Source }),
          };
    },
  },
  {
    id: 'pulse',
    name: 'Ivanti Secure Access / Pulse Secure',
    program: /Pulse Secure|Ivanti Secure Access|Junos Pulse/i,
    services: ['PulseSecureService', 'JuniperAccessService'],
    howToEnable: [HOW_TO_ENABLE.fixPulseConnectionSet, HOW_TO_ENABLE.fixPulseRedeploy],
    readPrelogon(settings) {
      const identities = valuesOf(settings, 'connection-identity');
      const machine = identities.find((s) => (s.Value ?? '').toLowerCase() === 'machine');
      if (machine)
        return {
          state: 'enabled',
          evidence: evidence('evidencePulseMachine', { source: machine.Source }),
        };
      if (identities.length > 0) {
        return {
          state: 'unknown',
          evidence: evidence('evidencePulseUserOnly', { source: identities[0]?.Source ?? 'connstore.dat' }),
        };
      }
      return { state: 'unknown', evidence: evidence('evidencePulseNone') };
    },
  },
];

export function clientSpec(id: ClientId): ClientSpec | undefined {
  return VPN_CLIENTS.find((c) => c.id === id);
}

/** The VPN clients installed as Win32 apps, from the Uninstall keys and the services. */
export function findClients(read: VpnKindProbe): ClientFound[] {
  return findClientsSaid(read).map((c) => c.client);
}

/** Each client found, with its pre-logon evidence said by id. */
function findClientsSaid(read: VpnKindProbe): { client: ClientFound; evidence: Said }[] {
  const found: { client: ClientFound; evidence: Said }[] = [];
  for (const spec of VPN_CLIENTS) {
    const program = read.Programs.find(
      (p) => spec.program.test(p.DisplayName) && !SBL_MODULE.test(p.DisplayName),
    );
    const services = read.Services.filter((s) =>
      spec.services.some((n) => n.toLowerCase() === s.Name.toLowerCase()),
    );
    if (!program && services.length === 0) continue;
    const prelogon = spec.readPrelogon(
      read.Settings.filter((s) => s.Client === spec.id),
      read.Programs,
    );
    found.push({
      client: {
        id: spec.id,
        name: spec.name,
        version: program?.DisplayVersion ?? null,
        services: services.map((s) => s.Name),
        prelogon: prelogon.state,
        prelogonEvidence: prelogon.evidence.summary,
      },
      evidence: prelogon.evidence,
    });
  }
  return found;
}

export interface AutoConnection {
  name: string;
  tunnel: 'device' | 'user';
  /** Where Windows says it connects by itself. */
  from: 'rasman' | 'mdm';
}

export function findAutoConnections(read: VpnKindProbe): AutoConnection[] {
  const auto: AutoConnection[] = [];
  const add = (name: string | null, tunnel: 'device' | 'user', from: AutoConnection['from']): void => {
    if (name && name.trim() && !auto.some((a) => sameConnectionName(a.name, name)))
      auto.push({ name: name.trim(), tunnel, from });
  };
  add(read.AutoTrigger.DeviceTunnel, 'device', 'rasman');
  for (const p of read.MdmProfiles) if (p.AlwaysOn && p.DeviceTunnel) add(p.Name, 'device', 'mdm');
  add(read.AutoTrigger.UserTunnel, 'user', 'rasman');
  for (const p of read.MdmProfiles) if (p.AlwaysOn && !p.DeviceTunnel) add(p.Name, 'user', 'mdm');
  return auto;
}

export interface KindDecision {
  kind: VpnKind;
  /** The Windows connection (built-in kinds). */
  connection: string | null;
  tunnel: 'device' | 'user' | null;
  /** The client in use (third-party). */
  client: ClientFound | null;
  clients: ClientFound[];
  auto: AutoConnection[];
  /** The client in use's `prelogonEvidence` by id, for presenters (never in details). */
  clientEvidence: Said | null;
}

/**
 * The kind the checklist follows. The technician's named connection wins; then an Always On device
 * tunnel (the only built-in kind that is up before anyone signs in); then an installed client; then
 * an Always On user tunnel; then a connection dialled by hand.
 */
export function decideKind(
  read: VpnKindProbe,
  connections: readonly VpnConnection[],
  wanted: string | null,
): KindDecision {
  const said = findClientsSaid(read);
  const clients = said.map((c) => c.client);
  const auto = findAutoConnections(read);
  const base = { clients, auto, clientEvidence: null };
  const builtIn = (name: string): KindDecision => {
    const a = auto.find((x) => sameConnectionName(x.name, name));
    return a
      ? { ...base, kind: 'built-in-auto', connection: a.name, tunnel: a.tunnel, client: null }
      : { ...base, kind: 'built-in-manual', connection: name, tunnel: null, client: null };
  };
  if (wanted && connections.some((c) => sameConnectionName(c.Name, wanted))) return builtIn(wanted);
  const device = auto.find((a) => a.tunnel === 'device');
  if (device) return builtIn(device.name);
  const [client] = clients;
  if (client) {
    const clientEvidence = said[0]?.evidence ?? null;
    return { ...base, kind: 'third-party', connection: null, tunnel: null, client, clientEvidence };
  }
  const user = auto.find((a) => a.tunnel === 'user');
  if (user) return builtIn(user.name);
  const usable = connections.find(isUsableBeforeSignIn);
  if (usable) return builtIn(usable.Name);
  return { ...base, kind: 'none', connection: null, tunnel: null, client: null };
}

/** The kind `vpn-kind` found, for the steps that adapt; null when it was not decided (older recordings). */
export interface KnownKind {
  kind: Exclude<VpnKind, 'none'>;
  connection: string | null;
  clientName: string | null;
}

export function vpnKindOf(ctx: StepContext): KnownKind | null {
  const details = ctx.resultOf('vpn-kind')?.details;
  const kind = details?.kind;
  if (kind !== 'built-in-manual' && kind !== 'built-in-auto' && kind !== 'third-party') return null;
  const connection = typeof details?.connection === 'string' ? details.connection : null;
  const client = details?.client as { name?: unknown } | null | undefined;
  return { kind, connection, clientName: typeof client?.name === 'string' ? client.name : null };
}

/** A VPN adapter that is up, for a third-party client (its own virtual adapter). */
export function upVpnAdapter(status: VpnStatusProbe): VpnStatusProbe['Adapters'][number] | undefined {
  return status.Adapters.find(
    (a) => (a.Status ?? '').toLowerCase() === 'up' && isVpnAdapterDescription(a.InterfaceDescription ?? ''),
  );
}

export function isConnected(status: VpnStatusProbe, name: string): boolean {
  return status.Connections.some(
    (c) => sameConnectionName(c.Name, name) && (c.ConnectionStatus ?? '').toLowerCase() === 'connected',
  );
}

/** How long vpn-connect waits, on the device, for a connection that comes up by itself. */
export const AUTO_CONNECT_WAIT_SECONDS = 60;
