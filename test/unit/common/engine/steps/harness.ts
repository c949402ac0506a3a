/**
 * Runs one step the way the scheduler does, fed by scenario-style probe entries, so each rule is
 * tested through the same path a recorded device takes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Confirmations,
  Inputs,
  ProbeArgs,
  ProbeResult,
  StepResult,
} from '../../../../../common/model.js';
import type { EngineConfig, StepDefinition } from '../../../../../common/engine/step-definition.js';
import { runChecklist } from '../../../../../common/engine/run.js';
import { createScenarioExecutor } from '../../../../../main/probes/scenario-runner.js';
import { NATIVE_FIXTURES } from '../../../../paths.js';

export const RECORDED_AT = '2026-11-24T10:15:00Z';

export interface Entry {
  probe: string;
  args?: ProbeArgs;
  result: ProbeResult;
}

export function text(stdout: string, exitCode = 0, extra: Partial<ProbeResult> = {}): ProbeResult {
  return { exitCode, stdout, stderr: '', durationMs: 100, timedOut: false, ...extra };
}

export function json(value: unknown, exitCode = 0): ProbeResult {
  return text(JSON.stringify(value), exitCode);
}

export function timedOut(ms = 30000): ProbeResult {
  return { exitCode: -1, stdout: '', stderr: '', durationMs: ms, timedOut: true };
}

export function native(path: string): string {
  return readFileSync(join(NATIVE_FIXTURES, path), 'utf8');
}

/** A settled earlier step, as `resultOf` would see it. */
export function settled(
  id: StepResult['id'],
  status: StepResult['status'],
  details: Record<string, unknown> = {},
): StepResult {
  return {
    id,
    stage: 'Requirements',
    status,
    summary: `${id} ${status}`,
    details,
    remediation: [],
    evidence: [],
  };
}

export interface StepRun {
  probes?: Entry[];
  inputs?: Inputs;
  confirmations?: Confirmations;
  previous?: StepResult[];
  now?: string;
  config?: EngineConfig;
}

export async function runStep(def: StepDefinition, run: StepRun = {}): Promise<StepResult> {
  const executor = createScenarioExecutor({
    format: 'hvv-scenario/1',
    title: 'unit',
    recordedAt: run.now ?? RECORDED_AT,
    inputs: run.inputs ?? {},
    confirmations: {},
    probes: (run.probes ?? []).map((p) => ({ probe: p.probe, args: p.args ?? {}, result: p.result })),
  });
  const [result] = await runChecklist({
    executor,
    steps: [def],
    inputs: run.inputs ?? {},
    confirmations: run.confirmations ?? {},
    now: new Date(run.now ?? RECORDED_AT),
    previous: run.previous,
    config: run.config,
  }).then((results) => results.filter((r) => r.id === def.id));
  if (!result) throw new Error(`no result for ${def.id}`);
  return result;
}
