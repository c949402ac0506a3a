/**
 * The answer to the technician's real question, "is this device ready?" (contract v1.1 §4),
 * computed once here and used by every face: hvv-run/1, batches, reports, sessions and the UI.
 */
import type { StepId, StepResult } from '../model.js';
import { CONTRACT_STEPS } from './checklist.js';

export const VERDICTS = ['ready', 'not-ready', 'incomplete'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictOutcome {
  verdict: Verdict;
  /** The ids of the steps that decided it, in checklist order. */
  verdictReasons: StepId[];
}

/** The 14 steps contract v1 defines; every other step is an optional extension. */
const CONTRACT_STEP_IDS: ReadonlySet<StepId> = new Set(CONTRACT_STEPS.map((step) => step.id));

type Judged = Pick<StepResult, 'id' | 'status' | 'details'>;

/** An optional step blocked only because nobody signed in to the tenant proves nothing either way. */
function waitsOnlyForSignIn(step: Judged): boolean {
  return step.status === 'blocked' && step.details['action'] === 'sign-in';
}

function isUnproven(step: Judged): boolean {
  if (step.status !== 'blocked' && step.status !== 'manual') return false;
  return CONTRACT_STEP_IDS.has(step.id) || !waitsOnlyForSignIn(step);
}

/**
 * `steps` are the steps the run was asked for, in checklist order (steps left out with `--only`
 * must not be passed). not-ready: any fail or error; else incomplete: any blocked or manual; else
 * ready.
 */
export function decideVerdict(steps: readonly Judged[]): VerdictOutcome {
  const failing = steps.filter((s) => s.status === 'fail' || s.status === 'error').map((s) => s.id);
  if (failing.length > 0) return { verdict: 'not-ready', verdictReasons: failing };
  const unproven = steps.filter(isUnproven).map((s) => s.id);
  if (unproven.length > 0) return { verdict: 'incomplete', verdictReasons: unproven };
  return { verdict: 'ready', verdictReasons: [] };
}

/** Contract §4 exit codes: 0 ready, 1 not-ready, 3 incomplete. */
export function verdictExitCode(verdict: Verdict): 0 | 1 | 3 {
  return verdict === 'ready' ? 0 : verdict === 'not-ready' ? 1 : 3;
}

/** A batch exits with the worst of its runs: 1 over 3 over 0. */
export function worstExitCode(codes: readonly number[]): number {
  if (codes.includes(1)) return 1;
  if (codes.includes(3)) return 3;
  return codes.find((c) => c !== 0) ?? 0;
}
