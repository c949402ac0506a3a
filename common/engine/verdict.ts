/**
 * The answer to the technician's real question, "is this device ready?" (contract v1.1 §4),
 * computed once here and used by every face: hvv-run/1, batches, reports, sessions and the UI.
 */
import type { StepId, StepResult } from '../model.js';

import { CONTRACT_STEP_IDS as CONTRACT_IDS, OPTIONAL_STEP_DEPENDS_ON, VERDICTS } from '../vocabulary.js';

export { VERDICTS };
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictOutcome {
  verdict: Verdict;
  /** The ids of the steps that decided it, in checklist order. */
  verdictReasons: StepId[];
}

/** The 14 steps contract v1 defines; every other step is an optional extension. */
const CONTRACT_STEP_IDS: ReadonlySet<StepId> = new Set(CONTRACT_IDS);

type Judged = Pick<StepResult, 'id' | 'status' | 'details'>;

/** The step was replayed from a recording that holds nothing for it (an older recording). */
function isNotRecorded(result: Pick<StepResult, 'details'>): boolean {
  return result.details['reason'] === 'not-recorded';
}

/**
 * A result that says nothing about the device: the step was skipped (it does not apply), or the
 * recording holds nothing for it. For the verdict such an optional step does not count; on the
 * report's page one it is left off unless it is a contract step. No result yet says something
 * (not checked), so it is not "nothing".
 */
export function saysNothing(result: Pick<StepResult, 'status' | 'details'> | null | undefined): boolean {
  return result != null && (result.status === 'skip' || isNotRecorded(result));
}

/**
 * An optional (tenant) step that could not be tried for want of tenant access proves nothing
 * either way: blocked for a sign-in, or replayed from a recording that holds no tenant data.
 */
function waitsOnlyForTenantAccess(step: Judged): boolean {
  return step.details['action'] === 'sign-in' || isNotRecorded(step);
}

function isUnproven(step: Judged, uncounted: ReadonlySet<StepId>): boolean {
  if (step.status !== 'blocked' && step.status !== 'manual') return false;
  if (CONTRACT_STEP_IDS.has(step.id)) return true;
  if (step.status === 'blocked' && waitsOnlyForTenantAccess(step)) return false;
  // Blocked only behind an optional step that itself does not count (tenant-profile behind an
  // unrecorded registration): the same want of tenant access, one step removed.
  const deps = OPTIONAL_STEP_DEPENDS_ON[step.id] ?? [];
  return !(step.status === 'blocked' && deps.length > 0 && deps.every((d) => uncounted.has(d as StepId)));
}

/**
 * `steps` are the steps the run was asked for, in checklist order (steps left out with `--only`
 * must not be passed). not-ready: any fail or error; else incomplete: any blocked or manual; else
 * ready.
 */
export function decideVerdict(steps: readonly Judged[]): VerdictOutcome {
  const failing = steps.filter((s) => s.status === 'fail' || s.status === 'error').map((s) => s.id);
  if (failing.length > 0) return { verdict: 'not-ready', verdictReasons: failing };
  const uncounted = new Set<StepId>();
  const unproven: StepId[] = [];
  for (const step of steps) {
    if (isUnproven(step, uncounted)) unproven.push(step.id);
    else if (step.status === 'blocked') uncounted.add(step.id);
  }
  if (unproven.length > 0) return { verdict: 'incomplete', verdictReasons: unproven };
  return { verdict: 'ready', verdictReasons: [] };
}

/** A session's step as the verdict reads it: a step with no result yet has not been checked. */
export interface SessionStepLike {
  id: StepId;
  result: Judged | null;
}

/**
 * A session (the app, a report) holds every step of the checklist, some maybe not run yet. A
 * contract step with no result proves nothing, so it keeps the session incomplete (reason: that
 * step); an optional step never run does not count, as in a headless run.
 */
export function decideSessionVerdict(steps: readonly SessionStepLike[]): VerdictOutcome {
  const judged = steps.flatMap((s): Judged[] => {
    if (s.result) return [{ id: s.id, status: s.result.status, details: s.result.details }];
    return CONTRACT_STEP_IDS.has(s.id) ? [{ id: s.id, status: 'manual', details: {} }] : [];
  });
  return decideVerdict(judged);
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
