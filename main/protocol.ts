/**
 * Serves the built renderer from app://hvv/ instead of file:// — Vite's module scripts do not load
 * from file://, and a real origin lets CSP 'self', the IPC sender check and navigation guards all
 * name exactly one place the app's own page comes from.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hvv';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** No inline script or style, no remote anything: the page only talks to main through the preload. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every answer carries, errors included, so no response from the scheme lacks the CSP. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

export type AppResponse =
  | { status: 200; filePath: string; headers: Record<string, string> }
  | { status: 400 | 403 | 404 | 405; filePath: null; reason: string; headers: Record<string, string> };

function refuse(status: 400 | 403 | 404 | 405, reason: string): AppResponse {
  return { status, filePath: null, reason, headers: { ...securityHeaders(), 'Content-Type': 'text/plain' } };
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps an app:// request to a file under `rootDir`. Anything that could leave the folder —
 * `..` (raw or percent-encoded), encoded separators, NUL, a symlink pointing outside — is refused
 * rather than normalised, because a normalised escape is still an escape.
 */
export async function resolveAppRequest(
  rootDir: string,
  requestUrl: string,
  method = 'GET',
): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, `method ${method} not allowed`);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return refuse(404, 'unknown host');

  // The URL parser resolves "..", "%2e%2e" and "." before pathname is read, so a traversal attempt
  // would reach the checks below already collapsed (and be answered "not found" by luck). Refuse it
  // from the address as sent.
  const sentPath = requestUrl.replace(/^[^:]*:\/\/[^/?#]*/, '').split(/[?#]/)[0] ?? '';
  for (const raw of sentPath.split(/[/\\]/)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'bad percent-encoding');
    }
    if (segment === '..' || segment === '.') return refuse(403, 'path escapes the app');
  }

  const rawSegments = url.pathname.split('/').filter((segment) => segment !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'bad percent-encoding');
    }
    if (segment === '..' || segment === '.' || /[/\\\0:]/.test(segment))
      return refuse(403, 'path escapes the app');
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const candidate = path.resolve(root, ...segments);
  if (!isInside(root, candidate)) return refuse(403, 'path escapes the app');

  let realRoot: string;
  let realCandidate: string;
  try {
    realRoot = await realpath(root);
    realCandidate = await realpath(candidate);
  } catch {
    return refuse(404, 'not found');
  }
  if (!isInside(realRoot, realCandidate)) return refuse(403, 'path escapes the app');
  const info = await stat(realCandidate);
  if (!info.isFile()) return refuse(404, 'not a file');

  return {
    status: 200,
    filePath: realCandidate,
    headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(realCandidate) },
  };
}

/** Must run before app 'ready': Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app:// requests with the file and headers resolveAppRequest chose. */
export async function respondToAppRequest(rootDir: string, request: Request): Promise<Response> {
  const resolved = await resolveAppRequest(rootDir, request.url, request.method);
  if (resolved.filePath === null) {
    return new Response(resolved.reason, { status: resolved.status, headers: resolved.headers });
  }
  const body = request.method === 'HEAD' ? null : await readFile(resolved.filePath);
  return new Response(body, { status: 200, headers: resolved.headers });
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rootDir, request));
}
