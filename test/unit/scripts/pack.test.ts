/**
 * Packs the real app with electron-builder (`--dir --linux`) against a stand-in Electron folder —
 * the real binary cannot be downloaded here — and checks what went into app.asar. The Windows
 * targets, fuses and asar integrity need the real electron.exe and are validated as configuration
 * in builder-config.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths.js';
import { bundledScripts, unsignedBundledFiles } from '../../../scripts/validate-builder-config.mjs';

const run = promisify(execFile);
const root = REPO_ROOT;
const BUILT = ['dist/main/app.cjs', 'dist/preload/index.cjs', 'dist/renderer/index.html'];
// The hvv bundle for Node (scripts/build-cli.mjs): the exe runs the same command from app.cjs.
const NOT_SHIPPED = 'dist/cli/hvv.mjs';

let scratch: string;
let entries: string[];
let asarPath: string;
let unpacked: string;
let unpackedDir: string;

async function ensureBuilt(): Promise<void> {
  if ([...BUILT, NOT_SHIPPED].every((file) => existsSync(path.join(root, file)))) return;
  await run(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
}

/** electron-builder copies the folder and renames `electron`; it needs nothing else on Linux. */
async function standInElectron(): Promise<string> {
  const folder = path.join(scratch, 'electron-dist');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'electron'), '#!/bin/sh\nexit 0\n');
  await chmod(path.join(folder, 'electron'), 0o755);
  return folder;
}

async function packConfig(electronDist: string): Promise<string> {
  const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null, {
    value: Promise.resolve(packageJson),
  } as Parameters<typeof getConfig>[3]);
  // A stand-in binary has no fuse wire to flip.
  const { electronFuses: _fuses, ...withoutFuses } = config;
  const file = path.join(scratch, 'electron-builder.json');
  const output = path.join(scratch, 'out');
  await writeFile(
    file,
    JSON.stringify({ ...withoutFuses, electronDist, directories: { ...config.directories, output } }),
  );
  return file;
}

function productionPackages(lock: {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
}): Set<string> {
  const names = new Set<string>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.includes('node_modules/') || entry.dev || entry.devOptional) continue;
    names.add(key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
  }
  return names;
}

function topLevelModule(entry: string): string | null {
  // A scope folder on its own ("/node_modules/@azure") is not a package.
  const match = /^\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(entry);
  return match?.[1] ?? null;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'hvv-pack-'));
  await ensureBuilt();
  const config = await packConfig(await standInElectron());
  await run(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--config',
      config,
    ],
    { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 16 * 1024 * 1024 },
  );
  unpacked = path.join(scratch, 'out', 'linux-unpacked');
  asarPath = path.join(unpacked, 'resources', 'app.asar');
  unpackedDir = path.join(unpacked, 'resources', 'app.asar.unpacked');
  entries = listPackage(asarPath, { isPack: false });
}, 240_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the packed app (app.asar)', () => {
  it('contains the built main, preload and renderer', () => {
    for (const file of BUILT) expect(entries).toContain(`/${file}`);
  });

  it('leaves the Node bundle of hvv out (the exe carries the command in app.cjs)', () => {
    expect(existsSync(path.join(root, NOT_SHIPPED))).toBe(true);
    expect(entries.filter((entry) => entry.startsWith('/dist/cli'))).toEqual([]);
  });

  it('puts hvv.cmd beside the exe, handing the headless run its exit code back to cmd.exe', async () => {
    const launcher = await readFile(path.join(unpacked, 'hvv.cmd'), 'utf8');
    expect(launcher).toContain('"%~dp0Hybrid VPN Validator.exe" %*');
    expect(launcher.trimEnd().split('\r\n').at(-1)).toBe('exit /b %ERRORLEVEL%');
  });

  it('contains nothing outside dist/, package.json and node_modules/', () => {
    const stray = entries.filter(
      (entry) =>
        !entry.startsWith('/dist') && entry !== '/package.json' && !entry.startsWith('/node_modules'),
    );
    expect(stray).toEqual([]);
  });

  it('ships no tests and no TypeScript sources of the app', () => {
    const appFiles = entries.filter((entry) => !entry.startsWith('/node_modules'));
    expect(appFiles.filter((entry) => /\.tsx?$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /^\/(test|main|preload|renderer|scripts)(\/|$)/.test(entry))).toEqual(
      [],
    );
  });

  it('ships only production dependencies, never dev tools', async () => {
    const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as Parameters<
      typeof productionPackages
    >[0];
    const allowed = productionPackages(lock);
    const shipped = new Set(entries.map(topLevelModule).filter((name): name is string => name !== null));
    expect([...shipped].filter((name) => !allowed.has(name))).toEqual([]);
    for (const devTool of [
      'vitest',
      'electron',
      'electron-builder',
      'typescript',
      'vite',
      '@playwright/test',
      'eslint',
    ]) {
      expect(shipped.has(devTool), devTool).toBe(false);
    }
  });

  it('starts Electron on the bundled main process', () => {
    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string };
    expect(packaged.main).toBe('dist/main/app.cjs');
  });
});

/** Files under a folder, as forward-slash paths relative to it. */
async function filesUnder(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesUnder(path.join(folder, entry.name), relative)));
    else found.push(relative);
  }
  return found;
}

describe('what the Windows build Authenticode-signs', () => {
  it('ships every bundled PowerShell script unpacked, and electron-builder’s own rule signs each one', async () => {
    const shipped = (await filesUnder(unpackedDir)).filter((file) => file.endsWith('.ps1'));
    const expected = bundledScripts() as string[];
    expect(expected).toContain('dist/main/host/run-probe.ps1');
    expect(shipped.sort()).toEqual([...expected].sort());
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null, {
      value: Promise.resolve(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as unknown),
    } as Parameters<typeof getConfig>[3]);
    expect(unsignedBundledFiles(config, shipped)).toEqual([]);
    // Without '.ps1' in win.signExts the same rule would leave every script unsigned.
    expect(unsignedBundledFiles({ ...config, win: { ...config.win, signExts: ['.dll'] } }, shipped)).toEqual(
      shipped,
    );
  });
});
