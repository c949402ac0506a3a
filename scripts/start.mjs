#!/usr/bin/env node
// `npm start`: builds the app, then starts it in Electron. Where the Electron binary is missing
// (CI, or an install that skipped its download) it explains what to do instead — never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

// A real recording from the repository, so the command can be pasted as it is.
function exampleScenario() {
  const folder = 'test/fixtures/scenarios';
  const preferred = 'win10-1909-ikev2-connects.scenario.json';
  if (existsSync(path.join(root, folder, preferred))) return `${folder}/${preferred}`;
  return `${folder}/<file>.scenario.json`;
}

// Only offered when the project defines it, so the hint never names a command that does not exist.
function previewHint() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return pkg.scripts?.preview ? `  - look at the app's screens in a browser:\n      npm run preview\n` : '';
}

const MISSING = `
Hybrid VPN Validator is built, but Electron itself is not installed on this computer, so the
window cannot open.

To get Electron (needs internet access), run once:
    node node_modules/electron/install.js
then "npm start" again. (If ELECTRON_SKIP_BINARY_DOWNLOAD is set, unset it first.)

Without Electron you can still:
  - check a recorded device from the terminal:
      npx hvv run --scenario ${exampleScenario()}
${previewHint()}`;

// HVV_SKIP_BUILD=1 starts what is already in dist/ (tests, and quick restarts after a build).
if (process.env.HVV_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('\nThe app could not be built; the messages above say why.');
    process.exit(1);
  }
}

// npm 11 does not run Electron's download script on install (package.json allowScripts), so a
// plain install never fails on a machine without internet. Fetch the binary here instead, once.
function fetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const installer = path.join(root, 'node_modules/electron/install.js');
  if (!existsSync(installer)) return;
  console.log('Downloading Electron (first start only)…');
  const result = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'pipe', timeout: 600_000 });
  if (result.status !== 0) console.error('The Electron download failed (no internet access?).');
}

let binary = electronBinary();
if (!binary) {
  fetchElectron();
  binary = electronBinary();
}
if (!binary) {
  console.error(MISSING);
  process.exit(1);
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`Electron could not be started: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
