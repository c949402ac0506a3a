/**
 * The fleet line's answer to `vpn.kind` (issue 16a), `vk`: the probe's facts reduced on the device to
 * what common/engine/rules/vpn-kind.ts reads, and rebuilt here in the probe's own format so the
 * unchanged engine decides the kind and the client's pre-logon state. The tables below are handed to
 * the detection script (main/fleet/detect-script.ts), so the device reduces with the engine's own
 * patterns and names. Format: docs/CONTRACT-EXTENSIONS.md, "The detection line".
 */
import { z } from 'zod';
import { ON_WORDS, SBL_MODULE, VPN_CLIENTS, type ClientId } from '../engine/rules/vpn-kind.js';

/**
 * Where each client's pre-logon setting is read, as the rules read it: the setting's name, the
 * values that mean "on", and whether the rule trims the value first. The device keeps a client's
 * first value and its first "on" value: the rules read the first (GlobalProtect, FortiClient) or
 * look for any "on" (AnyConnect, Pulse), so both survive the reduction.
 */
export const PRELOGON_SETTINGS: Record<ClientId, { name: string; on: readonly string[]; trim: boolean }> = {
  anyconnect: { name: 'UseStartBeforeLogon', on: ON_WORDS, trim: true },
  globalprotect: { name: 'Prelogon', on: ON_WORDS, trim: true },
  forticlient: { name: 'show_vpn_before_logon', on: ON_WORDS, trim: true },
  pulse: { name: 'connection-identity', on: ['machine'], trim: false },
};

/** The services the rules look for, in one list: the line names them by their place in it. */
export const VPN_SERVICE_NAMES: readonly string[] = VPN_CLIENTS.flatMap((c) => c.services);

/** A tunnel name keeps as many characters as a `vc` connection name, so the two still compare. */
export const VK_NAME_MAX = 20;
export const VK_VERSION_MAX = 12;
/** Longer values are cut to 7 characters and `~`, which no "on" word holds, so "on" stays "on" and nothing else becomes it. */
export const VK_VALUE_MAX = 8;

/** Stands for what the line does not carry (the file or key a setting was read from, an unreadable source). */
export const FLEET_SOURCE = '(reported by the fleet script)';
/** A program name the client's own pattern matches, for a client the device found by its program. */
const SBL_PROGRAM = 'Start Before Login module (reported by the fleet script)';

const Name = z.string().nullable();
/**
 * [RasMan device tunnel, RasMan user tunnel, first Always On MDM device tunnel, first Always On MDM
 * user tunnel, [[client index, version]] (the client's first program), Start Before Login module
 * 0|1, service indices as digits, per client (VPN_CLIENTS order) its kept setting values, how many
 * sources could not be read].
 */
export const VpnKindLineSchema = z.tuple([
  Name,
  Name,
  Name,
  Name,
  z.array(
    z.tuple([
      z
        .number()
        .int()
        .min(0)
        .max(VPN_CLIENTS.length - 1),
      z.string(),
    ]),
  ),
  z.union([z.literal(0), z.literal(1)]),
  z.string().regex(new RegExp(`^[0-${VPN_SERVICE_NAMES.length - 1}]*$`)),
  z.array(z.array(z.string())).length(VPN_CLIENTS.length),
  z.number().int().nonnegative(),
]);

/** The probe's stdout, in its own format, from the line's reduced answer. */
export function vpnKindStdout(data: z.infer<typeof VpnKindLineSchema>): string {
  const [deviceTunnel, userTunnel, mdmDevice, mdmUser, programs, sbl, services, settings, unreadable] = data;
  const mdm = [
    ...(mdmDevice === null ? [] : [{ Name: mdmDevice, AlwaysOn: true, DeviceTunnel: true }]),
    ...(mdmUser === null ? [] : [{ Name: mdmUser, AlwaysOn: true, DeviceTunnel: false }]),
  ];
  const program = (DisplayName: string, version: string | null) => ({
    DisplayName,
    DisplayVersion: version,
    Publisher: null,
  });
  return JSON.stringify({
    AutoTrigger: { UserTunnel: userTunnel, DeviceTunnel: deviceTunnel },
    MdmProfiles: mdm,
    Programs: [
      ...programs.map(([i, version]) => program(VPN_CLIENTS[i]?.name ?? '', version === '' ? null : version)),
      ...(sbl === 1 ? [program(SBL_PROGRAM, null)] : []),
    ],
    Services: [...services].map((digit) => ({
      Name: VPN_SERVICE_NAMES[Number(digit)] ?? '',
      Status: null,
      StartType: null,
    })),
    Settings: VPN_CLIENTS.flatMap((client, i) =>
      (settings[i] ?? []).map((Value) => ({
        Client: client.id,
        Source: FLEET_SOURCE,
        Name: PRELOGON_SETTINGS[client.id].name,
        Value,
      })),
    ),
    Unreadable: Array.from({ length: unreadable }, () => ({ Source: FLEET_SOURCE, ErrorId: null })),
  });
}

/** The tables the detection script reduces with, in the order the line uses them. */
export function vpnKindTables(): {
  clientIds: ClientId[];
  programs: RegExp[];
  serviceClients: (readonly string[])[];
  sbl: RegExp;
  services: readonly string[];
  settings: { name: string; on: readonly string[]; trim: boolean }[];
} {
  return {
    clientIds: VPN_CLIENTS.map((c) => c.id),
    programs: VPN_CLIENTS.map((c) => c.program),
    serviceClients: VPN_CLIENTS.map((c) => c.services),
    sbl: SBL_MODULE,
    services: VPN_SERVICE_NAMES,
    settings: VPN_CLIENTS.map((c) => PRELOGON_SETTINGS[c.id]),
  };
}
