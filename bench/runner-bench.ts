/**
 * Per-invocation overhead of the real node-powershell adapter (main/probes/powershell-runner.ts)
 * against the fake PowerShell executable: one persistent session reused for every probe, against
 * a fresh process per probe (what a script calling `powershell.exe -Command` per check pays).
 *
 * Beside it, the same runner on real pwsh (`realPwsh`, when pwsh is installed): session start and
 * per-probe overhead as ratios against the fake's, measured in the same run, and the live path
 * (the all-pass device through the real scripts, shims and the test session preload) as wall time
 * over its own critical path.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeExecutor, StepId } from '../common/model.js';
import type { StepDefinition } from '../common/engine/step-definition.js';
// Loaded when measured: importing it looks for pwsh.
import type * as Harness from '../test/unit/main/probes/real-pwsh-harness.js';
import { type ProbeSpan, criticalPath } from './engine-bench.js';
import { median } from './measure.js';
import { type RunnerFigures, describeError } from './results.js';

/** Runner figures on real pwsh, added to `runner` as `realPwsh` (fields are only ever added). */
export interface RealPwshFigures {
  status: 'ok' | 'unavailable';
  reason: string | null;
  pwsh: string | null;
  /** Median time from a new runner to the answer of its first command. */
  sessionStartMs: number | null;
  /** The same with the fake PowerShell, measured in this run: the baseline. */
  fakeSessionStartMs: number | null;
  sessionStartOverFake: number | null;
  /** Median wall time of a bundled-style script that does nothing, on a warm session. */
  perProbeOverheadMs: number | null;
  fakePerProbeOverheadMs: number | null;
  perProbeOverFake: number | null;
  /** The all-pass device (win10-1909-ikev2-connects) live through real pwsh, pool of 2. */
  liveWallMs: number | null;
  liveCriticalPathMs: number | null;
  liveWallOverCriticalPath: number | null;
}

const FAKE_PWSH = fileURLToPath(new URL('../test/fakes/fake-pwsh.mjs', import.meta.url));
const SCRIPT = 'C:\\hvv\\probes\\os-version.ps1';

export function emptyRunnerFigures(reason: string): RunnerFigures {
  return {
    status: 'unavailable',
    reason,
    invocations: null,
    persistentOverheadMs: null,
    spawnPerCommandOverheadMs: null,
    spawnOverPersistent: null,
  };
}

/** Below this many invocations (bench/run.ts --tiny asks for 4) real pwsh is left out: it costs ~15 s. */
export const REAL_PWSH_MIN_INVOCATIONS = 10;

export async function runnerFigures(
  invocations: number,
  options: { realPwsh?: boolean } = {},
): Promise<RunnerFigures & { realPwsh: RealPwshFigures }> {
  const fake = await fakeRunnerFigures(invocations);
  const measureReal = options.realPwsh ?? invocations >= REAL_PWSH_MIN_INVOCATIONS;
  return {
    ...fake,
    realPwsh: measureReal
      ? await realPwshFigures(Math.max(3, Math.ceil(invocations / 4)))
      : emptyRealPwsh('not measured in a --tiny run (npm run bench measures it)'),
  };
}

