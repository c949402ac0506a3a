/**
 * Serves dist/renderer over http://127.0.0.1 exactly as the app's app:// protocol does: the same
 * path resolution and the same headers (CSP included), taken from main/protocol.ts.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, resolveAppRequest } from '../../main/protocol.js';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveRenderer(rootDir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    resolveAppRequest(rootDir, `${APP_ORIGIN}${path}`, req.method ?? 'GET')
      .then(async (resolved) => {
        if (resolved.filePath === null) {
          res.writeHead(resolved.status, resolved.headers).end(resolved.reason);
          return;
        }
        const body = req.method === 'HEAD' ? undefined : await readFile(resolved.filePath);
        res.writeHead(200, resolved.headers).end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
