import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { REPO_ROOT } from '../../paths.js';

const run = promisify(execFile);
const root = REPO_ROOT;
const validator = path.join(root, 'scripts/validate-builder-config.mjs');

let config: Configuration;
let scratch: string;
const results = new Map<string, { code: number; output: string }>();

async function validate(...configPaths: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [validator, ...configPaths], {
      cwd: root,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

/** A copy of the real config with one line changed, to prove the validator notices. */
async function variant(name: string, edit: (yaml: string) => string): Promise<string> {
  const original = await readFile(path.join(root, 'electron-builder.yml'), 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  const file = path.join(scratch, `${name}.yml`);
  await writeFile(file, edited);
  return file;
}

// Each run compiles electron-builder's large schema (seconds), so all variants run at once up front.
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'hvv-builder-'));
  const variants: [string, string][] = [
    [
      'run-as-node',
      await variant('run-as-node', (yaml) => yaml.replace('runAsNode: false', 'runAsNode: true')),
    ],
    [
      'unknown-key',
      await variant('unknown-key', (yaml) => yaml.replace('asar: true', 'asar: true\nasarr: true')),
    ],
    [
      'scripts-unsigned',
      await variant('scripts-unsigned', (yaml) =>
        yaml.replace("signExts: ['.ps1', '.dll', '.node']", "signExts: ['.dll', '.node']"),
      ),
    ],
    [
      'require-admin',
      await variant('require-admin', (yaml) =>
        yaml.replace('requestedExecutionLevel: asInvoker', 'requestedExecutionLevel: requireAdministrator'),
      ),
    ],
    [
      'no-portable',
      await variant('no-portable', (yaml) =>
        yaml.replace(/ {4}- target: portable\n {6}arch: \[x64, arm64\]\n/, ''),
      ),
    ],
    [
      'x64-only-installer',
      await variant('x64-only-installer', (yaml) =>
        yaml.replace(/(- target: nsis\n {6}arch: )\[x64, arm64\]/, '$1[x64]'),
      ),
    ],
    ['no-hvv-cmd', await variant('no-hvv-cmd', (yaml) => yaml.replace('to: hvv.cmd', 'to: tools.cmd'))],
  ];
  const [real, broken] = await Promise.all([validate(), validate(...variants.map(([, file]) => file))]);
  results.set('real', real);
  // The broken variants share one process; each file's findings follow its own "builder config:" line.
  for (const [name, file] of variants) {
    const section = broken.output
      .split('builder config: ')
      .find((part) => part.includes(path.basename(file)));
    results.set(name, { code: broken.code, output: section ?? '' });
  }
  const packageJson: unknown = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null, {
    value: Promise.resolve(packageJson as Record<string, unknown>),
  } as Parameters<typeof getConfig>[3]);
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema and the project's packaging rules", () => {
    const result = results.get('real');
    expect(result?.output).toContain('is valid');
    expect(result?.code).toBe(0);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds an NSIS installer, a portable exe and a zip for x64 and ARM64 Windows', () => {
    const targets = (config.win?.target ?? []) as { target: string; arch: string[] }[];
    expect(targets).toEqual(
      expect.arrayContaining([
        { target: 'nsis', arch: ['x64', 'arm64'] },
        { target: 'portable', arch: ['x64', 'arm64'] },
        { target: 'zip', arch: ['x64', 'arm64'] },
      ]),
    );
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    expect(config.portable?.artifactName).toMatch(/portable/);
  });

  it('packs only the built app into app.asar, with the probe scripts unpacked for PowerShell', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([{ filter: ['dist/**', '!dist/cli/**', 'package.json'] }]);
    expect(config.asarUnpack).toEqual(['dist/main/scripts/**', 'dist/main/host/**']);
    expect(config.directories?.output).toBe('release');
  });

  it('fails when a fuse is weakened', () => {
    const result = results.get('run-as-node');
    expect(result?.code).toBe(1);
    expect(result?.output).toContain('electronFuses.runAsNode must be false');
  });

  it('fails on an option electron-builder does not know', () => {
    const result = results.get('unknown-key');
    expect(result?.code).toBe(1);
    expect(result?.output).toMatch(/schema: .*unknown property 'asarr'/);
  });

  it('fails when the installer leaves ARM64 laptops out', () => {
    const result = results.get('x64-only-installer');
    expect(result?.code).toBe(1);
    expect(result?.output).toContain('win.target nsis must build arm64');
  });

  it('fails when hvv.cmd no longer ships beside the exe', () => {
    const result = results.get('no-hvv-cmd');
    expect(result?.code).toBe(1);
    expect(result?.output).toContain('extraFiles must put hvv.cmd beside the exe');
  });

  it('fails when the portable target is dropped', () => {
    const result = results.get('no-portable');
    expect(result?.code).toBe(1);
    expect(result?.output).toContain('win.target must include portable');
  });

  it('fails when a bundled PowerShell script would ship unsigned', () => {
    const result = results.get('scripts-unsigned');
    expect(result?.code).toBe(1);
    expect(result?.output).toContain(
      'dist/main/host/run-probe.ps1 is bundled but would not be Authenticode-signed',
    );
    expect(result?.output).toContain('dist/main/scripts/update.install.ps1 is bundled');
  });

  it('keeps both builds asInvoker: only the update install needs an administrator, and the app says so', () => {
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(config.win?.signExts).toEqual(expect.arrayContaining(['.ps1', '.dll', '.node']));
    const result = results.get('require-admin');
    expect(result?.code).toBe(1);
    expect(result?.output).toContain('win.requestedExecutionLevel must be asInvoker');
  });
});
