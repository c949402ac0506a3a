#!/usr/bin/env node
/**
 * `npm run test:powershell`: the Pester layer (test/ps) alone. Sets up pwsh and Pester first
 * (scripts/setup-powershell.mjs), runs test/ps/run-pester.ps1, and ends with Pester's own summary
 * line; the counts also go to test-results/pester.json for scripts/test-all.mjs. Where PowerShell
 * cannot be had it says `skipped: PowerShell not available` with the reason and exits 0.
 *
 * Usage: node scripts/test-powershell.mjs [--shell <powershell.exe|pwsh path>] [test/ps/X.Tests.ps1 ...]
 *   --shell runs the tests under another PowerShell (the Windows CI job uses powershell.exe 5.1).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupPowerShell } from './setup-powershell.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PESTER_RESULT = join(ROOT, 'test-results', 'pester.json');

const args = process.argv.slice(2);
const at = args.indexOf('--shell');
const shell = at >= 0 ? args.splice(at, 2)[1] : undefined;
const paths = args.map((p) => resolve(p));

mkdirSync(dirname(PESTER_RESULT), { recursive: true });
rmSync(PESTER_RESULT, { force: true });
const setup = setupPowerShell({ quiet: true });
if (!setup.pwsh || !setup.pester) {
  const reason = setup.reason ?? 'PowerShell not available';
  writeFileSync(PESTER_RESULT, JSON.stringify({ unavailable: true, reason }));
  console.log(
    `skipped: ${reason.startsWith('PowerShell not available') ? reason : `PowerShell not available: ${reason}`}`,
  );
  process.exit(0);
}
const run = spawnSync(
  shell ?? setup.pwsh,
  [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-File',
    join(ROOT, 'test', 'ps', 'run-pester.ps1'),
    '-PesterManifest',
    setup.pester,
    '-ResultFile',
    PESTER_RESULT,
    ...(paths.length > 0 ? ['-Path', paths.join(',')] : []),
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TERM: process.env.TERM ?? 'dumb' } },
);
if (run.error) {
  console.error(`PowerShell could not be started: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
