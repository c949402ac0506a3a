/**
 * How a step's state reads on screen. Every status has an icon, a word and a colour class, so
 * colour is never the only signal (a technician may be colour-blind or on a washed-out screen).
 */
import { i18n } from '../i18n/i18n.js';
import type { StepResult, StepStatus } from '../../common/model.js';
import type { StepState } from '../../common/ipc/contract.js';
import { isCancelled } from '../../common/cancel.js';

/** Queued or running: the step has been asked for and has not answered yet. */
export function isActive(state: Pick<StepState, 'phase'>): boolean {
  return state.phase === 'running' || state.phase === 'queued';
}

/**
 * `cancelled`: an `error` result main flagged with details.cancelled (the technician stopped it).
 * `not-run`: a live action "Run all checks" left alone (engine status `skip`, details.notRun): it
 * waits for its own button, which is not a skip the technician should worry about.
 */
export type Shown = StepStatus | 'idle' | 'queued' | 'running' | 'cancelled' | 'not-run';

export const SHOWN_LABEL: Record<Shown, { icon: string; text: string }> = {
  pass: { icon: '✓', text: 'Passed' },
  warn: { icon: '!', text: 'Warning' },
  fail: { icon: '✕', text: 'Failed' },
  manual: { icon: '☐', text: 'Waiting for you' },
  blocked: { icon: '⊘', text: 'Blocked' },
  skip: { icon: '–', text: 'Skipped' },
  error: { icon: '⚠', text: 'Error' },
  idle: { icon: '○', text: 'Not run yet' },
  'not-run': { icon: '○', text: 'Not run yet' },
  cancelled: { icon: '■', text: 'Cancelled' },
  queued: { icon: '…', text: 'Queued' },
  running: { icon: '◌', text: 'Running' },
};

export { isCancelled };

/** The status word in the technician's language (SHOWN_LABEL has the English and the icon). */
export function shownText(shown: Shown): string {
  return i18n.t(`status.${shown}`);
}

/**
 * The engine marks an action it was not allowed to run with details.notRun (the probe it held
 * back, or true). Only actions: a check is never held back.
 */
export function isActionNotRun(result: StepResult | null, kind?: 'check' | 'action' | 'manual'): boolean {
  if (kind !== 'action' || result?.status !== 'skip') return false;
  const flag = result.details['notRun'];
  return flag === true || (typeof flag === 'string' && flag !== '');
}

/** A manual step with no verdict yet is waiting for the technician, not "not run". */
export function shownOf(state: StepState, kind?: 'check' | 'action' | 'manual'): Shown {
  if (state.phase === 'running') return 'running';
  if (state.phase === 'queued') return 'queued';
  if (isCancelled(state.result)) return 'cancelled';
  if (isActionNotRun(state.result, kind)) return 'not-run';
  return state.result?.status ?? (kind === 'manual' ? 'manual' : 'idle');
}

/** Plural words for the counts line ("9 passed · 1 warning"). */
export const COUNT_WORDS: Record<StepStatus, [string, string]> = {
  pass: ['passed', 'passed'],
  warn: ['warning', 'warnings'],
  fail: ['failed', 'failed'],
  manual: ['waiting for you', 'waiting for you'],
  blocked: ['blocked', 'blocked'],
  skip: ['skipped', 'skipped'],
  error: ['error', 'errors'],
};

export const NEEDS_ATTENTION: ReadonlySet<StepStatus> = new Set(['fail', 'warn', 'error', 'blocked']);
