/**
 * Issue 15: `hvv` as a lab script meets it — one process per command. Each figure spawns the real
 * command (bin/hvv.mjs, which starts the bundle in dist/cli) against `node -e 0` spawned
 * alternately in the same run, so the ratio says what hvv adds to starting Node on this machine.
 * Targets: --help ≤ 2×, one replay of a full recording ≤ 3×, a batch of 60 recordings in one
 * call ≤ 2 s; and a replay waits for none of the durations it recorded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PairOptions, comparePair, median } from './measure.js';
import { type BenchmarkEntry, type CliFigures, describeError, unavailable } from './results.js';
import { BENCH_ENDPOINTS, syntheticScenario } from './synthetic-scenario.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HVV = join(ROOT, 'bin', 'hvv.mjs');
const BUNDLE = join(ROOT, 'dist', 'cli', 'hvv.mjs');
const SCENARIO_DIR = join(ROOT, 'test', 'fixtures', 'scenarios');

function spawnNode(args: readonly string[]): number {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.error) throw run.error;
  // 0, 1 and 3 are verdicts; 2 means the command could not run, so the figure would be meaningless.
  if (run.status === 2 || run.status === null) {
    throw new Error(`hvv ${args.slice(1).join(' ')} failed: ${run.stderr.toString().split('\n')[0]}`);
  }
  return run.status;
}

const NODE_BARE = { id: 'node -e 0', run: () => spawnNode(['-e', '0']) };

/** The fixture recordings that replay (the folder also holds deliberately broken ones). */
async function replayableFixtures(): Promise<string[]> {
  const { parseScenario } = await import('../main/probes/scenario-runner.js');
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.scenario.json'))
    .filter((name) => {
      try {
        parseScenario(readFileSync(join(SCENARIO_DIR, name), 'utf8'), name);
        return true;
      } catch {
        return false;
      }
    });
}

interface Workspace {
  dir: string;
  scenario: string;
  config: string;
  batchDir: string;
  batchFiles: number;
  recordedMs: number;
  probes: number;
}

async function workspace(batchSize: number): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-bench-cli-'));
  // The full recording: the bench's 27-probe device with its real durations (20 s and more if
  // they were waited for), and the lab endpoints it was recorded against.
  const device = syntheticScenario();
  const scenario = join(dir, 'device.scenario.json');
  writeFileSync(scenario, JSON.stringify(device));
  const config = join(dir, 'endpoints.json');
  writeFileSync(config, JSON.stringify({ endpoints: BENCH_ENDPOINTS }));
  const batchDir = join(dir, 'batch');
  const fixtures = await replayableFixtures();
  if (fixtures.length === 0) throw new Error('no replayable fixture in test/fixtures/scenarios');
  const { mkdirSync, copyFileSync } = await import('node:fs');
  mkdirSync(batchDir);
  for (let i = 0; i < batchSize; i++) {
    const name = fixtures[i % fixtures.length] as string;
    copyFileSync(join(SCENARIO_DIR, name), join(batchDir, `${String(i).padStart(3, '0')}-${name}`));
  }
  return {
    dir,
    scenario,
    config,
    batchDir,
    batchFiles: batchSize,
    recordedMs: device.probes.reduce((sum, p) => sum + p.result.durationMs, 0),
    probes: device.probes.length,
  };
}

function wallMs(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnNode(args);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

export async function cliFigures(
  options: PairOptions,
  batchSize: number,
): Promise<{ benchmarks: BenchmarkEntry[]; cli: CliFigures }> {
  const unit = 'ns per process';
  const helpDescription = '`hvv --help` (bin/hvv.mjs → dist/cli) vs `node -e 0`, target ≤ 2×';
  const replayDescription = '`hvv run --scenario <27-probe recording> --json` vs `node -e 0`, target ≤ 3×';
  if (!existsSync(BUNDLE)) {
    const reason = 'dist/cli/hvv.mjs is not built (node scripts/build-cli.mjs)';
    return {
      benchmarks: [
        unavailable('cli.help', helpDescription, unit, reason),
        unavailable('cli.replay', replayDescription, unit, reason),
      ],
      cli: {
        status: 'unavailable',
        reason,
        batchFiles: null,
        batchWallMs: null,
        recordedMs: null,
        replayWallMs: null,
        recordedOverReplayWall: null,
      },
    };
  }
  let ws: Workspace | null = null;
  try {
    ws = await workspace(batchSize);
    const replayArgs = [HVV, 'run', '--scenario', ws.scenario, '--config', ws.config, '--json'];
    const help = await comparePair(
      NODE_BARE,
      { id: 'hvv --help', run: () => spawnNode([HVV, '--help']) },
      options,
    );
    const replay = await comparePair(
      NODE_BARE,
      { id: 'hvv run (one recording)', run: () => spawnNode(replayArgs) },
      options,
    );
    const runs = Math.max(1, options.samples >> 1);
    const batchWallMs = wallMs([HVV, 'run', '--scenario', ws.batchDir, '--json'], runs);
    const replayWallMs = replay.subject.medianNs / 1e6;
    return {
      benchmarks: [
        { id: 'cli.help', description: helpDescription, unit, status: 'ok', ...help },
        {
          id: 'cli.replay',
          description: `${replayDescription} (${ws.probes} probes)`,
          unit,
          status: 'ok',
          ...replay,
        },
      ],
      cli: {
        status: 'ok',
        reason: null,
        batchFiles: ws.batchFiles,
        batchWallMs,
        recordedMs: ws.recordedMs,
        replayWallMs,
        recordedOverReplayWall: ws.recordedMs / replayWallMs,
      },
    };
  } catch (error) {
    const reason = describeError(error);
    return {
      benchmarks: [
        unavailable('cli.help', helpDescription, unit, reason),
        unavailable('cli.replay', replayDescription, unit, reason),
      ],
      cli: {
        status: 'unavailable',
        reason,
        batchFiles: null,
        batchWallMs: null,
        recordedMs: null,
        replayWallMs: null,
        recordedOverReplayWall: null,
      },
    };
  } finally {
    if (ws) rmSync(ws.dir, { recursive: true, force: true });
  }
}
