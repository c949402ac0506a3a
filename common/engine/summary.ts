/** The run as the headless contract prints it (contract §4, format hvv-run/1). */
import { STEP_STATUSES, type StatusCounts, type StepResult } from '../model.js';

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
}

export function countStatuses(results: readonly Pick<StepResult, 'status'>[]): StatusCounts {
  const counts = Object.fromEntries(STEP_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

export function toRunDocument(title: string, results: readonly StepResult[]): RunDocument {
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
  };
}

/** 0 when nothing failed or errored; `manual`, `blocked` and `skip` do not fail a run. */
export function runExitCode(results: readonly Pick<StepResult, 'status'>[]): 0 | 1 {
  return results.some((r) => r.status === 'fail' || r.status === 'error') ? 1 : 0;
}
