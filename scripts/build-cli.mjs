#!/usr/bin/env node
// Bundles the headless `hvv` command into dist/cli/ so it starts like a native tool: one file of
// plain JavaScript, no TypeScript compiled at start (bin/hvv.mjs falls back to the sources only
// when this has not run). Run by `npm run build` and by `npm install` in a clone (`prepare`).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = path.join(root, 'dist/cli');

/**
 * zod's `z` namespace re-exports all of its ~40 translations (`z.locales`), and a namespace that is
 * used as an object cannot be tree-shaken: 260 KB of the bundle's 600 KB, parsed at every start.
 * Nothing here reads `z.locales` (messages stay English: classic zod imports its `en` locale
 * directly, not through this index), so the index is replaced by an empty module.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'without-zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
};

/** Builds dist/cli and returns esbuild's metafile (what went into the bundle, for the tests). */
export async function buildCli(outDir = CLI_OUT_DIR) {
  const { build } = await import('esbuild');
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { hvv: path.join(root, 'main/cli/entry.ts') },
    // Metafile paths are relative to this folder (sources.json below relies on it).
    absWorkingDir: root,
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Chunks: what only some commands need (live collector, report renderer) loads on demand, so
    // `hvv --help` and a replay parse less code.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    banner: {
      // Bundled CommonJS dependencies may call require(); ESM has none unless it is created.
      js: "import { createRequire as __hvvCreateRequire } from 'node:module'; const require = __hvvCreateRequire(import.meta.url);",
    },
    legalComments: 'none',
    // `debug` (under node-powershell) tries `require('supports-color')` and carries on without
    // it; only dev tools install it, so bundling it would make the build depend on them.
    external: ['supports-color'],
    plugins: [withoutZodLocales],
    metafile: true,
    logLevel: 'warning',
  });
  await copyPs1Files('main/probes/scripts', path.join(outDir, 'scripts'));
  // The -File host beside the scripts (hostScriptFor) and the fleet runtime beside the bundle.
  await copyPs1Files('main/probes/host', path.join(outDir, 'host'));
  await copyFile(path.join(root, 'main/fleet/detect-runtime.ps1'), path.join(outDir, 'detect-runtime.ps1'));
  // The project's own files that went in: bin/hvv.mjs checks them so an edit (or a git pull)
  // since the build runs the sources instead of a stale bundle.
  const sources = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/') && !input.includes(':'))
    .map((input) => input.split(path.sep).join('/'));
  await writeFile(path.join(outDir, 'sources.json'), `${JSON.stringify(sources)}\n`);
  return result.metafile;
}

// live-executor.ts looks for the probe scripts in `scripts/` beside the running module, which for
// the bundle is dist/cli/scripts (a live run or `hvv record` on Windows from a clone).
async function copyPs1Files(from, target) {
  const source = path.join(root, from);
  await mkdir(target, { recursive: true });
  const names = (await readdir(source)).filter((name) => name.toLowerCase().endsWith('.ps1'));
  await Promise.all(names.map((name) => copyFile(path.join(source, name), path.join(target, name))));
}

// `prepare` also runs where dev dependencies are absent (a production install): nothing to build
// with then, and the command still works from the sources.
const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const started = Date.now();
  if (!existsSync(path.join(root, 'node_modules/esbuild'))) {
    console.log('build-cli: esbuild is not installed; hvv will run from the sources');
  } else {
    buildCli().then(
      () => console.log(`build-cli: dist/cli/hvv.mjs (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      (error) => {
        console.error(`build-cli failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
  }
}
