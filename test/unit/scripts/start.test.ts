import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths.js';

const run = promisify(execFile);
const root = REPO_ROOT;

let emptyElectron: string;
let result: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  // Electron's own lookup honours this folder, so the binary is missing even where it is installed.
  emptyElectron = await mkdtemp(path.join(os.tmpdir(), 'hvv-no-electron-'));
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: { ...process.env, HVV_SKIP_BUILD: '1', ELECTRON_OVERRIDE_DIST_PATH: emptyElectron },
    });
    result = { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    result = { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}, 60_000);

afterAll(async () => {
  await rm(emptyElectron, { recursive: true, force: true });
});

describe('npm start without the Electron binary', () => {
  it('says how to get Electron and how to use the app without it', () => {
    expect(result.stderr).toContain('Electron itself is not installed');
    expect(result.stderr).toContain('node node_modules/electron/install.js');
    expect(result.stderr).toContain('npx hvv run --scenario');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    if (pkg.scripts.preview) expect(result.stderr).toContain('npm run preview');
    else expect(result.stderr).not.toContain('npm run preview');
  });

  it('exits with an error code and no stack trace', () => {
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.stdout + result.stderr).not.toContain('Error:');
  });
});
