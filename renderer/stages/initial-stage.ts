/**
 * Which stage the checklist opens on. A new validation opens where its procedure starts; a
 * recording or a past validation opens on the first stage with something to look at, since its
 * results are already there.
 */
import type { Stage, StepStatus } from '../../common/model.js';
import type { SessionSnapshot, StepInfo, ValidationType } from '../../common/ipc/contract.js';
import { STAGES } from '../../common/vocabulary.js';
import { decideSessionVerdict } from '../../common/engine/verdict.js';

export const FIRST_STAGE: Record<ValidationType, Stage> = {
  'on-network': 'Requirements',
  'off-network': 'Off-network sign-in',
  'oobe-update': 'Cumulative update',
};

const SETTLED: ReadonlySet<StepStatus> = new Set(['pass', 'skip']);

function stageOf(checklist: readonly StepInfo[], id: string): Stage | null {
  return checklist.find((s) => s.id === id)?.stage ?? null;
}

export function initialStage(snapshot: SessionSnapshot, checklist: readonly StepInfo[]): Stage | null {
  const present = new Set(snapshot.steps.flatMap((s) => s.result?.stage ?? stageOf(checklist, s.id) ?? []));
  if (snapshot.mode === 'replay' || snapshot.readOnly) {
    for (const stage of STAGES) {
      const needsLook = snapshot.steps.some(
        (s) =>
          s.result && !SETTLED.has(s.result.status) && (s.result.stage ?? stageOf(checklist, s.id)) === stage,
      );
      if (needsLook) return stage;
    }
  }
  const wanted = FIRST_STAGE[snapshot.validationType];
  if (present.has(wanted)) return wanted;
  return STAGES.find((stage) => present.has(stage)) ?? null;
}

/**
 * Where the checklist lands after "Run all checks": the stage of the first step that decided the
 * verdict (the banner names the same step), else the first stage with a warning; null when
 * everything passed and the technician's own choice should stand.
 */
export function stageNeedingAttention(
  snapshot: SessionSnapshot,
  checklist: readonly StepInfo[],
): Stage | null {
  const [first] = decideSessionVerdict(snapshot.steps).verdictReasons;
  const warned = snapshot.steps.find((s) => s.result?.status === 'warn')?.id;
  const id = first ?? warned;
  if (!id) return null;
  return snapshot.steps.find((s) => s.id === id)?.result?.stage ?? stageOf(checklist, id);
}
