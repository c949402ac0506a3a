#!/usr/bin/env node
/**
 * Syntax gate for the bundled probe scripts: parses every main/probes/scripts/*.ps1 with the
 * tree-sitter PowerShell grammar (no PowerShell needed) and fails on ERROR or MISSING nodes.
 * Also fails on non-ASCII text: Windows PowerShell 5.1 reads a .ps1 without a BOM in the ANSI code
 * page, so a stray curly quote or accented letter would change the script's meaning on the device.
 *
 * The grammar rejects some valid PowerShell (upper-case size suffixes, bare comma lists, one-line
 * param/switch blocks), so the scripts are written in a plain style it accepts.
 *
 * Usage: node scripts/check-ps-syntax.mjs [file-or-folder ...]   (default: main/probes/scripts)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

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

/**
 * Checks the given .ps1 files or folders. Resolves with { files, problems }, each problem
 * { file, line, column, message } (1-based line and column).
 */
export async function checkPsSyntax(targets = [DEFAULT_SCRIPTS_DIR]) {
  const parser = await getParser();
  const files = targets.flatMap((t) => listScripts(resolve(t)));
  const problems = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const tree = parser.parse(text);
    collectProblems(tree.rootNode, file, problems);
    problems.push(...nonAsciiProblems(text, file));
    tree.delete();
  }
  return { files, problems };
}

/** `file:line:col message`, paths relative to the repository. */
export function formatProblem(problem) {
  return `${relative(ROOT, problem.file)}:${problem.line}:${problem.column} ${problem.message}`;
}

async function main() {
  const targets = process.argv.slice(2);
  const { files, problems } = await checkPsSyntax(targets.length > 0 ? targets : undefined);
  if (files.length === 0) {
    console.error('check-ps-syntax: no .ps1 files found');
    process.exit(1);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`check-ps-syntax: ${problems.length} problem(s) in ${files.length} script(s)`);
    process.exit(1);
  }
  console.log(`check-ps-syntax: ${files.length} script(s) parse cleanly`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`check-ps-syntax: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
