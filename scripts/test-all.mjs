#!/usr/bin/env node
// `npm test`: every check the project has, in one run. Quality gates (types, lint, format,
// Electron security, packaging config, build, PowerShell syntax, the Windows CI workflow) are
// listed apart; the vitest, Pester and Playwright suites count their own tests from their reports.
// Keeps going after a failure so one run shows everything, exits non-zero if anything failed, and
// ends with the line `N passed, N failed`: N passed counts tests only; N failed counts failed tests
// plus failed gates and bench smoke, so a gate never inflates the test count.
// Vanishing tests fail the run: `.only` is forbidden (both runners), and a suite that reports fewer
// tests than test/minimum-test-counts.json records fails (`npm test -- --record-counts` raises the
// record after adding tests; lower it by hand, in the same commit, when removing some on purpose).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const bin = (relative) => path.join(root, 'node_modules', relative);
const MINUTE = 60_000;

// Colours help at a terminal; in a CI log they are noise.
const childEnv = process.stdout.isTTY ? process.env : { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

const running = new Set();

function stop(child) {
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// Children run in their own process groups (see execute), so Ctrl-C must be passed on by hand.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) stop(child);
    console.log('\ninterrupted');
    console.log(`${summary.passed} passed, ${summary.failed + checks.failed + 1} failed`);
    process.exit(130);
  });
}

