/**
 * Issue 7's headline: replay a 27-probe device with its recorded durations honoured as real delays
 * and compare the app's wall time with the critical path (the slowest chain of dependent probes)
 * and with the sequential sum a one-probe-at-a-time script would take.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeExecutor, ProbeRequest, Scenario, StepId } from '../common/model.js';
import type { StepDefinition } from '../common/engine/step-definition.js';
import { median } from './measure.js';
import { type EngineFigures, type LiveEngineFigures, describeError } from './results.js';
import { BENCH_ENDPOINTS, syntheticScenario } from './synthetic-scenario.js';

export interface ProbeSpan {
  step: string | null;
  start: number;
  durationMs: number;
}

/** Time during which at least one of the step's probes was running, from recorded durations. */
export function busyTime(spans: readonly ProbeSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let open: { start: number; end: number } | null = null;
  for (const span of sorted) {
    const end = span.start + span.durationMs;
    if (open && span.start <= open.end) {
      open.end = Math.max(open.end, end);
      continue;
    }
    if (open) total += open.end - open.start;
    open = { start: span.start, end };
  }
  return open ? total + (open.end - open.start) : total;
}

/**
 * Longest chain through the steps' dependencies, each step weighing its own probe time: no
 * scheduler can finish sooner, because each step's probes run in the order the step asks for them.
 */
interface StepNode {
  id: string;
  dependsOn: readonly string[];
}

export function criticalPath(steps: readonly StepNode[], spans: readonly ProbeSpan[]): number {
  const weight = new Map<string, number>();
  for (const step of steps) weight.set(step.id, busyTime(spans.filter((s) => s.step === step.id)));
  const finish = new Map<string, number>();
  const finishOf = (step: StepNode): number => {
    const known = finish.get(step.id);
    if (known !== undefined) return known;
    finish.set(step.id, 0);
    const deps = step.dependsOn.map((id) => steps.find((s) => s.id === id)).filter((s) => s !== undefined);
    const value = Math.max(0, ...deps.map(finishOf)) + (weight.get(step.id) ?? 0);
    finish.set(step.id, value);
    return value;
  };
  const unattributed = spans.filter((s) => s.step === null).map((s) => s.durationMs);
  return Math.max(0, ...steps.map(finishOf), ...unattributed);
}

export function emptyEngineFigures(reason: string, durationScale: number): EngineFigures {
  return {
    status: 'unavailable',
    reason,
    scenario: null,
    probes: null,
    durationScale,
    concurrency: null,
    wallMs: null,
    criticalPathMs: null,
    sequentialMs: null,
    wallOverCriticalPath: null,
    sequentialOverWall: null,
    live: null,
  };
}

const FAKE_PWSH = fileURLToPath(new URL('../test/fakes/fake-pwsh.mjs', import.meta.url));

interface EngineSample {
  wallMs: number;
  criticalPathMs: number;
  sequentialMs: number;
}

/** One checklist run with every probe request timed and attributed to the step that asked. */
async function sampleRun(
  makeExecutor: () => Promise<{ executor: ProbeExecutor; dispose(): Promise<void> }>,
  scenario: Scenario,
): Promise<EngineSample> {
  const { runChecklist } = await import('../common/engine/run.js');
  const { CHECKLIST } = await import('../common/engine/checklist.js');
  const currentStep = new AsyncLocalStorage<StepId>();
  const steps: StepDefinition[] = CHECKLIST.map((def) => ({
    ...def,
    check: (ctx) => currentStep.run(def.id, () => def.check(ctx)),
  }));
  const { executor: inner, dispose } = await makeExecutor();
  const spans: ProbeSpan[] = [];
  try {
    const started = performance.now();
    const executor: ProbeExecutor = {
      mode: inner.mode,
      async run(request, options) {
        const step = currentStep.getStore() ?? null;
        const start = performance.now() - started;
        const result = await inner.run(request, options);
        // The recorded duration, not the measured one: the critical path is the device's, not ours.
        spans.push({ step, start, durationMs: recordedDuration(scenario, request) ?? result.durationMs });
        return result;
      },
    };
    await runChecklist({
      executor,
      inputs: scenario.inputs,
      confirmations: scenario.confirmations,
      now: new Date(scenario.recordedAt),
      allowActions: true,
      config: { endpoints: BENCH_ENDPOINTS },
      steps,
    });
    return {
      wallMs: performance.now() - started,
      criticalPathMs: criticalPath(steps, spans),
      sequentialMs: spans.reduce((sum, span) => sum + span.durationMs, 0),
    };
  } finally {
    await dispose();
  }
}

