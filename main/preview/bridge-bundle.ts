/** Bundles page-bridge.ts into one classic script, built when the preview starts. */
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildBridgeScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error('The preview bridge script could not be built.');
  return text;
}
