/** The stable shape of bench/results.json (`hvv-bench/1`): extend it, never rename a field. */
import type { Sampled } from './measure.js';
import type { SessionEventFigures } from './session-events-bench.js';

export const BENCH_FORMAT = 'hvv-bench/1';

export type BenchmarkEntry =
  | {
      id: string;
      description: string;
      unit: string;
      status: 'ok';
      baseline: Sampled;
      subject: Sampled;
      ratio: number;
    }
  | {
      id: string;
      description: string;
      unit: string;
      status: 'unavailable';
      reason: string;
      baseline: null;
      subject: null;
      ratio: null;
    };

/** Issue 7's engine figures: the app's wall time against the slowest probe chain. */
export interface EngineFigures {
  status: 'ok' | 'unavailable';
  reason: string | null;
  scenario: string | null;
  probes: number | null;
  /** Recorded durations are multiplied by this (1 in a full run; smaller with --tiny). */
  durationScale: number;
  concurrency: number | null;
  wallMs: number | null;
  criticalPathMs: number | null;
  sequentialMs: number | null;
  wallOverCriticalPath: number | null;
  sequentialOverWall: number | null;
  /** The same run through the live executor's PowerShell pool (fake PowerShell, recorded delays). */
  live: LiveEngineFigures | null;
}

export interface LiveEngineFigures {
  status: 'ok' | 'unavailable';
  reason: string | null;
  poolSize: number | null;
  wallMs: number | null;
  wallOverCriticalPath: number | null;
}

export interface RunnerFigures {
  status: 'ok' | 'unavailable';
  reason: string | null;
  invocations: number | null;
  persistentOverheadMs: number | null;
  spawnPerCommandOverheadMs: number | null;
  spawnOverPersistent: number | null;
}

export interface RendererFigures {
  status: 'ok' | 'partial' | 'unavailable';
  reason: string | null;
  jsBytes: number | null;
  jsGzipBytes: number | null;
  cssBytes: number | null;
  cssGzipBytes: number | null;
  firstPaintMs: number | null;
  /** Click on "Open recorded scenario…" until the checklist is interactive. */
  checklistPaintMs: number | null;
  longestTaskMs: number | null;
  /** Longest gap between animation frames while results stream in (catches tasks under 50 ms too). */
  longestFrameMs: number | null;
}

/** Issue 15: the hvv command as lab scripts start it (bench/cli-bench.ts). */
export interface CliFigures {
  status: 'ok' | 'unavailable';
  reason: string | null;
  /** Recordings replayed by one `hvv run --scenario <folder>` (target: 60 in ≤ 2 s). */
  batchFiles: number | null;
  batchWallMs: number | null;
  /** The sum of the full recording's durationMs: what a replay that slept would wait at least. */
  recordedMs: number | null;
  /** Median wall time of one process replaying that recording. */
  replayWallMs: number | null;
  recordedOverReplayWall: number | null;
}

export interface BenchResults {
  format: typeof BENCH_FORMAT;
  generatedAt: string;
  node: string;
  cpus: number;
  cpuModel: string;
  tiny: boolean;
  benchmarks: BenchmarkEntry[];
  engine: EngineFigures;
  runner: RunnerFigures;
  renderer: RendererFigures;
  /** Added with issue 15; absent in older results. */
  cli?: CliFigures;
  /** Added with issue 14 (bench/session-events-bench.ts); absent in older results. */
  sessionEvents?: SessionEventFigures;
}

export function unavailable(id: string, description: string, unit: string, reason: string): BenchmarkEntry {
  return { id, description, unit, status: 'unavailable', reason, baseline: null, subject: null, ratio: null };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}