function recordedDuration(scenario: Scenario, request: ProbeRequest): number | null {
  const key = JSON.stringify(request.args);
  const entry = scenario.probes.find((p) => p.probe === request.probe && JSON.stringify(p.args) === key);
  return entry ? entry.result.durationMs : null;
}

function summarise(
  samples: readonly EngineSample[],
): Pick<
  EngineFigures,
  'wallMs' | 'criticalPathMs' | 'sequentialMs' | 'wallOverCriticalPath' | 'sequentialOverWall'
> {
  const wallMs = median(samples.map((s) => s.wallMs));
  const criticalPathMs = median(samples.map((s) => s.criticalPathMs));
  const sequentialMs = median(samples.map((s) => s.sequentialMs));
  return {
    wallMs: round(wallMs),
    criticalPathMs: round(criticalPathMs),
    sequentialMs: round(sequentialMs),
    wallOverCriticalPath: round(wallMs / Math.max(criticalPathMs, 1), 3),
    sequentialOverWall: round(sequentialMs / Math.max(wallMs, 1), 3),
  };
}

export async function engineFigures(durationScale: number, runs: number): Promise<EngineFigures> {
  try {
    const { DEFAULT_CONCURRENCY } = await import('../common/engine/run.js');
    const { createScenarioExecutor } = await import('../main/probes/scenario-runner.js');
    const scenario = syntheticScenario(durationScale);
    const samples: EngineSample[] = [];
    for (let run = 0; run < runs; run++) {
      samples.push(
        await sampleRun(
          async () => ({
            executor: createScenarioExecutor(scenario, { honourDurations: true }),
            dispose: async () => undefined,
          }),
          scenario,
        ),
      );
    }
    return {
      status: 'ok',
      reason: null,
      scenario: scenario.title,
      probes: scenario.probes.length,
      durationScale,
      concurrency: DEFAULT_CONCURRENCY,
      ...summarise(samples),
      live: await liveFigures(scenario, runs),
    };
  } catch (error) {
    return emptyEngineFigures(describeError(error), durationScale);
  }
}

/**
 * The same device through the live executor's real PowerShell pool (default size) against the fake
 * PowerShell, each script answering after its recorded duration; TCP checks stay replayed (no
 * network here). Shows whether the pool, not the scheduler, sets the technician's wait.
 */
async function liveFigures(scenario: Scenario, runs: number): Promise<LiveEngineFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-bench-live-'));
  try {
    const { createLiveExecutor } = await import('../main/probes/live-executor.js');
    const { PowerShellRunner, DEFAULT_POOL_SIZE: poolSize } =
      await import('../main/probes/powershell-runner.js');
    const { createScenarioExecutor } = await import('../main/probes/scenario-runner.js');
    const rules: Record<string, { stdout: string; exitCode: number; delayMs: number }> = {};
    for (const entry of scenario.probes) {
      if (entry.probe === 'net.tcp') continue;
      writeFileSync(join(dir, `${entry.probe}.ps1`), '# bench stand-in\n');
      rules[entry.probe] = {
        stdout: entry.result.stdout,
        exitCode: entry.result.exitCode,
        delayMs: entry.result.durationMs,
      };
    }
    const rulesFile = join(dir, 'rules.json');
    writeFileSync(rulesFile, JSON.stringify({ rules }));
    const env = { ...process.env, NODE_POWERSHELL: FAKE_PWSH, FAKE_PWSH_RULES: rulesFile };

    const previous = process.env.NODE_POWERSHELL;
    process.env.NODE_POWERSHELL = FAKE_PWSH;
    const samples: EngineSample[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        samples.push(
          await sampleRun(async () => {
            const runner = new PowerShellRunner({ executable: FAKE_PWSH, env });
            const live = createLiveExecutor({ scriptsDir: dir, runner });
            const replay = createScenarioExecutor(scenario, { honourDurations: true });
            return {
              executor: {
                mode: 'live',
                run: (request, options) =>
                  request.probe === 'net.tcp' ? replay.run(request, options) : live.run(request, options),
              },
              dispose: () => runner.dispose(),
            };
          }, scenario),
        );
      }
    } finally {
      if (previous === undefined) delete process.env.NODE_POWERSHELL;
      else process.env.NODE_POWERSHELL = previous;
    }
    const summary = summarise(samples);
    return {
      status: 'ok',
      reason: null,
      poolSize,
      wallMs: summary.wallMs,
      wallOverCriticalPath: summary.wallOverCriticalPath,
    };
  } catch (error) {
    return {
      status: 'unavailable',
      reason: describeError(error),
      poolSize: null,
      wallMs: null,
      wallOverCriticalPath: null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
