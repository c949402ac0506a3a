/**
 * The `net.machine` probe (issue 17, docs/CONTRACT-EXTENSIONS.md): the proxy and the endpoints as
 * the signed-in user sees them and, when the app runs elevated, as SYSTEM (the account Windows
 * setup, Autopilot and hybrid join use). Every decision rests on flags and state words the script
 * chose from numbers (ProxyEnable, the WinHttpSettings bytes, socket error codes).
 */
import { z } from 'zod';
import { parseProxyAddress } from '../rules/proxy-address.js';

/** Windows PowerShell 5.1 prints a one-item array as the item itself. */
const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z
    .union([z.array(item), item.transform((one) => [one])])
    .nullish()
    .transform((v) => v ?? []);

const ReachSchema = z.object({
  Host: z.string(),
  Port: z.number().int().min(1).max(65535),
  /** `direct`, or the proxy host:port the account's traffic went through (HTTP CONNECT). */
  Via: z.string().nullish(),
  State: z.enum(['connected', 'refused', 'timeout', 'error']),
  SocketError: z.number().int().nullish(),
  /** The proxy's answer to CONNECT (200 = tunnel open, 403/407 = refused). */
  ProxyStatus: z.number().int().nullish(),
});
export type Reach = z.infer<typeof ReachSchema>;

const InternetSchema = z
  .object({
    ProxyEnable: z.number().int().nullish(),
    ProxyServer: z.string().nullish(),
    AutoConfigURL: z.string().nullish(),
  })
  .nullish();

export const MachineViewSchema = z.object({
  Elevated: z.boolean(),
  User: z.object({
    Account: z.string().nullish(),
    Internet: InternetSchema,
    Reach: listOf(ReachSchema),
  }),
  Machine: z
    .object({
      Ran: z.boolean(),
      Account: z.string().nullish(),
      Internet: InternetSchema,
      WinHttp: z.object({ Read: z.boolean(), Proxy: z.string().nullish() }).nullish(),
      Reach: listOf(ReachSchema),
      Error: z.string().nullish(),
    })
    .nullish(),
});
export type MachineView = z.infer<typeof MachineViewSchema>;

/** The proxy an account's traffic takes, in words: a static proxy, a PAC script, or none. */
export interface ProxyUse {
  kind: 'static' | 'pac' | 'none';
  /** host:port for a static proxy, the PAC address for a script. */
  value: string | null;
}

export function userProxy(internet: z.infer<typeof InternetSchema>): ProxyUse {
  if (internet?.AutoConfigURL) return { kind: 'pac', value: internet.AutoConfigURL };
  if (internet?.ProxyEnable === 1 && internet.ProxyServer) {
    const address = parseProxyAddress(internet.ProxyServer);
    return { kind: 'static', value: address ? `${address.host}:${address.port}` : internet.ProxyServer };
  }
  return { kind: 'none', value: null };
}

export function winHttpProxy(winHttp: { Proxy?: string | null } | null | undefined): ProxyUse {
  if (!winHttp?.Proxy) return { kind: 'none', value: null };
  const address = parseProxyAddress(winHttp.Proxy);
  return { kind: 'static', value: address ? `${address.host}:${address.port}` : winHttp.Proxy };
}

export const endpointKey = (r: { Host: string; Port: number }) => `${r.Host.toLowerCase()}:${r.Port}`;
