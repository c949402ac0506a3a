import { i18n } from '../i18n/i18n.js';
import type { StepStatus } from '../../common/model.js';
import { STEP_STATUSES } from '../../common/vocabulary.js';
import type { StepState } from '../../common/ipc/contract.js';
import { isActionNotRun, isCancelled } from './status.js';

export function countResults(steps: readonly StepState[]): Record<StepStatus, number> {
  const counts = Object.fromEntries(STEP_STATUSES.map((s) => [s, 0])) as Record<StepStatus, number>;
  for (const step of steps) if (step.result) counts[step.result.status] += 1;
  return counts;
}

/**
 * "9 passed · 1 warning · 2 waiting for you"; "No results yet" before the first run. Read as the
 * steps show: a cancelled step says "cancelled" and an action Run all left alone is "not run yet"
 * (the exported report keeps the contract's counts).
 */
/** "3 passed", "1 failed", … for each status that has any, in the contract's order. */
export function countWords(counts: Partial<Record<StepStatus, number>>): string[] {
  return STEP_STATUSES.filter((s) => (counts[s] ?? 0) > 0).map((s) => {
    const n = counts[s] ?? 0;
    return i18n.t(`count.${s}`, { count: n });
  });
}

export function countsLine(steps: readonly StepState[]): string {
  const cancelled = steps.filter((s) => isCancelled(s.result));
  const heldBack = steps.filter((s) => isActionNotRun(s.result, 'action'));
  const counts = countResults(steps.filter((s) => !cancelled.includes(s) && !heldBack.includes(s)));
  const parts = countWords(counts);
  if (cancelled.length > 0) parts.push(i18n.t('count.cancelled', { count: cancelled.length }));
  const notRun = steps.filter((s) => !s.result).length + heldBack.length;
  if (notRun > 0) parts.push(i18n.t('count.notRun', { count: notRun }));
  return parts.length > 0 ? parts.join(' · ') : i18n.t('count.noSteps');
}
