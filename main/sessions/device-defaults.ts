/**
 * What the start screen prefills: the device's domain and its all-user VPN connections, read
 * through the session's executor (live, or the recording being replayed). Reading never fails the
 * screen: a probe that cannot answer leaves the field empty for the technician to type.
 */
import { z } from 'zod';
import type { VpnChoiceSchema } from '../../common/ipc/contract.js';
import type { ProbeExecutor } from '../../common/model.js';
import { parseDsregcmdStatus } from '../../common/engine/parsers/dsregcmd.js';
import { readPowerShellJson } from '../../common/engine/rules/powershell-json.js';

type VpnChoice = z.infer<typeof VpnChoiceSchema>;

const VpnConnectionSchema = z
  .object({
    Name: z.string(),
    AllUserConnection: z.boolean().nullish(),
    PluginApplicationID: z.string().nullish(),
  })
  .loose();

const PLUGIN_REASON =
  'a third-party plug-in VPN (UWP app) installs after sign-in, so it cannot connect at the logon screen';

export async function readDeviceDefaults(
  executor: ProbeExecutor,
): Promise<{ domain: string | null; vpnConnections: VpnChoice[] }> {
  const [domain, vpnConnections] = await Promise.all([readDomain(executor), readVpnChoices(executor)]);
  return { domain, vpnConnections };
}

const LogonSessionSchema = z.object({ UserDnsDomain: z.string().nullish() }).loose();

/**
 * The DNS name (corp.contoso.com) is what the technician types and what nltest finds a DC for.
 * dsregcmd's DomainName is usually the NetBIOS name (CONTOSO), so the signed-in session's
 * USERDNSDOMAIN comes first and dsregcmd only counts when it prints a dotted name.
 */
async function readDomain(executor: ProbeExecutor): Promise<string | null> {
  const fromSession = await attempt(async () => {
    const result = await executor.run({ probe: 'logon.session', args: {} });
    const parsed = readPowerShellJson(result.stdout, LogonSessionSchema, 'object');
    return parsed.ok ? dnsName(parsed.value.UserDnsDomain) : null;
  });
  if (fromSession) return fromSession;
  return attempt(async () => {
    const result = await executor.run({ probe: 'join.dsregcmd', args: {} });
    const status = parseDsregcmdStatus(result.stdout);
    return status.ok && status.value.domainJoined ? dnsName(status.value.domainName) : null;
  });
}

function dnsName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  return trimmed.includes('.') ? trimmed.toLowerCase() : null;
}

async function attempt<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

async function readVpnChoices(executor: ProbeExecutor): Promise<VpnChoice[]> {
  try {
    const result = await executor.run({ probe: 'vpn.connections', args: {} });
    if (result.exitCode !== 0 || result.timedOut) return [];
    const parsed = readPowerShellJson(result.stdout, z.array(VpnConnectionSchema), 'array');
    if (!parsed.ok) return [];
    return parsed.value
      .filter((c) => c.AllUserConnection !== false)
      .map((c) => {
        const plugin = typeof c.PluginApplicationID === 'string' && c.PluginApplicationID.trim() !== '';
        return { name: c.Name, usable: !plugin, reason: plugin ? PLUGIN_REASON : null };
      });
  } catch {
    return [];
  }
}
