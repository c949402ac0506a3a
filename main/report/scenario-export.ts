/**
 * A session exported as a contract `hvv-scenario/1` recording, so a support engineer replays the
 * technician's device on their own desk. The probes come from the steps' evidence, in checklist
 * order; a probe read by several steps (vpn.connections) is kept once.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  ProbeIdSchema,
  SCENARIO_FORMAT,
  type ProbeId,
  type RecordedProbe,
  type Scenario,
} from '../../common/model.js';
import type { SessionSnapshot } from '../../common/ipc/contract.js';

export function recordedProbes(snapshot: SessionSnapshot): RecordedProbe[] {
  const probes: RecordedProbe[] = [];
  for (const step of snapshot.steps) {
    for (const e of step.result?.evidence ?? []) {
      // A probe that produced no result (not recorded, cancelled) has nothing to replay.
      if (!e.result) continue;
      const entry: RecordedProbe = { probe: e.probe, args: { ...e.args }, result: { ...e.result } };
      if (!probes.some((p) => isDeepStrictEqual(p, entry))) probes.push(entry);
    }
  }
  return probes;
}

/** Actions the session left unrun (`details.notRun`), so the replay leaves them unrun too. */
function actionsNotRun(snapshot: SessionSnapshot): ProbeId[] {
  return snapshot.steps.flatMap((step) => {
    const probe = ProbeIdSchema.safeParse(step.result?.details.notRun);
    return step.result?.status === 'skip' && probe.success ? [probe.data] : [];
  });
}

export function scenarioFromSnapshot(snapshot: SessionSnapshot): Scenario {
  const notRun = actionsNotRun(snapshot);
  const confirmations: Scenario['confirmations'] = {};
  for (const [id, c] of Object.entries(snapshot.confirmations)) confirmations[id] = { ...c };
  return {
    format: SCENARIO_FORMAT,
    title: snapshot.title,
    recordedAt: snapshot.recordedAt ?? snapshot.createdAt,
    inputs: { ...snapshot.inputs },
    confirmations,
    probes: recordedProbes(snapshot),
    ...(notRun.length > 0 ? { actionsNotRun: notRun } : {}),
  };
}
