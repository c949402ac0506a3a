#!/usr/bin/env node
// Builds everything Electron loads into dist/: the renderer (Vite), main and preload (esbuild,
// CommonJS because sandboxed preloads cannot load ES modules), and the probe scripts; and the
// headless `hvv` command for Node (dist/cli, scripts/build-cli.mjs).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function buildMain() {
  await esbuild({
    entryPoints: [path.join(root, 'main/app.ts')],
    outfile: path.join(dist, 'main/app.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // Electron is provided by the runtime. Everything else is bundled so the packaged app does
    // not depend on node_modules resolution inside app.asar.
    external: ['electron'],
    // The headless command (main/headless.ts) runs code written as ES modules that finds files
    // beside itself through import.meta.url; CommonJS has no import.meta, so it is given one.
    define: { 'import.meta.url': '__hvvImportMetaUrl' },
    banner: { js: "const __hvvImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    sourcemap: false,
    logLevel: 'warning',
  });
}

async function buildPreload() {
  await esbuild({
    entryPoints: [path.join(root, 'preload/index.ts')],
    outfile: path.join(dist, 'preload/index.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome130',
    // Parsed on every page load; it carries the contract's schemas only for their channel names.
    minify: true,
    external: ['electron'],
    sourcemap: false,
    logLevel: 'warning',
  });
}

async function copyScriptFolder(from, to) {
  const source = path.join(root, from);
  const target = path.join(dist, to);
  if (!existsSync(source)) return 0;
  await mkdir(target, { recursive: true });
  const scripts = (await readdir(source)).filter((name) => name.toLowerCase().endsWith('.ps1'));
  await Promise.all(scripts.map((name) => copyFile(path.join(source, name), path.join(target, name))));
  return scripts.length;
}

/** The probes, and the -File host that runs them (beside them, where hostScriptFor() looks). */
async function copyProbeScripts() {
  const probes = await copyScriptFolder('main/probes/scripts', 'main/scripts');
  const host = await copyScriptFolder('main/probes/host', 'main/host');
  // `hvv fleet script` from the exe reads its runtime beside the bundled module (detect-script.ts).
  await copyFile(
    path.join(root, 'main/fleet/detect-runtime.ps1'),
    path.join(dist, 'main/detect-runtime.ps1'),
  );
  return probes + host;
}

async function main() {
  const started = Date.now();
  await rm(path.join(dist, 'main'), { recursive: true, force: true });
  await rm(path.join(dist, 'preload'), { recursive: true, force: true });
  // Each part builds even when another fails, so one broken file does not hide the others' errors.
  const parts = [
    ['renderer', buildRenderer],
    ['main', buildMain],
    ['preload', buildPreload],
    ['cli', () => buildCli()],
  ];
  const failed = [];
  for (const [name, run] of parts) {
    try {
      await run();
    } catch (error) {
      failed.push(name);
      console.error(`build: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const scripts = await copyProbeScripts();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed.length > 0) {
    console.error(`build failed: ${failed.join(', ')} (${seconds} s)`);
    process.exit(1);
  }
  console.log(`build: renderer, main, preload, hvv and ${scripts} probe script(s) in dist/ (${seconds} s)`);
}

main().catch((error) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