/** Runs a command; its output is shown as it comes (`live`) or held and shown in one piece. */
function execute(args, { live, timeout }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: childEnv,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout also stops the workers it started.
      detached: process.platform !== 'win32',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    running.add(child);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
    }, timeout);
    const finish = (code) => {
      running.delete(child);
      clearTimeout(timer);
      resolve({ code: timedOut ? 124 : code, output, timedOut, seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(127);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

const gates = [
  { name: 'typecheck (tsc -p .)', args: [bin('typescript/bin/tsc'), '-p', '.'], timeout: 5 * MINUTE },
  { name: 'lint (eslint)', args: [bin('eslint/bin/eslint.js'), '.'], timeout: 5 * MINUTE },
  {
    name: 'format (prettier --check)',
    args: [bin('prettier/bin/prettier.cjs'), '--check', '.'],
    timeout: 3 * MINUTE,
  },
  {
    name: 'electronegativity (no MEDIUM+ findings)',
    args: ['scripts/electronegativity-gate.mjs'],
    timeout: 3 * MINUTE,
  },
  { name: 'electron-builder config', args: ['scripts/validate-builder-config.mjs'], timeout: 3 * MINUTE },
  { name: 'build (renderer, main, preload)', args: ['scripts/build.mjs'], timeout: 5 * MINUTE },
  {
    name: "PowerShell syntax (pwsh's parser; tree-sitter without pwsh)",
    args: ['scripts/check-ps-syntax.mjs'],
    timeout: 3 * MINUTE,
  },
  {
    name: 'Windows CI workflow (.github/workflows, offline)',
    args: ['scripts/validate-workflows.mjs'],
    timeout: 3 * MINUTE,
  },
];

const summary = { passed: 0, failed: 0, skipped: 0 };
/** Gates and the bench smoke: pass/fail checks, reported apart from the test counts. */
const checks = { passed: 0, failed: 0 };
const MINIMUM_COUNTS = path.join(root, 'test/minimum-test-counts.json');
const recordCounts = process.argv.includes('--record-counts');
/** Tests each suite reported (passed + failed + skipped), for the vanishing-tests guard. */
const counted = {};
/** Which tests did not run here and why (Windows-only, Electron binary missing). */
const skips = [];
const lines = [];

function record(name, passed, failed, skipped, note = '', kind = 'tests') {
  const into = kind === 'tests' ? summary : checks;
  into.passed += passed;
  into.failed += failed;
  if (kind === 'tests') summary.skipped += skipped;
  const parts = [`${passed} passed`, `${failed} failed`];
  if (skipped > 0) parts.push(`${skipped} skipped`);
  lines.push(`${failed > 0 ? 'FAIL' : 'ok  '}  ${name}: ${parts.join(', ')}${note ? ` (${note})` : ''}`);
}

function banner(text) {
  console.log(`\n==> ${text}`);
}

async function runGates() {
  // Two at a time: the machine this must fit on has two cores.
  const queue = [...gates];
  const outcomes = new Map();
  const worker = async () => {
    for (let gate = queue.shift(); gate; gate = queue.shift()) {
      outcomes.set(gate, await execute(gate.args, { live: false, timeout: gate.timeout }));
      const outcome = outcomes.get(gate);
      banner(`${gate.name}: ${outcome.code === 0 ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(1)} s`);
      const text = outcome.output.trim();
      if (text) console.log(outcome.code === 0 ? lastLines(text, 5) : text);
      if (outcome.timedOut) console.log(`(stopped after ${gate.timeout / 1000} s)`);
    }
  };
  await Promise.all([worker(), worker()]);
  for (const gate of gates) {
    const ok = outcomes.get(gate).code === 0;
    record(gate.name, ok ? 1 : 0, ok ? 0 : 1, 0, '', 'check');
  }
}

function lastLines(text, count) {
  const all = text.split('\n');
  return all.length > count ? ['…', ...all.slice(-count)].join('\n') : text;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function runVitest() {
  const report = path.join(results, 'vitest.json');
  await rm(report, { force: true });
  banner('vitest (unit + component)');
  const outcome = await execute(
    [
      bin('vitest/vitest.mjs'),
      'run',
      '--allowOnly=false',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    { live: true, timeout: 8 * MINUTE },
  );
  const json = readJson(report);
  if (!json) {
    record('vitest', 0, 1, 0, outcome.timedOut ? 'timed out, no report' : 'no report written');
    return;
  }
  // A test file that fails to load has no failed assertions; count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const failed = (json.numFailedTests ?? 0) + brokenFiles;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  for (const file of json.testResults ?? []) {
    const tests = (file.assertionResults ?? []).filter((test) =>
      ['skipped', 'pending'].includes(test.status),
    );
    if (tests.length === 0) continue;
    // vitest keeps no skip reason; the describe title says what the tests need.
    const needs = tests[0].ancestorTitles?.[0] ?? 'condition not met';
    skips.push(`${path.relative(root, file.name)}: ${tests.length} (${needs})`);
  }
  const unexplained = outcome.code !== 0 && failed === 0 ? 1 : 0;
  counted.vitest = (json.numTotalTests ?? 0) + brokenFiles;
  record(
    'vitest',
    json.numPassedTests ?? 0,
    failed + unexplained,
    skipped,
    unexplained ? `exit code ${outcome.code}` : '',
  );
}

/** The Pester layer (test/ps) on real PowerShell, set up by scripts/setup-powershell.mjs. */
async function runPowerShell() {
  const report = path.join(results, 'pester.json');
  await rm(report, { force: true });
  banner('pester (PowerShell probe scripts, test/ps)');
  const outcome = await execute(['scripts/test-powershell.mjs'], { live: true, timeout: 5 * MINUTE });
  const json = readJson(report);
  if (json?.unavailable) {
    record('pester', 0, 0, 1, `skipped: ${json.reason}`);
    skips.push(`test/ps: all (${json.reason})`);
    return;
  }
  if (!json || typeof json.passed !== 'number') {
    record('pester', 0, 1, 0, outcome.timedOut ? 'timed out, no result' : 'no result written');
    return;
  }
  // Only where PowerShell ran: a machine without it reports the layer skipped, not vanished.
  counted.pester = json.passed + json.failed + (json.skipped ?? 0);
  const unexplained = outcome.code !== 0 && json.failed === 0 ? 1 : 0;
  record(
    'pester',
    json.passed,
    json.failed + unexplained,
    json.skipped ?? 0,
    unexplained
      ? `exit code ${outcome.code}`
      : `PowerShell ${json.powershell}, ${(json.durationMs / 1000).toFixed(1)} s`,
  );
}

async function runPlaywright() {
  const report = path.join(results, 'playwright.json');
  await rm(report, { force: true });
  banner('playwright (browser + electron)');
  const outcome = await execute([bin('@playwright/test/cli.js'), 'test', '--forbid-only'], {
    live: true,
    timeout: 8 * MINUTE,
  });
  const json = readJson(report);
  if (!json?.stats) {
    record('playwright', 0, 1, 0, outcome.timedOut ? 'timed out, no report' : 'no report written');
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
  const reasons = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const skip = (test.annotations ?? []).find((note) => note.type === 'skip');
        if (test.status !== 'skipped' || !skip) continue;
        const key = `${spec.file}: ${skip.description ?? 'skipped'}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of json.suites ?? []) walk(suite);
  for (const [key, count] of reasons) skips.push(`${key.replace(': ', `: ${count} (`)})`);
  const loadErrors = (json.errors ?? []).length;
  const failed = unexpected + loadErrors;
  const unexplained = outcome.code !== 0 && failed === 0 ? 1 : 0;
  counted.playwright = expected + unexpected + flaky + skipped;
  record(
    'playwright',
    expected + flaky,
    failed + unexplained,
    skipped,
    unexplained ? `exit code ${outcome.code}` : '',
  );
}

async function runBench() {
  if (!existsSync(path.join(root, 'bench/run.ts'))) return;
  banner('bench (tiny run)');
  const outcome = await execute(
    [bin('tsx/dist/cli.mjs'), 'bench/run.ts', '--tiny', '--out', 'test-results/bench-tiny.json'],
    { live: true, timeout: 3 * MINUTE },
  );
  record('bench (tiny)', outcome.code === 0 ? 1 : 0, outcome.code === 0 ? 0 : 1, 0, '', 'check');
}

/** Fails the run when a suite reports fewer tests than recorded: tests that vanish are failures. */
function guardTestCounts() {
  const minimum = readJson(MINIMUM_COUNTS) ?? {};
  for (const [suite, count] of Object.entries(counted)) {
    const least = minimum[suite] ?? 0;
    const ok = count >= least;
    record(`test count ${suite} (at least ${least})`, ok ? 1 : 0, ok ? 0 : 1, 0, `${count} tests`, 'check');
  }
  if (recordCounts && summary.failed === 0) {
    const next = { ...minimum };
    for (const [suite, count] of Object.entries(counted)) next[suite] = Math.max(next[suite] ?? 0, count);
    writeFileSync(MINIMUM_COUNTS, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`recorded minimum test counts in ${path.relative(root, MINIMUM_COUNTS)}`);
  }
}

async function main() {
  const started = Date.now();
  await mkdir(results, { recursive: true });
  // pwsh and Pester first (idempotent): the syntax gate, vitest's real-pwsh tests and Pester use them.
  banner('PowerShell setup (scripts/setup-powershell.mjs)');
  const setup = await execute(['scripts/setup-powershell.mjs', '--quiet'], {
    live: true,
    timeout: 10 * MINUTE,
  });
  if (setup.code !== 0)
    console.log('PowerShell setup failed; the PowerShell tests will say they were skipped');
  await runGates();
  await runVitest();
  await runPowerShell();
  await runPlaywright();
  await runBench();
  guardTestCounts();
  banner(`summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const line of lines) console.log(line);
  console.log(`${summary.skipped} skipped`);
  for (const line of skips) console.log(`  skipped ${line}`);
  console.log(`checks (gates, bench smoke, test counts): ${checks.passed} passed, ${checks.failed} failed`);
  console.log(`tests: ${summary.passed} passed, ${summary.failed} failed`);
  const failed = summary.failed + checks.failed;
  console.log(`${summary.passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`test run could not complete: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
