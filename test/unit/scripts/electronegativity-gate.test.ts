import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths.js';

const run = promisify(execFile);
const root = REPO_ROOT;
const gate = path.join(root, 'scripts/electronegativity-gate.mjs');

let scratch: string;
const results = new Map<string, { code: number; output: string }>();

async function scan(folder: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [gate, folder], { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

async function project(name: string, mainJs: string): Promise<string> {
  const folder = path.join(scratch, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'main.js'), mainJs);
  await writeFile(
    path.join(folder, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
  );
  return folder;
}

const GUARDS = `
app.on('web-contents-created', (e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((wc, p, cb) => cb(false));
`;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'hvv-eng-test-'));
  const insecure = await project(
    'insecure',
    `const { app, BrowserWindow, session } = require('electron');${GUARDS}
const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });`,
  );
  const reviewed = await project(
    'reviewed',
    `const { app, BrowserWindow, session } = require('electron');${GUARDS}
const options = makeOptions();
const win = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK`,
  );
  const [bad, ok] = await Promise.all([scan(insecure), scan(reviewed)]);
  results.set('insecure', bad);
  results.set('reviewed', ok);
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('electronegativity gate', () => {
  it('fails a window that turns on Node.js and turns off isolation, naming the file and line', () => {
    const result = results.get('insecure');
    expect(result?.code).toBe(1);
    expect(result?.output).toMatch(/CONTEXT_ISOLATION_JS_CHECK at main\.js:\d+/);
    expect(result?.output).toMatch(/SANDBOX_JS_CHECK at main\.js:\d+/);
  });

  it('passes code whose flagged line carries a reviewed eng-disable comment', () => {
    const result = results.get('reviewed');
    expect(result?.output).toContain('no finding of MEDIUM or above');
    expect(result?.code).toBe(0);
  });
});
