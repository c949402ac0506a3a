/**
 * `npm run bench`: every figure is a ratio against a baseline measured in the same run, so results
 * compare across machines and over time. Writes bench/results.json (format hvv-bench/1) and prints
 * a table. `--tiny` runs a few iterations with scaled-down delays (the test suite uses it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliFigures } from './cli-bench.js';
import { engineFigures } from './engine-bench.js';
import { fleetReportBenchmark, fleetScreenBenchmark } from './fleet-bench.js';
import type { PairOptions } from './measure.js';
import { parserBenchmarks } from './parser-bench.js';
import { redactBenchmarks } from './redact-bench.js';
import { rendererFigures } from './renderer-bench.js';
import { replayBenchmark, scenarioParseBenchmark } from './replay-bench.js';
import { BENCH_FORMAT, type BenchResults } from './results.js';
import { runnerFigures } from './runner-bench.js';
import { sessionEventFigures } from './session-events-bench.js';
import { timelineBenchmark } from './timeline-bench.js';
import { printTable } from './table.js';
import { allowAbortListeners } from '../main/process/abort-listeners.js';

allowAbortListeners();

interface Flags {
  tiny: boolean;
  out: string;
  browser: boolean;
}

const DEFAULT_OUT = fileURLToPath(new URL('./results.json', import.meta.url));

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = { tiny: false, out: DEFAULT_OUT, browser: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tiny') flags.tiny = true;
    else if (arg === '--no-browser') flags.browser = false;
    else if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new UsageError('--out needs a file path');
      flags.out = resolve(value);
    } else throw new UsageError(`unknown argument ${arg ?? ''}`);
  }
  return flags;
}

class UsageError extends Error {}

/**
 * What is measured is built first, so a fresh clone gets every figure: the whole app for a full
 * run (the renderer's size and paint need dist/renderer), only the hvv bundle for --tiny.
 */
function buildFirst(tiny: boolean): void {
  const script = fileURLToPath(
    new URL(tiny ? '../scripts/build-cli.mjs' : '../scripts/build.mjs', import.meta.url),
  );
  const build = spawnSync(process.execPath, [script], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.stderr.write('bench: the build failed; figures that need it say so\n');
}

export async function runBench(flags: Flags): Promise<BenchResults> {
  const micro: PairOptions = flags.tiny
    ? { samples: 3, batch: 2, warmup: 1 }
    : { samples: 25, batch: 200, warmup: 5 };
  const replay: PairOptions = flags.tiny
    ? { samples: 3, batch: 1, warmup: 1 }
    : { samples: 15, batch: 20, warmup: 3 };
  const large: PairOptions = flags.tiny
    ? { samples: 2, batch: 1, warmup: 0 }
    : { samples: 9, batch: 1, warmup: 2 };

  buildFirst(flags.tiny);
  const cliRuns: PairOptions = flags.tiny
    ? { samples: 2, batch: 1, warmup: 0 }
    : { samples: 15, batch: 1, warmup: 2 };
  const cli = await cliFigures(cliRuns, 60);
  const benchmarks = [
    ...cli.benchmarks,
    ...(await parserBenchmarks(micro)),
    await replayBenchmark(replay),
    await scenarioParseBenchmark(large, 5000),
    ...(await redactBenchmarks(large, flags.tiny)),
    await fleetReportBenchmark(large, flags.tiny ? 200 : 10_000),
    // Tens of milliseconds per window: a few samples, not the parsers' micro batches.
    await timelineBenchmark(
      flags.tiny ? { samples: 3, batch: 1, warmup: 1 } : { samples: 15, batch: 2, warmup: 2 },
      flags.tiny ? 500 : 5000,
    ),
    await fleetScreenBenchmark(large, flags.tiny ? 200 : 10_000),
  ];
  const engine = await engineFigures(flags.tiny ? 0.05 : 1, flags.tiny ? 1 : 3);
  const runner = await runnerFigures(flags.tiny ? 4 : 40);
  const renderer = await rendererFigures({ browser: flags.browser && !flags.tiny, runs: 3 });
  // Issue 14's trial: 40 MB of probe output in one replay.
  const sessionEvents = await sessionEventFigures(flags.tiny ? 1_000_000 : 40_000_000);

  return {
    format: BENCH_FORMAT,
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    tiny: flags.tiny,
    benchmarks,
    engine,
    runner,
    renderer,
    cli: cli.cli,
    sessionEvents,
  };
}

async function main(): Promise<number> {
  let flags: Flags;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `bench: ${(error as Error).message}\nusage: tsx bench/run.ts [--tiny] [--no-browser] [--out <file>]\n`,
    );
    return 2;
  }
  const results = await runBench(flags);
  mkdirSync(dirname(flags.out), { recursive: true });
  writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`\nwritten to ${flags.out}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
