/**
 * The session arranged the way every report format reads it: the checklist in order, grouped by
 * the procedure's stages, each step with its checklist entry, latest result and confirmation.
 */
import { STAGES, type Confirmation, type Stage, type StepId, type StepResult } from '../../common/model.js';
import type { SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';

export interface ReportStep {
  id: StepId;
  stage: Stage;
  title: string;
  kind: StepInfo['kind'] | null;
  result: StepResult | null;
  confirmation: Confirmation | null;
}

export interface ReportStage {
  stage: Stage;
  steps: ReportStep[];
}

export function reportSteps(snapshot: SessionSnapshot, checklist: readonly StepInfo[]): ReportStep[] {
  const states = new Map(snapshot.steps.map((s) => [s.id, s]));
  const ids: StepId[] = checklist.map((c) => c.id);
  // Steps the session holds but this build's checklist lacks (an older or newer app) still appear.
  for (const s of snapshot.steps) if (!ids.includes(s.id)) ids.push(s.id);
  return ids.map((id) => {
    const info = checklist.find((c) => c.id === id);
    const result = states.get(id)?.result ?? null;
    return {
      id,
      stage: info?.stage ?? result?.stage ?? 'Requirements',
      title: info?.title ?? id,
      kind: info?.kind ?? null,
      result,
      confirmation: snapshot.confirmations[id] ?? null,
    };
  });
}

export function byStage(steps: readonly ReportStep[]): ReportStage[] {
  return STAGES.map((stage) => ({ stage, steps: steps.filter((s) => s.stage === stage) })).filter(
    (group) => group.steps.length > 0,
  );
}
