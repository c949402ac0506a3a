/** The readable side of results.json: one line per figure, ratios first. */
import type { BenchResults } from './results.js';

function ms(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)} ms`;
}

function ratio(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(2)}×`;
}

function bytes(value: number | null): string {
  return value === null ? '–' : `${(value / 1024).toFixed(1)} KiB`;
}

function ns(value: number): string {
  return value >= 1e6
    ? `${(value / 1e6).toFixed(2)} ms`
    : value >= 1e3
      ? `${(value / 1e3).toFixed(1)} µs`
      : `${value.toFixed(0)} ns`;
}

export function printTable(results: BenchResults, print: (line: string) => void): void {
  print(
    `Hybrid VPN Validator bench — ${results.generatedAt} — Node ${results.node}, ${results.cpus} cores${results.tiny ? ' (tiny)' : ''}`,
  );
  print('');
  print(
    `${'benchmark'.padEnd(18)} ${'baseline'.padStart(12)} ${'subject'.padStart(12)} ${'ratio'.padStart(9)}`,
  );
  for (const entry of results.benchmarks) {
    if (entry.status === 'ok') {
      print(
        `${entry.id.padEnd(18)} ${ns(entry.baseline.medianNs).padStart(12)} ${ns(entry.subject.medianNs).padStart(12)} ${ratio(entry.ratio).padStart(9)}`,
      );
    } else {
      print(`${entry.id.padEnd(18)} unavailable: ${entry.reason}`);
    }
  }
  const { engine, runner, renderer, cli } = results;
  print('');
  if (engine.status === 'ok') {
    print(
      `engine (${engine.probes} probes, delays ×${engine.durationScale}, concurrency ${engine.concurrency})`,
    );
    print(
      `  wall ${ms(engine.wallMs)}   critical path ${ms(engine.criticalPathMs)}   sequential ${ms(engine.sequentialMs)}`,
    );
    print(
      `  wall / critical path ${ratio(engine.wallOverCriticalPath)} (target ≤ 1.15)   sequential / wall ${ratio(engine.sequentialOverWall)}`,
    );
    if (engine.live?.status === 'ok') {
      print(
        `  through the live PowerShell pool (${engine.live.poolSize} sessions): wall ${ms(engine.live.wallMs)}, wall / critical path ${ratio(engine.live.wallOverCriticalPath)}`,
      );
    } else if (engine.live) {
      print(`  live PowerShell pool: unavailable: ${engine.live.reason}`);
    }
  } else {
    print(`engine unavailable: ${engine.reason}`);
  }
  if (cli?.status === 'ok') {
    print(
      `hvv: a batch of ${cli.batchFiles} recordings in one call ${ms(cli.batchWallMs)} (target ≤ 2000 ms); one replay ${ms(cli.replayWallMs)} of a recording that took ${ms(cli.recordedMs)} on the device (${ratio(cli.recordedOverReplayWall)} faster: no recorded delay waited)`,
    );
  } else if (cli) {
    print(`hvv unavailable: ${cli.reason}`);
  }
  const events = results.sessionEvents;
  if (events?.status === 'ok') {
    const mb = (bytes: number | null) => `${((bytes ?? 0) / 1e6).toFixed(1)} MB`;
    print(
      `session events: a replay with ${mb(events.outputBytes)} of output sent ${mb(events.fullBytes)} as whole snapshots, ${mb(events.deltaBytes)} as deltas over ${events.events} events (${ratio(events.fullOverDelta)} less)`,
    );
  } else if (events) {
    print(`session events unavailable: ${events.reason}`);
  }
  if (runner.status === 'ok') {
    print(
      `runner: persistent session ${ms(runner.persistentOverheadMs)} per probe, process per probe ${ms(runner.spawnPerCommandOverheadMs)} (${ratio(runner.spawnOverPersistent)})`,
    );
  } else {
    print(`runner unavailable: ${runner.reason}`);
  }
  if (renderer.status !== 'unavailable') {
    print(
      `renderer: JS ${bytes(renderer.jsBytes)} (${bytes(renderer.jsGzipBytes)} gzip), CSS ${bytes(renderer.cssBytes)} (${bytes(renderer.cssGzipBytes)} gzip), first paint ${ms(renderer.firstPaintMs)}, checklist ${ms(renderer.checklistPaintMs)}, longest task ${ms(renderer.longestTaskMs)} (longest frame ${ms(renderer.longestFrameMs)})${renderer.reason ? ` — ${renderer.reason}` : ''}`,
    );
  } else {
    print(`renderer unavailable: ${renderer.reason}`);
  }
}
