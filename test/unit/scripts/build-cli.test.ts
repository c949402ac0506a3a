/**
 * The built hvv (scripts/build-cli.mjs): one bundle that starts with plain Node — no tsx, no
 * TypeScript — holding only production dependencies, and saying exactly what the sources say.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { buildCli } from '../../../scripts/build-cli.mjs';
import { main } from '../../../main/cli/hvv.js';
import { PROBE_SCRIPTS, REPO_ROOT, SCENARIO_FIXTURES } from '../../paths.js';

let out: string;
let metafile: Metafile;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'hvv-build-cli-'));
  metafile = await buildCli(join(out, 'cli'));
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function bundled(...args: string[]) {
  // No loader, no node_modules in reach: what a lab machine runs after `npm install`.
  return spawnSync(process.execPath, [join(out, 'cli', 'hvv.mjs'), ...args], {
    cwd: SCENARIO_FIXTURES,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
    timeout: 30_000,
  });
}

async function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: SCENARIO_FIXTURES,
    env: { NO_COLOR: '1' },
  });
  return { status: code, stdout, stderr };
}

function packagesIn(meta: Metafile): Set<string> {
  const names = new Set<string>();
  for (const input of Object.keys(meta.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  const names = new Set<string>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.includes('node_modules/') || entry.dev || entry.devOptional) continue;
    names.add(key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
  }
  return names;
}

describe('the built hvv command', () => {
  it('bundles only production dependencies (none of tsx, TypeScript or other dev tools)', () => {
    const used = packagesIn(metafile);
    expect(used.has('zod')).toBe(true);
    const allowed = productionPackages();
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('prints the same help as the sources, from plain Node', async () => {
    const run = bundled('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe((await inProcess('--help')).stdout);
  });

  it('replays a recording to the same document and exit code as the sources', async () => {
    const args = ['run', '--scenario', 'ras-809-timeout.scenario.json', '--json'];
    const run = bundled(...args);
    const expected = await inProcess(...args);
    expect(run.status).toBe(expected.status);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected.stdout));
  });

  it('keeps zod’s English messages without shipping its 40 translations', async () => {
    const args = ['run', '--scenario', 'README.md'];
    const run = bundled(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe((await inProcess(...args)).stderr);
    const zodInputs = Object.keys(metafile.inputs).filter((input) => input.includes('zod/v4/locales/'));
    expect(zodInputs.map((input) => input.replace(/.*locales\//, ''))).toEqual(['en.js']);
  });

  it('lists the project files it was built from, so bin/hvv.mjs can tell when it is stale', () => {
    const sources = JSON.parse(readFileSync(join(out, 'cli', 'sources.json'), 'utf8')) as string[];
    expect(sources).toEqual(
      expect.arrayContaining(['main/cli/hvv.ts', 'main/cli/entry.ts', 'common/model.ts']),
    );
    expect(
      sources.filter((file) => file.includes('node_modules') || !existsSync(join(REPO_ROOT, file))),
    ).toEqual([]);
  });

  it('carries the probe scripts a live run from the bundle needs', () => {
    const shipped = readdirSync(join(out, 'cli', 'scripts')).sort();
    const sources = readdirSync(PROBE_SCRIPTS)
      .filter((name) => name.endsWith('.ps1'))
      .sort();
    expect(shipped).toEqual(sources);
    expect(existsSync(join(out, 'cli', 'hvv.mjs'))).toBe(true);
  });
});
