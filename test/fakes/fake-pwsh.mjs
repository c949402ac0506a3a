#!/usr/bin/env node
/**
 * A stand-in for powershell.exe / pwsh that speaks node-powershell's framing, so tests exercise the
 * real runner (spawn, framing, stderr, exit codes, crash, hang) without Windows.
 *
 * Selected with NODE_POWERSHELL=/abs/path/to/fake-pwsh.mjs (node-powershell reads it at construction).
 *
 * It understands only the few statements the runner sends, and reads single-quoted literals the way
 * PowerShell does (U+2018..U+201B count as quotes, doubled to escape), so a badly quoted string
 * breaks the parse here just as it would in PowerShell.
 *
 * Environment:
 * - FAKE_PWSH_RULES: JSON file `{ "rules": { "<script name without .ps1>": Rule }, "default"?: Rule }`
 *   Rule: { stdout?, stdoutRepeat?: { text, times }, stderr?, exitCode?, delayMs?, hang?,
 *           crash?: { exitCode?, afterStdout? }, throws?: string, marker?: string, waitForMarker?: string }
 * - FAKE_PWSH_LOG: file that receives one JSON line per command (never the framing lines).
 * - FAKE_PWSH_MARKERS: folder where `marker` files are created and `waitForMarker` files awaited.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout } from 'node:timers';

const QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

/** Reads a single-quoted literal starting at `start` (a quote char); returns its value and end index. */
function readLiteral(text, start) {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (QUOTES.has(ch)) {
      if (QUOTES.has(text[i + 1] ?? '')) {
        value += ch;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i += 1;
  }
  return null;
}

/**
 * Splits a command into code and literals. `expandable` lists code that PowerShell would expand or
 * evaluate from data: double quotes, sub-expressions, backtick escapes outside literals.
 */
function scan(text) {
  const literals = [];
  let code = '';
  let i = 0;
  while (i < text.length) {
    if (QUOTES.has(text[i])) {
      const lit = readLiteral(text, i);
      if (!lit) return { literals, code, unterminated: true };
      literals.push(lit.value);
      code += `'#${literals.length - 1}'`;
      i = lit.end;
      continue;
    }
    code += text[i];
    i += 1;
  }
  const expandable = [];
  if (/["\u201C\u201D\u201E]/.test(code)) expandable.push('double quote');
  if (code.includes('$(')) expandable.push('sub-expression');
  if (code.includes('`')) expandable.push('backtick');
  return { literals, code, unterminated: false, expandable };
}

const rulesFile = process.env.FAKE_PWSH_RULES;
const config = rulesFile ? JSON.parse(readFileSync(rulesFile, 'utf8')) : { rules: {} };
const logFile = process.env.FAKE_PWSH_LOG;
const markers = process.env.FAKE_PWSH_MARKERS;

let lastExitCode = 0;

function log(entry) {
  if (logFile) appendFileSync(logFile, JSON.stringify({ pid: process.pid, ...entry }) + '\n');
}

function write(stream, text) {
  return new Promise((resolve) => {
    if (text === '') resolve();
    else stream.write(text, () => resolve());
  });
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForFile(path) {
  while (!existsSync(path)) await wait(10);
}

async function runScript(name, rule) {
  if (rule.marker && markers) writeFileSync(join(markers, rule.marker), String(process.pid));
  if (rule.waitForMarker && markers) await waitForFile(join(markers, rule.waitForMarker));
  if (rule.delayMs) await wait(rule.delayMs);
  if (rule.hang) await new Promise(() => {});
  if (rule.crash) {
    if (rule.crash.afterStdout) await write(process.stdout, rule.crash.afterStdout);
    process.exit(rule.crash.exitCode ?? 1);
  }
  if (rule.throws) {
    // What the runner's catch block does with a terminating error.
    await write(process.stderr, rule.throws + '\n');
    lastExitCode = 1;
    return;
  }
  if (rule.stdoutRepeat)
    await write(process.stdout, rule.stdoutRepeat.text.repeat(rule.stdoutRepeat.times) + '\n');
  if (rule.stdout) await write(process.stdout, rule.stdout.endsWith('\n') ? rule.stdout : rule.stdout + '\n');
  if (rule.stderr) await write(process.stderr, rule.stderr.endsWith('\n') ? rule.stderr : rule.stderr + '\n');
  lastExitCode = rule.exitCode ?? 0;
  log({ kind: 'done', script: name });
}

const SCRIPT_CALL =
  /&\s+(?:'#(\d+)'|\(\[Text\.Encoding\]::UTF8\.GetString\(\[Convert\]::FromBase64String\('#(\d+)'\)\)\))\s+-ArgsBase64\s+'#(\d+)'/;
const WRITE_LINE = /\[Console\]::(Out|Error)\.WriteLine\('#(\d+)'(\s*\+\s*\$LASTEXITCODE)?\)/g;

async function handleCommand(line) {
  const parsed = scan(line);
  if (parsed.unterminated) {
    await write(process.stderr, "The string is missing the terminator: '.\n");
    log({ kind: 'command', line, parseError: 'unterminated string' });
    return;
  }
  const { literals, code, expandable } = parsed;
  const call = SCRIPT_CALL.exec(code);
  let script = null;
  let argsJson = null;
  if (call) {
    const path = call[1] !== undefined ? literals[Number(call[1])] : b64(literals[Number(call[2])]);
    script = path
      .split(/[\\/]/)
      .pop()
      .replace(/\.ps1$/i, '');
    argsJson = b64(literals[Number(call[3])]);
  }
  log({ kind: 'command', line, literals, expandable, script, argsJson });
  if (/\$global:LASTEXITCODE\s*=\s*0\s*;/.test(code.split('&')[0] ?? '')) lastExitCode = 0;
  if (script) {
    const rule = config.rules[script] ?? config.default ?? { stdout: '' };
    await runScript(script, rule);
  }
  for (const m of code.matchAll(WRITE_LINE)) {
    const stream = m[1] === 'Out' ? process.stdout : process.stderr;
    await write(stream, literals[Number(m[2])] + (m[3] ? String(lastExitCode) : '') + '\n');
  }
}

function b64(text) {
  return Buffer.from(text, 'base64').toString('utf8');
}

const FRAME = /^\[Console\]::(Out|Error)\.WriteLine\("([0-9A-Za-z]+)"\)$/;

log({ kind: 'start', argv: process.argv.slice(2) });

let chain = Promise.resolve();
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (raw) => {
  const line = raw.replace(/\r$/, '');
  chain = chain.then(async () => {
    const frame = FRAME.exec(line);
    if (frame) await write(frame[1] === 'Out' ? process.stdout : process.stderr, frame[2] + '\n');
    else if (line.trim() !== '') await handleCommand(line);
  });
});
rl.on('close', () => {
  chain.then(() => process.exit(0));
});
