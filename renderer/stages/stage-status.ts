/**
 * A stage's headline in the rail: the most urgent thing inside it, so a glance down the rail
 * finds the problem. Presentation only — each step's verdict comes from main.
 */
import type { StepInfo, StepState } from '../../common/ipc/contract.js';
import { shownOf, type Shown } from '../steps/status.js';

const URGENCY: readonly Shown[] = [
  'running',
  'queued',
  'error',
  'fail',
  // Above blocked: what is blocked in a stage usually waits on the action that was cancelled or
  // not run yet, and that action is what the technician has to do next.
  'cancelled',
  'not-run',
  'blocked',
  'warn',
  'manual',
  'idle',
  'pass',
  'skip',
];

export function stageShown(steps: readonly StepState[], checklist: readonly StepInfo[]): Shown {
  const shown = new Set(steps.map((s) => shownOf(s, checklist.find((c) => c.id === s.id)?.kind)));
  if (shown.size === 0) return 'idle';
  // A stage with some passes and some not-yet-run steps is not done: "Not run yet" outranks "Passed".
  for (const s of URGENCY) if (shown.has(s)) return s;
  return 'idle';
}
