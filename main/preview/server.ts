/**
 * The preview's HTTP server on 127.0.0.1: the built renderer exactly as app:// serves it (same
 * path resolution, same CSP), with the bridge script injected ahead of the app bundle, plus the
 * API bridge — POST /__hvv/invoke/<method> through the app's own dispatcher, and
 * GET /__hvv/events as Server-Sent Events, and GET /__hvv/exports/<file> so an export reaches the
 * browser's downloads.
 *
 * Everything lives under a per-run random path prefix (`/<prefix>/`), and the token cookie is
 * scoped to it: browsers send cookies to every port of a host, so a plain `Path=/` cookie would
 * also reach any other server on 127.0.0.1 (issue 14). Outside the prefix the server answers 404.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../common/ipc/contract.js';
import { createDispatcher } from '../ipc.js';
import { APP_ORIGIN, resolveAppRequest, securityHeaders } from '../protocol.js';
import { SCENARIO_MAX_BYTES } from '../../common/limits.js';
import type { EventHub } from './event-hub.js';
import { cookieToken, hostAllowed, originAllowed, sameToken, tokenCookie } from './guard.js';

/** A loadScenario request: the largest scenario, plus room for JSON escaping of its text. */
export const MAX_BODY_BYTES = SCENARIO_MAX_BYTES + 4 * 1024 * 1024;

export const BRIDGE_PATH = '/__hvv/bridge.js';
const INVOKE_PREFIX = '/__hvv/invoke/';
const EVENTS_PATH = '/__hvv/events';
export const EXPORTS_PREFIX = '/__hvv/exports/';
/** A file name the export dialog produces: no folders, no dot-dot, nothing a header could break on. */
const EXPORT_NAME = /^(?!\.)[\w.\- ]{1,200}$/;

export interface PreviewServerOptions {
  rendererDir: string;
  handlers: ApiHandlers;
  hub: EventHub;
  bridgeScript: string;
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  /** The folder the preview's exports are written to, offered back as downloads. */
  exportsDir?: string;
}

export interface PreviewServer {
  /** The origin, e.g. http://127.0.0.1:5173/ */
  origin: string;
  /** Where every preview address lives, e.g. http://127.0.0.1:5173/Qx3…/ (the cookie's Path). */
  base: string;
  /** The per-run path prefix, "/Qx3…/". */
  pathPrefix: string;
  /** The link to open: it carries the token once, the server swaps it for a cookie. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

export function injectBridge(html: string): string {
  const tag = `<script src=".${BRIDGE_PATH}"></script>\n    `;
  const at = html.search(/<script\b/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  const head = html.search(/<\/head>/i);
  if (head < 0) throw new Error('dist/renderer/index.html has no <head>; rebuild the renderer.');
  return html.slice(0, head) + tag + html.slice(head);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) throw new HttpRefusal(413, 'Request too large (50 MB at most).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpRefusal(413, 'Request too large (50 MB at most).');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'The request body is not JSON.');
  }
  if (typeof body !== 'object' || body === null) throw new HttpRefusal(400, 'Expected {"request": …}.');
  return (body as { request?: unknown }).request;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const pathPrefix = `/${randomBytes(12).toString('base64url')}/`;
  const dispatch = createDispatcher(options.handlers);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const authorised = (req: IncomingMessage): boolean => sameToken(cookieToken(req), token);

  async function serveIndex(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const offered = url.searchParams.get('token');
    if (offered !== null) {
      if (!sameToken(offered, token)) return plain(res, 403, 'This link is from another preview run.');
      // Swap the token in the address bar for a cookie the page's scripts cannot read.
      res
        .writeHead(303, {
          ...securityHeaders(),
          'Set-Cookie': tokenCookie(token, pathPrefix),
          Location: pathPrefix,
        })
        .end();
      return;
    }
    if (!authorised(req)) {
      return plain(
        res,
        403,
        'Open the link the preview printed in its terminal (it carries a one-time token).',
      );
    }
    const resolved = await resolveAppRequest(options.rendererDir, `${APP_ORIGIN}/index.html`, 'GET');
    if (resolved.filePath === null) return plain(res, 500, 'dist/renderer is missing: rebuild the renderer.');
    const html = injectBridge(await readFile(resolved.filePath, 'utf8'));
    res.writeHead(200, resolved.headers).end(req.method === 'HEAD' ? undefined : html);
  }

  async function serveInvoke(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST') return plain(res, 405, 'POST only.');
    if (!originAllowed(req, port, true)) return plain(res, 403, 'Request refused: foreign origin.');
    if (!authorised(req)) return plain(res, 403, 'Request refused: no preview token.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return plain(res, 415, 'Send application/json.');
    }
    const method = decodeURIComponent(path.slice(INVOKE_PREFIX.length));
    const envelope = await dispatch(method, await readBody(req));
    res
      .writeHead(200, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8' })
      .end(JSON.stringify(envelope));
  }

  function serveEvents(req: IncomingMessage, res: ServerResponse): void {
    if (!originAllowed(req, port, false)) return plain(res, 403, 'Request refused: foreign origin.');
    if (!authorised(req)) return plain(res, 403, 'Request refused: no preview token.');
    res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream; charset=utf-8' });
    res.write(': connected\n\n');
    streams.add(res);
    const stop = options.hub.subscribe((channel, payload) => {
      res.write(`data: ${JSON.stringify({ channel, payload })}\n\n`);
    });
    req.on('close', () => {
      stop();
      streams.delete(res);
    });
  }

  async function serveExport(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET') return plain(res, 405, 'GET only.');
    if (!authorised(req)) return plain(res, 403, 'Request refused: no preview token.');
    const name = decodeURIComponent(path.slice(EXPORTS_PREFIX.length));
    if (!options.exportsDir || !EXPORT_NAME.test(name)) return plain(res, 404, 'No such export.');
    let body: Buffer;
    try {
      body = await readFile(join(options.exportsDir, name));
    } catch {
      return plain(res, 404, 'No such export.');
    }
    res
      .writeHead(200, {
        ...securityHeaders(),
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${name}"`,
      })
      .end(body);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const resolved = await resolveAppRequest(
      options.rendererDir,
      `${APP_ORIGIN}${path}`,
      req.method ?? 'GET',
    );
    if (resolved.filePath === null) return plain(res, resolved.status, resolved.reason);
    const body = req.method === 'HEAD' ? undefined : await readFile(resolved.filePath);
    res.writeHead(200, resolved.headers).end(body);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return plain(res, 421, 'Unknown host: open the preview via 127.0.0.1.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith(pathPrefix)) return plain(res, 404, 'Not found.');
    const path = url.pathname.slice(pathPrefix.length - 1);
    if (path === '/' || path === '/index.html') return serveIndex(req, res, url);
    if (path === BRIDGE_PATH) {
      res
        .writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/javascript; charset=utf-8' })
        .end(options.bridgeScript);
      return;
    }
    if (path.startsWith(INVOKE_PREFIX)) return serveInvoke(req, res, path);
    if (path === EVENTS_PATH) return serveEvents(req, res);
    if (path.startsWith(EXPORTS_PREFIX)) return serveExport(req, res, path);
    return serveStatic(req, res, path);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof HttpRefusal) return plain(res, error.status, error.message);
      // Bad percent-encoding anywhere in the address is the client's mistake, not the server's.
      if (error instanceof URIError) return plain(res, 400, 'Bad percent-encoding in the address.');
      plain(res, 500, error instanceof Error ? error.message : String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}/`;
  const base = `http://127.0.0.1:${port}${pathPrefix}`;

  return {
    origin,
    base,
    pathPrefix,
    url: `${base}?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
