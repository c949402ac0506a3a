/**
 * The only places the app may send the technician's browser: Microsoft's documentation, sign-in
 * and admin portals. Anything else (a link injected into evidence text, a crafted scenario file)
 * must never reach shell.openExternal, which would hand it to whatever the OS registers.
 */

/** Hosts reachable anywhere on the host (every path), https only. */
export const EXTERNAL_HOSTS: readonly string[] = [
  'learn.microsoft.com',
  'intune.microsoft.com',
  'endpoint.microsoft.com',
  'support.microsoft.com',
  'catalog.update.microsoft.com',
];

/** Hosts reachable only under one path: the device-code sign-in page, not all of microsoft.com. */
const PATH_SCOPED: readonly { host: string; pathPrefix: string }[] = [
  { host: 'microsoft.com', pathPrefix: '/devicelogin' },
  { host: 'www.microsoft.com', pathPrefix: '/devicelogin' },
  { host: 'microsoft.com', pathPrefix: '/deviceloginus' },
  { host: 'microsoft.com', pathPrefix: '/deviceloginchina' },
];

/**
 * Sign-in hosts only for the one page the app opens there, MSAL's authorize endpoint for a tenant
 * (some other paths on these hosts redirect anywhere, issue 14). Sovereign clouds too: US
 * Government and China (21Vianet), since the tenant authority is configurable.
 */
const SIGN_IN_HOSTS: readonly string[] = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
];
const SIGN_IN_PATH = /^\/[A-Za-z0-9.-]{1,100}\/oauth2\/(?:v2\.0\/)?authorize$/;

/**
 * The procedure asks the technician to open Windows Update settings; this exact URI is the one
 * non-https target, matched whole so no other ms-settings page or handler can be reached.
 */
const EXACT_URIS: readonly string[] = ['ms-settings:windowsupdate'];

export function isAllowedExternalUrl(url: string): boolean {
  return allowedExternalUrl(url) !== null;
}

/** The URL to open, parsed and re-serialized, or null when it is not allowed. */
export function allowedExternalUrl(url: string): string | null {
  if (EXACT_URIS.includes(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return isAllowedParsed(parsed) ? parsed.href : null;
}

function isAllowedParsed(parsed: URL): boolean {
  if (parsed.protocol !== 'https:') return false;
  // user:pass@host URLs are a classic way to disguise the real destination.
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  if (EXTERNAL_HOSTS.includes(host)) return true;
  if (SIGN_IN_HOSTS.includes(host)) return SIGN_IN_PATH.test(parsed.pathname);
  return PATH_SCOPED.some(
    (entry) =>
      entry.host === host &&
      (parsed.pathname === entry.pathPrefix || parsed.pathname.startsWith(`${entry.pathPrefix}/`)),
  );
}

export class ExternalUrlRefusedError extends Error {
  readonly code = 'external-url-refused';
  constructor(url: string) {
    super(`The app only opens Microsoft sign-in and documentation pages; refused to open ${describe(url)}.`);
    this.name = 'ExternalUrlRefusedError';
  }
}

function describe(url: string): string {
  return JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}…` : url);
}

/** Opens the URL in the system browser when it is allow-listed; otherwise rejects without opening. */
export async function openExternalSafely(
  openExternal: (url: string) => Promise<void>,
  url: string,
): Promise<void> {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) throw new ExternalUrlRefusedError(url);
  // What was checked is what is opened: the parsed URL, serialized again, not the raw string.
  await openExternal(allowed);
}
