/** Pure helpers over the checklist for the session controller. */
import type { StepState } from '../../common/ipc/contract.js';
import type { StepResult } from '../../common/model.js';
import type { StepDefinition } from '../../common/engine/step-definition.js';

export const CANCELLED_BY_TECHNICIAN =
  'Cancelled by the technician before it finished; run it again when ready.';

export function idleSteps(checklist: readonly StepDefinition[]): StepState[] {
  return checklist.map((d) => ({ id: d.id, phase: 'idle', result: null, runningSince: null }));
}

/** What a step shows when the technician cancelled it before the engine answered. */
export function cancelledResult(def: StepDefinition, at: string): StepResult {
  return {
    id: def.id,
    stage: def.stage,
    status: 'error',
    summary: CANCELLED_BY_TECHNICIAN,
    details: { cancelled: true },
    remediation: [],
    evidence: [],
    finishedAt: at,
  };
}

/**
 * The engine's own verdict for a cancelled step, flagged the same way as cancelledResult so the
 * screen can show "Cancelled" rather than an error: nothing went wrong, the technician stopped it.
 * Its evidence is kept (what the step did before the cancel). Still `error`, as the contract counts it.
 */
export function asCancelled(result: StepResult): StepResult {
  return {
    ...result,
    status: 'error',
    summary: CANCELLED_BY_TECHNICIAN,
    details: { ...result.details, cancelled: true },
    remediation: [],
  };
}
