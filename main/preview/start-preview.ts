/**
 * The whole preview in one call: the real services (composeServices) behind a replay-only
 * facade, the preview ShellEnv, the bridge script, and the HTTP server. Used by
 * scripts/preview.ts and by the tests, so both run the same wiring.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { composeServices } from '../compose.js';
import { buildBridgeScript } from './bridge-bundle.js';
import { createEventHub } from './event-hub.js';
import { createPreviewEnv, exportsDir } from './preview-env.js';
import { replayOnly } from './replay-only.js';
import { startPreviewServer, type PreviewServer } from './server.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface PreviewOptions {
  dataDir: string;
  rendererDir?: string;
  port?: number;
  scenarioPath?: string | null;
  token?: string;
  log?(line: string): void;
}

export interface Preview extends PreviewServer {
  dataDir: string;
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? ((line: string) => console.log(line));
  await mkdir(options.dataDir, { recursive: true });
  const hub = createEventHub();
  const env = createPreviewEnv({
    dataDir: options.dataDir,
    appVersion: await packageVersion(),
    emit: hub.emit,
    scenarioPath: options.scenarioPath ? resolve(options.scenarioPath) : null,
    log,
  });
  // argv: [] — the preview never resumes a session after a reboot it did not schedule.
  const services = await composeServices(env, { argv: [] });
  let server: PreviewServer;
  try {
    server = await startPreviewServer({
      rendererDir: options.rendererDir ?? join(REPO_ROOT, 'dist/renderer'),
      handlers: replayOnly(services.handlers),
      hub,
      bridgeScript: await buildBridgeScript(),
      exportsDir: exportsDir(options.dataDir),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.token !== undefined ? { token: options.token } : {}),
    });
  } catch (error) {
    await services.dispose();
    throw error;
  }
  return {
    ...server,
    dataDir: options.dataDir,
    close: async () => {
      await server.close();
      await services.dispose();
    },
  };
}
