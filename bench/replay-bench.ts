/**
 * The engine over a recorded scenario (no waiting), against the cheapest way to read the same
 * probes; and loading a large recording through parseScenario against JSON.parse alone.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeId, Scenario } from '../common/model.js';
import { type PairOptions, comparePair } from './measure.js';
import { type BenchmarkEntry, describeError, unavailable } from './results.js';
import { BENCH_ENDPOINTS, largeScenarioText, syntheticScenario } from './synthetic-scenario.js';

const SCENARIO_DIR = fileURLToPath(new URL('../test/fixtures/scenarios/', import.meta.url));

function scenarioFiles(dir: string): string[] {
  let found: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(scenarioFiles(path));
    else if (name.endsWith('.scenario.json')) found.push(path);
  }
  return found;
}

/** The fixture scenario with the most probes (the heaviest replay), or the bench's own device. */
export function pickScenario(parse: (text: string, fileName?: string) => Scenario): {
  scenario: Scenario;
  source: string;
} {
  let best: { scenario: Scenario; source: string } | null = null;
  for (const path of scenarioFiles(SCENARIO_DIR)) {
    try {
      const scenario = parse(readFileSync(path, 'utf8'), path);
      if (!best || scenario.probes.length > best.scenario.probes.length) best = { scenario, source: path };
    } catch {
      // Fixtures of deliberately broken files live here too; they are not replayable.
    }
  }
  const synthetic = syntheticScenario();
  if (!best || best.scenario.probes.length < synthetic.probes.length) {
    return { scenario: synthetic, source: 'bench/synthetic-scenario.ts' };
  }
  return best;
}

export async function replayBenchmark(options: PairOptions): Promise<BenchmarkEntry> {
  const id = 'engine.replay';
  const description =
    'runChecklist replaying a recorded scenario (no delays) vs a bare loop asking the same probes';
  const unit = 'ns per checklist run';
  try {
    const { runChecklist } = await import('../common/engine/run.js');
    const { createScenarioExecutor, parseScenario } = await import('../main/probes/scenario-runner.js');
    const { scenario, source } = pickScenario(parseScenario);
    const config = source.startsWith('bench/') ? { endpoints: BENCH_ENDPOINTS } : undefined;
    const now = new Date(scenario.recordedAt);
    const pair = await comparePair(
      {
        id: 'bare-probe-loop',
        run: async () => {
          const executor = createScenarioExecutor(scenario);
          const out: unknown[] = [];
          for (const probe of scenario.probes) {
            out.push(await executor.run({ probe: probe.probe as ProbeId, args: probe.args }));
          }
          return out;
        },
      },
      {
        id: 'run-checklist',
        run: () =>
          runChecklist({
            executor: createScenarioExecutor(scenario),
            inputs: scenario.inputs,
            confirmations: scenario.confirmations,
            now,
            allowActions: true,
            ...(config ? { config } : {}),
          }),
      },
      options,
    );
    return {
      id,
      description: `${description} (${source}, ${scenario.probes.length} probes)`,
      unit,
      status: 'ok',
      ...pair,
    };
  } catch (error) {
    return unavailable(id, description, unit, describeError(error));
  }
}

export async function scenarioParseBenchmark(
  options: PairOptions,
  probeCount: number,
): Promise<BenchmarkEntry> {
  const id = 'scenario.parse';
  const description = `parseScenario (JSON + schema validation) of a ${probeCount}-probe recording vs JSON.parse alone`;
  const unit = 'ns per file';
  try {
    const { parseScenario } = await import('../main/probes/scenario-runner.js');
    const text = largeScenarioText(probeCount);
    const pair = await comparePair(
      { id: 'json-parse', run: () => JSON.parse(text) as unknown },
      { id: 'parse-scenario', run: () => parseScenario(text, 'bench.scenario.json') },
      options,
    );
    return {
      id,
      description: `${description} (${(text.length / 1048576).toFixed(1)} MiB)`,
      unit,
      status: 'ok',
      ...pair,
    };
  } catch (error) {
    return unavailable(id, description, unit, describeError(error));
  }
}
