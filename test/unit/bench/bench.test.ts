import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyTime, criticalPath } from '../../../bench/engine-bench.js';
import type { BenchResults } from '../../../bench/results.js';
import { REPO_ROOT } from '../../paths.js';

const run = promisify(execFile);
const ROOT = REPO_ROOT;
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

const EXPECTED_IDS = [
  'cli.help',
  'cli.replay',
  'parser.dsregcmd',
  'parser.netsh-proxy',
  'parser.nltest',
  'parser.rasdial',
  'engine.replay',
  'scenario.parse',
  'redact.single-line',
  'redact.short-lines-secrets',
  'redact.short-lines',
  'fleet.report',
  'timeline.events',
  'fleet.screen',
];

describe('npm run bench --tiny', () => {
  let dir: string;
  let results: BenchResults;
  let stdout: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hvv-bench-'));
    const out = join(dir, 'results.json');
    ({ stdout } = await run(process.execPath, [TSX, 'bench/run.ts', '--tiny', '--out', out], {
      cwd: ROOT,
      timeout: 120_000,
    }));
    results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  }, 150_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the hvv-bench/1 document with the machine and the date', () => {
    expect(results.format).toBe('hvv-bench/1');
    expect(new Date(results.generatedAt).toISOString()).toBe(results.generatedAt);
    expect(results.node).toBe(process.version);
    expect(results.cpus).toBeGreaterThan(0);
    expect(results.tiny).toBe(true);
  });

  it('measures every benchmark, each against its own baseline from the same run', () => {
    expect(results.benchmarks.map((b) => b.id)).toEqual(EXPECTED_IDS);
    for (const entry of results.benchmarks) {
      if (entry.status === 'unavailable') {
        expect(entry.reason, entry.id).not.toBe('');
        expect(entry.ratio).toBeNull();
        continue;
      }
      expect(Number.isFinite(entry.ratio), entry.id).toBe(true);
      expect(entry.ratio, entry.id).toBeGreaterThan(0);
      expect(entry.ratio).toBeCloseTo(entry.subject.medianNs / entry.baseline.medianNs, 6);
      expect(entry.baseline.samples).toBeGreaterThan(0);
      expect(entry.subject.samples).toBe(entry.baseline.samples);
      expect(entry.baseline.id).not.toBe(entry.subject.id);
    }
  });

  it('counts the bytes a replay with big outputs sends as whole snapshots and as deltas (issue 14)', () => {
    const figures = results.sessionEvents;
    expect(figures).toMatchObject({ status: 'ok', reason: null });
    expect(figures?.outputBytes).toBeGreaterThanOrEqual(1_000_000);
    expect(figures?.events).toBeGreaterThan(2);
    expect(figures?.fullOverDelta).toBeCloseTo((figures?.fullBytes ?? 0) / (figures?.deltaBytes ?? 1), 6);
    // Every result crosses once as a delta: about the output, not the output times the events.
    expect(figures?.deltaBytes).toBeLessThan((figures?.outputBytes ?? 0) * 2);
  });

  it('builds hvv first, so its start-up figures are never unavailable on a fresh checkout', () => {
    const cli = results.benchmarks.filter((b) => b.id.startsWith('cli.'));
    expect(cli.map((b) => b.status)).toEqual(['ok', 'ok']);
    expect(results.cli).toMatchObject({ status: 'ok', reason: null, batchFiles: 60 });
    expect(results.cli?.recordedMs).toBeGreaterThan(0);
    expect(results.cli?.recordedOverReplayWall).toBeCloseTo(
      (results.cli?.recordedMs ?? 0) / (results.cli?.replayWallMs ?? 1),
      6,
    );
    expect(stdout).toMatch(/hvv: a batch of 60 recordings in one call/);
  });

  it('always measures the native-output parsers', () => {
    const parsers = results.benchmarks.filter((b) => b.id.startsWith('parser.'));
    expect(parsers.map((b) => b.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('reports the engine, runner and renderer figures under their stable names', () => {
    expect(Object.keys(results.engine)).toEqual(
      expect.arrayContaining([
        'wallMs',
        'criticalPathMs',
        'sequentialMs',
        'wallOverCriticalPath',
        'sequentialOverWall',
      ]),
    );
    expect(Object.keys(results.runner)).toEqual(
      expect.arrayContaining(['persistentOverheadMs', 'spawnPerCommandOverheadMs']),
    );
    expect(Object.keys(results.renderer)).toEqual(
      expect.arrayContaining(['jsGzipBytes', 'firstPaintMs', 'longestTaskMs']),
    );
    if (results.engine.status === 'ok') {
      expect(results.engine.wallOverCriticalPath).toBeGreaterThan(0);
      expect(Object.keys(results.engine.live ?? {})).toEqual(
        expect.arrayContaining(['poolSize', 'wallMs', 'wallOverCriticalPath']),
      );
      expect(results.engine.sequentialMs).toBeGreaterThan(results.engine.criticalPathMs ?? Infinity);
    } else {
      expect(results.engine.reason).not.toBe('');
    }
  });

  it('prints a readable table naming each benchmark', () => {
    for (const id of EXPECTED_IDS) expect(stdout).toContain(id);
    expect(stdout).toMatch(/wall \/ critical path|engine unavailable/);
  });
});

describe('bench arguments', () => {
  it('refuses an unknown flag with exit code 2 and a usage line', async () => {
    const failure = await run(process.execPath, [TSX, 'bench/run.ts', '--fast'], { cwd: ROOT }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('unknown argument --fast');
  }, 60_000);
});

describe('critical path of the checklist', () => {
  it('counts overlapping probes of one step once', () => {
    expect(
      busyTime([
        { step: 'a', start: 0, durationMs: 100 },
        { step: 'a', start: 50, durationMs: 100 },
        { step: 'a', start: 300, durationMs: 10 },
      ]),
    ).toBe(160);
  });

  it('follows the longest dependency chain, not the sum of everything', () => {
    const steps = [
      { id: 'vpn-profile', dependsOn: [] },
      { id: 'vpn-connect', dependsOn: ['vpn-profile'] },
      { id: 'dc-over-vpn', dependsOn: ['vpn-connect'] },
      { id: 'network-endpoints', dependsOn: [] },
    ];
    const spans = [
      { step: 'vpn-profile', start: 0, durationMs: 400 },
      { step: 'vpn-connect', start: 400, durationMs: 2400 },
      { step: 'dc-over-vpn', start: 2800, durationMs: 350 },
      { step: 'network-endpoints', start: 0, durationMs: 3000 },
      { step: 'network-endpoints', start: 0, durationMs: 3000 },
    ];
    expect(criticalPath(steps, spans)).toBe(3150);
  });
});
