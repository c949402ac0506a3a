/**
 * The JSON report (`hvv-report/1`, docs/SESSIONS-AND-REPORTS.md): everything in the HTML report,
 * for tools. Its `title`, `steps` and `counts` read exactly like the headless `hvv-run/1` document,
 * so a script written for `hvv run --json` reads a report unchanged.
 */
import type { StatusCounts } from '../../common/model.js';
import { toRunDocument, type RunDocumentStep } from '../../common/engine/summary.js';
import { decideSessionVerdict, type Verdict } from '../../common/engine/verdict.js';
import type { StepId } from '../../common/model.js';
import type { SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';
import type { ReportMeta } from '../services.js';
import { reportSteps } from './report-model.js';

export const REPORT_FORMAT = 'hvv-report/1';

export interface JsonReportStep extends RunDocumentStep {
  title: string;
  kind: StepInfo['kind'] | null;
  startedAt: string | null;
  finishedAt: string | null;
  confirmation: SessionSnapshot['confirmations'][string] | null;
  evidence: NonNullable<SessionSnapshot['steps'][number]['result']>['evidence'];
}

export interface JsonReport {
  format: typeof REPORT_FORMAT;
  title: string;
  generatedAt: string;
  appVersion: string;
  redacted: boolean;
  session: Pick<
    SessionSnapshot,
    'id' | 'mode' | 'validationType' | 'createdAt' | 'updatedAt' | 'recordedAt' | 'device' | 'inputs'
  > & { signOff: SessionSnapshot['signOff'] | null };
  steps: JsonReportStep[];
  /** Steps of the checklist with no result in this session. */
  notRun: string[];
  counts: StatusCounts;
  /**
   * Contract v1.1 §4, judged over the whole session: a checklist step not run yet keeps it
   * incomplete (unlike hvv-run/1, whose --only leaves steps out on purpose).
   */
  verdict: Verdict;
  verdictReasons: StepId[];
}

export function buildJsonReport(
  snapshot: SessionSnapshot,
  checklist: readonly StepInfo[],
  meta: ReportMeta,
  redacted: boolean,
): JsonReport {
  const steps = reportSteps(snapshot, checklist);
  const withResults = steps.flatMap((s) => (s.result ? [{ step: s, result: s.result }] : []));
  const run = toRunDocument(
    snapshot.title,
    withResults.map((s) => s.result),
  );
  return {
    format: REPORT_FORMAT,
    title: run.title,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    redacted,
    session: {
      id: snapshot.id,
      mode: snapshot.mode,
      validationType: snapshot.validationType,
      createdAt: snapshot.createdAt,
      updatedAt: snapshot.updatedAt,
      recordedAt: snapshot.recordedAt,
      device: snapshot.device,
      inputs: snapshot.inputs,
      signOff: snapshot.signOff ?? null,
    },
    steps: run.steps.map((runStep, i) => {
      const { step, result } = withResults[i] as (typeof withResults)[number];
      return {
        ...runStep,
        title: step.title,
        kind: step.kind,
        startedAt: result.startedAt ?? null,
        finishedAt: result.finishedAt ?? null,
        confirmation: step.confirmation,
        evidence: result.evidence,
      };
    }),
    notRun: steps.filter((s) => !s.result).map((s) => s.id),
    counts: run.counts,
    ...decideSessionVerdict(steps.map((s) => ({ id: s.id, result: s.result }))),
  };
}
