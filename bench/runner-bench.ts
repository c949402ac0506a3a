/**
 * Per-invocation overhead of the real node-powershell adapter (main/probes/powershell-runner.ts)
 * against the fake PowerShell executable: one persistent session reused for every probe, against
 * a fresh process per probe (what a script calling `powershell.exe -Command` per check pays).
 */
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';
import { type RunnerFigures, describeError } from './results.js';

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

export async function runnerFigures(invocations: number): Promise<RunnerFigures> {
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
