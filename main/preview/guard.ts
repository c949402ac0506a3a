/**
 * Who may drive the preview's API: only the page this server handed its per-run token to, loaded
 * from this very origin. The Host check defeats DNS rebinding (a foreign name resolving to
 * 127.0.0.1), the Origin check defeats cross-site requests, and the HttpOnly SameSite=Strict
 * cookie keeps other sites and scripts from ever holding the token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'hvv_preview';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).has(host);
}

/** A missing Origin is accepted only where browsers omit it (same-origin GET, e.g. EventSource). */
export function originAllowed(req: IncomingMessage, port: number, required: boolean): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return !required;
  const allowed = [...allowedHosts(port)].map((host) => `http://${host}`);
  if (!allowed.includes(origin)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

export function sameToken(a: string | null, b: string): boolean {
  if (a === null) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return null;
}

/** Scoped to the run's path prefix: cookies ignore ports, paths they do not (issue 14). */
export function tokenCookie(token: string, pathPrefix: string): string {
  return `${TOKEN_COOKIE}=${token}; Path=${pathPrefix}; HttpOnly; SameSite=Strict`;
}
