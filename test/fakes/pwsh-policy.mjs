#!/usr/bin/env node
/**
 * Real pwsh, as a locked-down Windows device would run it. Linux has no AppLocker, WDAC or Group
 * Policy, so this reproduces their two effects on a script started with -File:
 *
 * - HVV_FAKE_POLICY=constrained: the script runs in ConstrainedLanguage (what AppLocker/WDAC do to
 *   a script they do not trust). Real pwsh enforces it: the launcher sets
 *   $ExecutionContext.SessionState.LanguageMode, then calls the script, which inherits the mode.
 * - HVV_FAKE_POLICY=allsigned: PowerShell refuses to load the unsigned script, with the error text
 *   and exit code 1 that Windows PowerShell 5.1 gives under an AllSigned Group Policy (message
 *   from about_Execution_Policies / PSSecurityException, FullyQualifiedErrorId UnauthorizedAccess).
 *
 * Anything else: plain pwsh. HVV_PWSH names pwsh (default: ~/.dotnet/tools/pwsh, then PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dotnet = join(homedir(), '.dotnet', 'tools', 'pwsh');
const pwsh = process.env.HVV_PWSH ?? (existsSync(dotnet) ? dotnet : 'pwsh');
const args = process.argv.slice(2);
const at = args.findIndex((a) => a.toLowerCase() === '-file');
const policy = process.env.HVV_FAKE_POLICY ?? '';

function run(argv) {
  const done = spawnSync(pwsh, argv, { stdio: 'inherit' });
  process.exit(done.status ?? 1);
}

if (at < 0 || policy === '') run(args);
const file = args[at + 1] ?? '';
if (policy === 'allsigned') {
  process.stderr.write(
    `File ${file} cannot be loaded. The file ${file} is not digitally signed. You cannot run this script on the current system. For more information about running scripts and setting execution policy, see about_Execution_Policies at https://go.microsoft.com/fwlink/?LinkID=135170.\r\n` +
      '    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\r\n' +
      '    + FullyQualifiedErrorId : UnauthorizedAccess\r\n',
  );
  process.exit(1);
}
if (policy === 'constrained') {
  run([
    '-NoProfile',
    '-NonInteractive',
    '-File',
    join(here, 'constrained-launch.ps1'),
    file,
    ...args.slice(at + 2),
  ]);
}
run(args);