async function fakeRunnerFigures(invocations: number): Promise<RunnerFigures> {
  const previous = process.env.NODE_POWERSHELL;
  // node-powershell reads NODE_POWERSHELL when a session is created; the fake answers every script.
  process.env.NODE_POWERSHELL = FAKE_PWSH;
  try {
    const { PowerShellRunner } = await import('../main/probes/powershell-runner.js');
    const options = {
      poolSize: 1,
      executable: FAKE_PWSH,
      env: { ...process.env, NODE_POWERSHELL: FAKE_PWSH },
    };
    const call = { timeoutMs: 20_000 };

    const persistent = new PowerShellRunner(options);
    const persistentMs: number[] = [];
    try {
      await persistent.runScript(SCRIPT, {}, call); // session start is paid once, not per probe
      for (let i = 0; i < invocations; i++) {
        const started = performance.now();
        await persistent.runScript(SCRIPT, {}, call);
        persistentMs.push(performance.now() - started);
      }
    } finally {
      await persistent.dispose();
    }

    const spawnMs: number[] = [];
    const spawnRuns = Math.max(2, Math.ceil(invocations / 4));
    for (let i = 0; i < spawnRuns; i++) {
      const started = performance.now();
      const fresh = new PowerShellRunner(options);
      try {
        await fresh.runScript(SCRIPT, {}, call);
      } finally {
        await fresh.dispose();
      }
      spawnMs.push(performance.now() - started);
    }

    const persistentOverheadMs = median(persistentMs);
    const spawnPerCommandOverheadMs = median(spawnMs);
    return {
      status: 'ok',
      reason: null,
      invocations: persistentMs.length + spawnMs.length,
      persistentOverheadMs: Math.round(persistentOverheadMs * 100) / 100,
      spawnPerCommandOverheadMs: Math.round(spawnPerCommandOverheadMs * 100) / 100,
      spawnOverPersistent:
        Math.round((spawnPerCommandOverheadMs / Math.max(persistentOverheadMs, 0.001)) * 10) / 10,
    };
  } catch (error) {
    return emptyRunnerFigures(describeError(error));
  } finally {
    if (previous === undefined) delete process.env.NODE_POWERSHELL;
    else process.env.NODE_POWERSHELL = previous;
  }
}

function emptyRealPwsh(reason: string, pwsh: string | null = null): RealPwshFigures {
  return {
    status: 'unavailable',
    reason,
    pwsh,
    sessionStartMs: null,
    fakeSessionStartMs: null,
    sessionStartOverFake: null,
    perProbeOverheadMs: null,
    fakePerProbeOverheadMs: null,
    perProbeOverFake: null,
    liveWallMs: null,
    liveCriticalPathMs: null,
    liveWallOverCriticalPath: null,
  };
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

async function realPwshFigures(samples: number): Promise<RealPwshFigures> {
  const harness = await import('../test/unit/main/probes/real-pwsh-harness.js');
  const pwsh = harness.PWSH;
  if (!pwsh) return emptyRealPwsh(harness.PWSH_SKIP_REASON);
  const previous = process.env.NODE_POWERSHELL;
  delete process.env.NODE_POWERSHELL;
  const dir = mkdtempSync(join(tmpdir(), 'hvv-bench-pwsh-'));
  try {
    const { PowerShellRunner } = await import('../main/probes/powershell-runner.js');
    const noop = join(dir, 'noop.ps1');
    writeFileSync(noop, "param(\n  [string]$ArgsBase64 = ''\n)\nexit 0\n");
    const call = { timeoutMs: 60_000 };
    const fakeEnv = { ...process.env, FAKE_PWSH_RULES: join(dir, 'rules.json') };
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ rules: {} }));

    // Session start, real and fake alternately so load affects both alike.
    const startMs: number[] = [];
    const fakeStartMs: number[] = [];
    for (let i = 0; i < samples; i++) {
      for (const [executable, env, into] of [
        [pwsh, { ...process.env, TERM: 'dumb' }, startMs],
        [FAKE_PWSH, fakeEnv, fakeStartMs],
      ] as const) {
        const started = performance.now();
        const runner = new PowerShellRunner({ poolSize: 1, executable, env });
        try {
          await runner.runCommand('$null', call);
          into.push(performance.now() - started);
        } finally {
          await runner.dispose();
        }
      }
    }

    // Per-probe overhead on warm sessions.
    const real = new PowerShellRunner({
      poolSize: 1,
      executable: pwsh,
      env: { ...process.env, TERM: 'dumb' },
    });
    const fake = new PowerShellRunner({ poolSize: 1, executable: FAKE_PWSH, env: fakeEnv });
    const probeMs: number[] = [];
    const fakeProbeMs: number[] = [];
    try {
      await real.runScript(noop, {}, call);
      await fake.runScript(noop, {}, call);
      for (let i = 0; i < samples * 4; i++) {
        for (const [runner, into] of [
          [real, probeMs],
          [fake, fakeProbeMs],
        ] as const) {
          const started = performance.now();
          await runner.runScript(noop, {}, call);
          into.push(performance.now() - started);
        }
      }
    } finally {
      await real.dispose();
      await fake.dispose();
    }

    const live = await liveDevice(harness, pwsh);
    const sessionStartMs = median(startMs);
    const fakeSessionStartMs = median(fakeStartMs);
    const perProbeOverheadMs = median(probeMs);
    const fakePerProbeOverheadMs = median(fakeProbeMs);
    return {
      status: 'ok',
      reason: null,
      pwsh,
      sessionStartMs: round(sessionStartMs),
      fakeSessionStartMs: round(fakeSessionStartMs),
      sessionStartOverFake: round(sessionStartMs / Math.max(fakeSessionStartMs, 0.001), 1),
      perProbeOverheadMs: round(perProbeOverheadMs),
      fakePerProbeOverheadMs: round(fakePerProbeOverheadMs),
      perProbeOverFake: round(perProbeOverheadMs / Math.max(fakePerProbeOverheadMs, 0.001), 1),
      liveWallMs: round(live.wallMs),
      liveCriticalPathMs: round(live.criticalPathMs),
      liveWallOverCriticalPath: round(live.wallMs / Math.max(live.criticalPathMs, 1), 3),
    };
  } catch (error) {
    return emptyRealPwsh(describeError(error), pwsh);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (previous !== undefined) process.env.NODE_POWERSHELL = previous;
  }
}

