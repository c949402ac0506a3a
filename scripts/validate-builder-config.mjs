#!/usr/bin/env node
// Validates electron-builder.yml offline: electron-builder's own JSON schema (the same check it
// runs before packaging), then the project's packaging rules a schema cannot express.
// Usage: node scripts/validate-builder-config.mjs [path/to/electron-builder.yml ...]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');
// The package index, not out/winPackager.js: loading that file alone trips a circular import.
const { WinPackager } = require('app-builder-lib');
const { Minimatch } = require('minimatch');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
};

function targetNames(win) {
  const targets = Array.isArray(win?.target) ? win.target : [win?.target];
  return targets.filter(Boolean).map((t) => (typeof t === 'string' ? { target: t, arch: ['x64'] } : t));
}

/** The project's own packaging rules; returns human-readable problems. */
function projectRules(config) {
  const problems = [];
  const fuses = config.electronFuses ?? {};
  for (const [fuse, expected] of Object.entries(REQUIRED_FUSES)) {
    if (fuses[fuse] !== expected)
      problems.push(`electronFuses.${fuse} must be ${expected} (is ${fuses[fuse]})`);
  }
  if (config.asar !== true) problems.push('asar must be true (the asar integrity fuse needs it)');
  const files = (config.files ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (entry.filter ?? []),
  );
  // Exclusions only take away; anything else added would ship more than the built app.
  const extra = files.filter(
    (pattern) => pattern !== 'dist/**' && pattern !== 'package.json' && !pattern.startsWith('!dist/'),
  );
  if (extra.length > 0 || !files.includes('dist/**')) {
    problems.push(
      `files must be exactly dist/** (less exclusions) and package.json (found: ${files.join(', ') || 'none'})`,
    );
  }
  const output = config.directories?.output ?? 'dist';
  if (output === 'dist' || output.startsWith('dist/')) {
    problems.push('directories.output must not be dist/: packages would be packed into the next build');
  }
  const targets = targetNames(config.win);
  // ARM64 Autopilot laptops need their own build: every Windows package is made for both.
  for (const wanted of ['nsis', 'portable', 'zip']) {
    const found = targets.find((t) => t.target === wanted);
    if (!found) problems.push(`win.target must include ${wanted}`);
    else {
      for (const arch of ['x64', 'arm64']) {
        if (!(found.arch ?? ['x64']).includes(arch)) problems.push(`win.target ${wanted} must build ${arch}`);
      }
    }
  }
  // The headless command's launcher (README, "At Shift-F10") ships beside the exe.
  const extraFiles = (config.extraFiles ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.to));
  if (!extraFiles.includes('hvv.cmd')) problems.push('extraFiles must put hvv.cmd beside the exe');
  if (config.nsis?.oneClick !== false) problems.push('nsis.oneClick must be false (IT chooses the install)');
  if (config.nsis?.perMachine !== true)
    problems.push('nsis.perMachine must be true (every technician account)');
  if (!config.portable?.artifactName) problems.push('portable.artifactName must be set');
  if ((config.win?.requestedExecutionLevel ?? 'asInvoker') !== 'asInvoker') {
    problems.push('win.requestedExecutionLevel must be asInvoker (docs/LOCKED-DOWN-WINDOWS.md)');
  }
  for (const file of unsignedBundledFiles(config)) {
    problems.push(`${file} is bundled but would not be Authenticode-signed (win.signExts, asarUnpack)`);
  }
  return problems;
}

/** The PowerShell files the build copies into dist/ (scripts/build.mjs), as paths inside the app. */
export function bundledScripts() {
  const folders = [
    ['main/probes/scripts', 'dist/main/scripts'],
    ['main/probes/host', 'dist/main/host'],
  ];
  return folders.flatMap(([source, target]) =>
    readdirSync(path.join(root, source))
      .filter((name) => name.toLowerCase().endsWith('.ps1'))
      .map((name) => `${target}/${name}`),
  );
}

/**
 * Bundled scripts electron-builder would leave unsigned, by its own rule: it signs what its
 * shouldSignFile() accepts (win.signExts) among the files it walks in app.asar.unpacked, so a
 * script must be both unpacked and matched.
 */
export function unsignedBundledFiles(config, files = bundledScripts()) {
  const rule = { platformSpecificBuildOptions: config.win ?? {} };
  const unpack = (config.asarUnpack ?? []).map((pattern) => new Minimatch(pattern, { dot: true }));
  return files.filter(
    (file) =>
      !unpack.some((m) => m.match(file)) || !WinPackager.prototype.shouldSignFile.call(rule, file, false),
  );
}

export async function validateBuilderConfig(configPath) {
  const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const config = await getConfig(root, configPath, null, { value: Promise.resolve(packageJson) });
  const problems = [];
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (error) {
    // Keep the schema's own findings (" - configuration has an unknown property 'x'"), not its boilerplate.
    const message = String(error instanceof Error ? error.message : error);
    const findings = message
      .split('\n')
      .filter((line) => /^\s*-\s/.test(line))
      .map((line) => `schema: ${line.replace(/^\s*-\s*/, '')}`);
    problems.push(...(findings.length > 0 ? findings : [message.split('\n')[0]]));
  }
  problems.push(...projectRules(config));
  return problems;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // Several files may be given: the schema is compiled once per process (seconds), not per file.
  const given = process.argv.slice(2);
  const configPaths = (given.length > 0 ? given : [path.join(root, 'electron-builder.yml')]).map((p) =>
    path.resolve(p),
  );
  (async () => {
    for (const configPath of configPaths) {
      const name = path.relative(process.cwd(), configPath) || configPath;
      try {
        const problems = await validateBuilderConfig(configPath);
        if (problems.length === 0) {
          console.log(`builder config: ${name} is valid (schema, fuses, targets, files)`);
          continue;
        }
        console.error(`builder config: ${name} has ${problems.length} problem(s):`);
        for (const problem of problems) console.error(`  - ${problem}`);
      } catch (error) {
        console.error(
          `builder config: could not validate ${name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      process.exitCode = 1;
    }
  })();
}
