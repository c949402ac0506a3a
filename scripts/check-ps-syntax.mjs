#!/usr/bin/env node
/**
 * Syntax gate for the bundled probe scripts: parses every main/probes/scripts/*.ps1 with
 * PowerShell's own parser ([System.Management.Automation.Language.Parser]::ParseFile in pwsh) and
 * fails on any parse error. Where pwsh is absent it falls back to the tree-sitter PowerShell
 * grammar (no PowerShell needed), failing on ERROR or MISSING nodes.
 * Also fails on non-ASCII text: Windows PowerShell 5.1 reads a .ps1 without a BOM in the ANSI code
 * page, so a stray curly quote or accented letter would change the script's meaning on the device.
 *
 * The grammar rejects some valid PowerShell (upper-case size suffixes, bare comma lists, one-line
 * param/switch blocks), so the scripts are written in a plain style it accepts.
 *
 * Usage: node scripts/check-ps-syntax.mjs [--engine pwsh|tree-sitter] [file-or-folder ...]
 *        (default: main/probes/scripts, pwsh when found)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';
import { findPwsh } from './setup-powershell.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SCRIPTS_DIR = join(ROOT, 'main', 'probes', 'scripts');
const GRAMMAR = join(ROOT, 'node_modules', 'tree-sitter-powershell', 'tree-sitter-powershell.wasm');

let parserPromise = null;

function getParser() {
  parserPromise ??= (async () => {
    await Parser.init();
    const language = await Language.load(GRAMMAR);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

function listScripts(target) {
  if (statSync(target).isDirectory()) {
    return readdirSync(target)
      .filter((name) => name.toLowerCase().endsWith('.ps1'))
      .sort()
      .map((name) => join(target, name));
  }
  return [target];
}

function collectProblems(node, file, problems) {
  if (node.isError || node.isMissing) {
    const { row, column } = node.startPosition;
    const what = node.isMissing ? `missing ${node.type}` : 'syntax error';
    problems.push({ file, line: row + 1, column: column + 1, message: what });
    if (node.isError) return;
  }
  for (const child of node.children) collectProblems(child, file, problems);
}

function nonAsciiProblems(text, file) {
  const problems = [];
  text.split('\n').forEach((line, index) => {
    const at = line.search(/[^\t\r\x20-\x7e]/);
    if (at >= 0) {
      problems.push({
        file,
        line: index + 1,
        column: at + 1,
        message: `non-ASCII character U+${line.codePointAt(at).toString(16).toUpperCase().padStart(4, '0')}`,
      });
    }
  });
  return problems;
}

// The file list travels as JSON in an environment variable: no path is ever part of the command.
const PWSH_PARSE = [
  "$ErrorActionPreference = 'Stop';",
  '$files = $env:HVV_PS_FILES | ConvertFrom-Json;',
  '$found = @(foreach ($file in $files) { $tokens = $null; $errors = $null;',
  '[void][System.Management.Automation.Language.Parser]::ParseFile($file, [ref]$tokens, [ref]$errors);',
  'foreach ($e in $errors) { [ordered]@{ file = $file; line = $e.Extent.StartLineNumber;',
  'column = $e.Extent.StartColumnNumber; message = $e.Message } } });',
  'ConvertTo-Json -InputObject $found -Compress',
].join(' ');

function pwshProblems(pwsh, files) {
  if (files.length === 0) return [];
  const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', PWSH_PARSE], {
    encoding: 'utf8',
    env: { ...process.env, HVV_PS_FILES: JSON.stringify(files), TERM: 'dumb' },
    timeout: 120_000,
  });
  if (run.status !== 0) {
    throw new Error(`pwsh could not parse the scripts: ${run.error?.message ?? run.stderr.trim()}`);
  }
  return JSON.parse(run.stdout).map((p) => ({ ...p, message: `syntax error: ${p.message}` }));
}

/**
 * Checks the given .ps1 files or folders. Resolves with { files, problems, engine }, each problem
 * { file, line, column, message } (1-based line and column). `engine`: 'pwsh' (PowerShell's own
 * parser) when pwsh is found, else 'tree-sitter'; pass one to force it.
 */
export async function checkPsSyntax(targets = [DEFAULT_SCRIPTS_DIR], { engine } = {}) {
  const files = targets.flatMap((t) => listScripts(resolve(t)));
  const pwsh = engine === 'tree-sitter' ? null : findPwsh();
  if (engine === 'pwsh' && !pwsh) throw new Error('pwsh not found (run scripts/setup-powershell.mjs)');
  const problems = [];
  if (pwsh) {
    problems.push(...pwshProblems(pwsh, files));
  } else {
    const parser = await getParser();
    for (const file of files) {
      const tree = parser.parse(readFileSync(file, 'utf8'));
      collectProblems(tree.rootNode, file, problems);
      tree.delete();
    }
  }
  for (const file of files) problems.push(...nonAsciiProblems(readFileSync(file, 'utf8'), file));
  return { files, problems, engine: pwsh ? 'pwsh' : 'tree-sitter' };
}

/** `file:line:col message`, paths relative to the repository. */
export function formatProblem(problem) {
  return `${relative(ROOT, problem.file)}:${problem.line}:${problem.column} ${problem.message}`;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--engine');
  const engine = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const targets = args;
  const {
    files,
    problems,
    engine: used,
  } = await checkPsSyntax(targets.length > 0 ? targets : undefined, { engine });
  if (files.length === 0) {
    console.error('check-ps-syntax: no .ps1 files found');
    process.exit(1);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`check-ps-syntax (${used}): ${problems.length} problem(s) in ${files.length} script(s)`);
    process.exit(1);
  }
  const note = used === 'pwsh' ? "PowerShell's own parser" : 'tree-sitter fallback: pwsh not found';
  console.log(`check-ps-syntax: ${files.length} script(s) parse cleanly (${note})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`check-ps-syntax: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
