/**
 * What the `vpn.kind` and `vpn.status` probes print (issue 16a): the raw facts Windows keeps about
 * auto-connecting VPN profiles and installed VPN clients, and which tunnels are up. The scripts only
 * collect; `common/engine/rules/vpn-kind.ts` decides which kind of VPN the device uses.
 */
import { z } from 'zod';

const text = z
  .union([z.string(), z.number(), z.boolean()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

/** Windows PowerShell writes a one-element array as a bare object. */
function listOf<T extends z.ZodTypeAny>(item: T) {
  return z.preprocess(
    (value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

export const InstalledProgramSchema = z.object({
  DisplayName: z.string(),
  DisplayVersion: text,
  Publisher: text,
});
export type InstalledProgram = z.infer<typeof InstalledProgramSchema>;

export const ServiceStateSchema = z.object({
  Name: z.string(),
  Status: text,
  StartType: text,
});
export type ServiceState = z.infer<typeof ServiceStateSchema>;

/** One pre-logon setting read where a client keeps it: a registry value, a profile XML tag, a connstore entry. */
export const ClientSettingSchema = z.object({
  Client: z.string(),
  Source: z.string(),
  Name: z.string(),
  Value: text,
});
export type ClientSetting = z.infer<typeof ClientSettingSchema>;

/** An Always On profile as the MDM WMI bridge (MDM_VPNv2_01) lists it; only SYSTEM can read it. */
export const MdmVpnProfileSchema = z.object({
  Name: z.string(),
  AlwaysOn: z.boolean().nullish(),
  DeviceTunnel: z.boolean().nullish(),
});
export type MdmVpnProfile = z.infer<typeof MdmVpnProfileSchema>;

export const VpnKindProbeSchema = z.object({
  /** RasMan's Always On entries: HKLM\SYSTEM\CurrentControlSet\Services\RasMan\Config and \DeviceTunnel. */
  AutoTrigger: z
    .object({ UserTunnel: text, DeviceTunnel: text })
    .nullish()
    .transform((value) => value ?? { UserTunnel: null, DeviceTunnel: null }),
  MdmProfiles: listOf(MdmVpnProfileSchema),
  Programs: listOf(InstalledProgramSchema),
  Services: listOf(ServiceStateSchema),
  Settings: listOf(ClientSettingSchema),
  /** Where the probe could not look (a key it may not read, the WMI bridge without SYSTEM), by error id. */
  Unreadable: listOf(z.object({ Source: z.string(), ErrorId: text })),
});
export type VpnKindProbe = z.infer<typeof VpnKindProbeSchema>;

export const VpnStatusProbeSchema = z.object({
  WaitedSeconds: z.number().nonnegative().default(0),
  Connections: listOf(z.object({ Name: z.string(), ConnectionStatus: text })),
  Adapters: listOf(
    z.object({
      Name: z.string(),
      InterfaceDescription: text,
      Status: text,
      InterfaceType: z.number().nullish(),
    }),
  ),
});
export type VpnStatusProbe = z.infer<typeof VpnStatusProbeSchema>;
