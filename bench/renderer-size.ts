/** Built renderer weight: what Electron loads before the technician sees the first screen. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

export interface AssetSizes {
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Throws when the renderer has not been built (`npm run build` or `npx vite build`). */
export function rendererSizes(dir = RENDERER_DIR): AssetSizes {
  const sizes: AssetSizes = { jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0 };
  const all = files(dir);
  for (const path of all) {
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = readFileSync(path);
    sizes[`${kind}Bytes`] += bytes.length;
    sizes[`${kind}GzipBytes`] += gzipSync(bytes, { level: 9 }).length;
  }
  if (sizes.jsBytes === 0) throw new Error(`no built JavaScript under ${dir}`);
  return sizes;
}
