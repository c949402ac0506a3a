/**
 * Records every probe a live run answers, so `hvv record` and the app's "export as scenario" write
 * a file that replays to the same verdicts elsewhere (contract §2).
 */
import {
  SCENARIO_FORMAT,
  type Confirmations,
  type Inputs,
  type ProbeExecutor,
  type ProbeId,
  type RecordedProbe,
  type Scenario,
} from '../model.js';

export function createRecordingExecutor(inner: ProbeExecutor): {
  executor: ProbeExecutor;
  recorded(): RecordedProbe[];
} {
  const entries: RecordedProbe[] = [];
  const executor: ProbeExecutor = {
    mode: inner.mode,
    async run(request, options) {
      const result = await inner.run(request, options);
      // Copies, so a caller mutating its request or result cannot rewrite history.
      entries.push({ probe: request.probe, args: { ...request.args }, result: { ...result } });
      return result;
    },
  };
  return {
    executor,
    recorded: () => entries.map((e) => ({ ...e, args: { ...e.args }, result: { ...e.result } })),
  };
}

export interface ScenarioMeta {
  title: string;
  recordedAt: Date;
  inputs: Inputs;
  confirmations: Confirmations;
  /** Actions the run was not allowed to take; the replay must not take them either. */
  actionsNotRun?: readonly ProbeId[];
}

export function toScenario(meta: ScenarioMeta, probes: readonly RecordedProbe[]): Scenario {
  const confirmations: Scenario['confirmations'] = {};
  for (const [id, c] of Object.entries(meta.confirmations)) if (c) confirmations[id] = c;
  return {
    format: SCENARIO_FORMAT,
    title: meta.title,
    recordedAt: meta.recordedAt.toISOString(),
    inputs: { ...meta.inputs },
    confirmations,
    probes: [...probes],
    ...(meta.actionsNotRun && meta.actionsNotRun.length > 0
      ? { actionsNotRun: [...meta.actionsNotRun] }
      : {}),
  };
}
