/** The run as the headless contract prints it (contract §4, format hvv-run/1). */
import { STEP_STATUSES, type StatusCounts, type StepId, type StepResult } from '../model.js';
import { decideVerdict, type Verdict } from './verdict.js';

export const RUN_FORMAT = 'hvv-run/1';

export interface RunDocumentStep {
  id: StepResult['id'];
  stage: StepResult['stage'];
  status: StepResult['status'];
  summary: string;
  details: Record<string, unknown>;
  remediation: string[];
}

export interface RunDocument {
  format: typeof RUN_FORMAT;
  title: string;
  steps: RunDocumentStep[];
  counts: StatusCounts;
  /** Contract v1.1: ready / not-ready / incomplete, and the ids of the steps that decided it. */
  verdict: Verdict;
  verdictReasons: StepId[];
}

export function countStatuses(results: readonly Pick<StepResult, 'status'>[]): StatusCounts {
  const counts = Object.fromEntries(STEP_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * `only`: the steps the run was asked for (`--only`). The dependencies it ran on the way are in
 * `steps` and `counts` but do not decide the verdict (contract §4).
 */
export function toRunDocument(
  title: string,
  results: readonly StepResult[],
  only?: readonly StepId[],
): RunDocument {
  const judged = only ? results.filter((r) => only.includes(r.id)) : results;
  return {
    format: RUN_FORMAT,
    title,
    steps: results.map((r) => ({
      id: r.id,
      stage: r.stage,
      status: r.status,
      summary: r.summary,
      details: r.details,
      remediation: r.remediation,
    })),
    counts: countStatuses(results),
    ...decideVerdict(judged),
  };
}

/**
 * v1's rule, kept for the per-step golden expectations: 0 when nothing failed or errored. The
 * process exit code is verdictExitCode(doc.verdict) (contract v1.1 §4).
 */
export function runExitCode(results: readonly Pick<StepResult, 'status'>[]): 0 | 1 {
  return results.some((r) => r.status === 'fail' || r.status === 'error') ? 1 : 0;
}
