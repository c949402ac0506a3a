#!/usr/bin/env node
/**
 * Makes PowerShell 7 and Pester available for the PowerShell test layer, idempotently:
 * - pwsh: on PATH, else ~/.dotnet/tools/pwsh, else `dotnet tool install --global PowerShell --version
 *   7.6.9` when the .NET SDK is there;
 * - Pester: restored from NuGet into .tools/nuget (gitignored) through a throw-away project file,
 *   unless the manifest is already there.
 *
 * Used by .ci/run, by scripts/test-all.mjs and by `npm run test:powershell`. Prints one JSON line:
 * `{"pwsh": "/path" | null, "pester": "/path/Pester.psd1" | null, "reason": null | "why not"}`;
 * exits 0 in both cases (a machine without PowerShell skips the layer, with the reason).
 *
 * Usage: node scripts/setup-powershell.mjs [--quiet]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PWSH_VERSION = '7.6.9';
export const PESTER_VERSION = '5.7.1';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = join(ROOT, '.tools');
const PACKAGES = join(TOOLS, 'nuget');
const DOTNET_TOOLS = join(homedir(), '.dotnet', 'tools');
const EXE = process.platform === 'win32' ? '.exe' : '';

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name + EXE);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function run(command, args, quiet) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  const detail = result.error?.message ?? `${result.stderr ?? ''}${result.stdout ?? ''}`.trim();
  return { ok: result.status === 0, detail };
}

/** pwsh if it is already here (HVV_PWSH, ~/.dotnet/tools, PATH), never installing; else null. */
export function findPwsh() {
  const explicit = process.env.HVV_PWSH;
  if (explicit) return existsSync(explicit) ? explicit : null;
  const installed = join(DOTNET_TOOLS, `pwsh${EXE}`);
  if (existsSync(installed)) return installed;
  return onPath('pwsh');
}

/** The pwsh to use, installing it when only dotnet is there. */
export function findOrInstallPwsh({ quiet = true } = {}) {
  const explicit = process.env.HVV_PWSH;
  if (explicit && !existsSync(explicit)) {
    return { pwsh: null, reason: `HVV_PWSH=${explicit} does not exist` };
  }
  const found = findPwsh();
  if (found) return { pwsh: found, reason: null };
  const installed = join(DOTNET_TOOLS, `pwsh${EXE}`);
  const dotnet = onPath('dotnet');
  if (!dotnet)
    return { pwsh: null, reason: 'PowerShell not available: neither pwsh nor dotnet is installed' };
  const install = run(
    dotnet,
    ['tool', 'install', '--global', 'PowerShell', '--version', PWSH_VERSION],
    quiet,
  );
  if (existsSync(installed)) return { pwsh: installed, reason: null };
  return {
    pwsh: null,
    reason: `PowerShell not available: dotnet tool install PowerShell ${PWSH_VERSION} failed: ${install.detail.split('\n').slice(-3).join(' ')}`,
  };
}

function findManifest(dir) {
  if (!existsSync(dir)) return null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isFile() && entry.name === 'Pester.psd1') return full;
    if (entry.isDirectory()) {
      const inner = findManifest(full);
      if (inner) return inner;
    }
  }
  return null;
}

/** Pester's module manifest, restored from NuGet into .tools/nuget when missing. */
export function findOrRestorePester({ quiet = true } = {}) {
  const packageDir = join(PACKAGES, 'pester', PESTER_VERSION);
  const existing = findManifest(packageDir);
  if (existing) return { pester: existing, reason: null };
  const dotnet = onPath('dotnet');
  if (!dotnet)
    return { pester: null, reason: 'Pester not available: dotnet is needed to restore it from NuGet' };
  const project = join(TOOLS, 'pester-restore');
  mkdirSync(project, { recursive: true });
  // A project that only exists to make NuGet download and extract the package.
  writeFileSync(
    join(project, 'pester-restore.csproj'),
    [
      '<Project Sdk="Microsoft.NET.Sdk">',
      '  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>',
      `  <ItemGroup><PackageReference Include="Pester" Version="${PESTER_VERSION}" /></ItemGroup>`,
      '</Project>',
      '',
    ].join('\n'),
  );
  const restore = run(
    dotnet,
    ['restore', join(project, 'pester-restore.csproj'), '--packages', PACKAGES],
    quiet,
  );
  const manifest = findManifest(packageDir);
  if (manifest) return { pester: manifest, reason: null };
  return {
    pester: null,
    reason: `Pester not available: dotnet restore Pester ${PESTER_VERSION} failed: ${restore.detail.split('\n').slice(-3).join(' ')}`,
  };
}

/** Both, with the first reason that stops the layer. */
export function setupPowerShell(options = {}) {
  const { pwsh, reason } = findOrInstallPwsh(options);
  if (!pwsh) return { pwsh: null, pester: null, reason };
  const pester = findOrRestorePester(options);
  return { pwsh, pester: pester.pester, reason: pester.reason };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quiet = process.argv.includes('--quiet');
  console.log(JSON.stringify(setupPowerShell({ quiet })));
}
