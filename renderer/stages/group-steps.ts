import type { Stage } from '../../common/model.js';
import { STAGES } from '../../common/vocabulary.js';
import type { SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';
import type { StageGroup } from './stage-rail.js';

/** The session's steps grouped by stage, in the procedure's order; stages with no steps are left out. */
export function groupSteps(snapshot: SessionSnapshot, checklist: readonly StepInfo[]): StageGroup[] {
  const byStage = new Map<Stage, StageGroup>();
  for (const state of snapshot.steps) {
    const stage = state.result?.stage ?? checklist.find((s) => s.id === state.id)?.stage;
    if (!stage) continue;
    const group = byStage.get(stage) ?? { stage, steps: [] };
    group.steps.push(state);
    byStage.set(stage, group);
  }
  return STAGES.flatMap((stage) => {
    const group = byStage.get(stage);
    return group ? [group] : [];
  });
}