/** The all-pass device through real scripts on real pwsh; spans are the measured probe times. */
async function liveDevice(
  harness: typeof Harness,
  pwsh: string,
): Promise<{ wallMs: number; criticalPathMs: number }> {
  const { runChecklist } = await import('../common/engine/run.js');
  const { CONTRACT_STEPS } = await import('../common/engine/checklist.js');
  const { createLiveExecutor } = await import('../main/probes/live-executor.js');
  const { PowerShellRunner } = await import('../main/probes/powershell-runner.js');
  const { createScenarioExecutor, parseScenario } = await import('../main/probes/scenario-runner.js');
  const scenario = parseScenario(
    readFileSync(
      join(harness.REPO, 'test/fixtures/scenarios/win10-1909-ikev2-connects.scenario.json'),
      'utf8',
    ),
  );
  const standIn = harness.createStandIn();
  const runner = new PowerShellRunner({
    executable: pwsh,
    env: { ...standIn.env('ps1'), HVV_E2E_DEVICE: harness.buildDevice(scenario, standIn) },
    testSessionPreload: harness.PRELOAD,
  });
  const live = createLiveExecutor({ runner, scriptsDir: harness.SCRIPTS_DIR });
  const replay = createScenarioExecutor(scenario);
  const currentStep = new AsyncLocalStorage<StepId>();
  const steps: StepDefinition[] = CONTRACT_STEPS.map((def) => ({
    ...def,
    check: (ctx) => currentStep.run(def.id, () => def.check(ctx)),
  }));
  const spans: ProbeSpan[] = [];
  try {
    const started = performance.now();
    const executor: ProbeExecutor = {
      mode: 'live',
      async run(request, options) {
        const step = currentStep.getStore() ?? null;
        const start = performance.now() - started;
        const result = await (request.probe === 'net.tcp' ? replay : live).run(request, options);
        spans.push({
          step,
          start,
          durationMs: request.probe === 'net.tcp' ? 0 : performance.now() - started - start,
        });
        return result;
      },
    };
    await runChecklist({
      executor,
      inputs: scenario.inputs,
      confirmations: scenario.confirmations,
      now: new Date(scenario.recordedAt),
      allowActions: true,
      steps,
    });
    return { wallMs: performance.now() - started, criticalPathMs: criticalPath(steps, spans) };
  } finally {
    await live.dispose();
    await runner.dispose();
    standIn.cleanup();
  }
}
