/**
 * Reads a Windows proxy setting (WinHTTP's or Internet Settings' ProxyServer) down to the host and
 * port HTTPS goes through: `proxy:8080`, `http://proxy:8080`, or per-protocol
 * `http=proxy:80;https=proxy:8443` (the https entry wins). Pure.
 */
export interface ProxyAddress {
  host: string;
  port: number;
}

/** Windows assumes port 80 when a proxy setting names none. */
const DEFAULT_PROXY_PORT = 80;

export function parseProxyAddress(setting: string): ProxyAddress | null {
  const entries = setting
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const perProtocol = entries.filter((e) => e.includes('='));
  const chosen =
    perProtocol.length > 0
      ? perProtocol.find((e) => e.toLowerCase().startsWith('https='))?.slice('https='.length)
      : entries[0];
  if (!chosen) return null;
  const bare = chosen.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
  const match = /^(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(bare);
  if (!match?.[1]) return null;
  const port = match[2] === undefined ? DEFAULT_PROXY_PORT : Number(match[2]);
  if (port < 1 || port > 65535) return null;
  return { host: match[1].replace(/^\[|\]$/g, ''), port };
}
