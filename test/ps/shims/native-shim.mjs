#!/usr/bin/env node
/**
 * A stand-in for a Windows native program (rasdial, nltest, dsregcmd, netsh, whoami, wusa, reg),
 * started by the probe scripts from a stand-in %SystemRoot%\System32 (see New-StandInSystem32 in
 * ProbeTest.ps1). Usage, from the per-program wrapper: native-shim.mjs <program> [argv...]
 *
 * - logs `{program, argv, stdin}` as one JSON line to $HVV_SHIM_DIR/calls.jsonl (argv exactly as the
 *   process received it, so a test sees how many elements PowerShell passed);
 * - answers from $HVV_SHIM_DIR/config.json: `{ "<program>": [ { "args"?: [...], "stdoutFile"?,
 *   "stdout"?, "stderr"?, "exitCode"?, "readStdin"?, "sleepMs"? } ] }` (the first entry whose `args`, when
 *   given, equals argv); prints the file's bytes unchanged, then exits with the code (a Linux
 *   process can only return 0-255: larger codes are the in-process .ps1 shim's job);
 * - `sleepMs`: writes its pid to $HVV_SHIM_DIR/<program>.pid first, then waits (a program that
 *   hangs, for timeout and cancel tests).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers';

const [program, ...argv] = process.argv.slice(2);
const dir = process.env.HVV_SHIM_DIR;
if (!dir) {
  process.stderr.write('native-shim: HVV_SHIM_DIR is not set\n');
  process.exit(99);
}
// Windows PowerShell 5.1's Set-Content -Encoding utf8 writes a BOM.
const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8').replace(/^\uFEFF/, ''));
const entry = (config[program] ?? []).find(
  (e) => !e.args || (e.args.length === argv.length && e.args.every((a, i) => a === argv[i])),
) ?? { stderr: `native-shim: no answer configured for ${program} ${JSON.stringify(argv)}\n`, exitCode: 98 };

function finish(stdin) {
  appendFileSync(
    join(dir, 'calls.jsonl'),
    `${JSON.stringify({ program, argv, stdin, ppid: process.ppid })}\n`,
  );
  if (entry.stdoutFile) process.stdout.write(readFileSync(entry.stdoutFile));
  if (entry.stdout) process.stdout.write(entry.stdout);
  if (entry.stderr) process.stderr.write(entry.stderr);
  // Exit once the output is flushed (process.stdout.end() may never call back on a pipe).
  process.exitCode = entry.exitCode ?? 0;
}

if (entry.sleepMs) {
  writeFileSync(join(dir, `${program}.pid`), String(process.pid));
  setTimeout(() => finish(null), entry.sleepMs);
} else if (entry.readStdin) {
  // Like a program that reads its input to the end: hangs unless PowerShell gave it an empty stdin.
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
} else {
  finish(null);
}
