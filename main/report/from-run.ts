/**
 * A headless run (`hvv run --report`) as a session snapshot, so it renders through exactly the same
 * report code as a session from the app.
 */
import type { Confirmations, Inputs, StepResult } from '../../common/model.js';
import type { DeviceIdentity, SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';

export interface CompletedRunInput {
  title: string;
  results: readonly StepResult[];
  inputs: Inputs;
  confirmations: Confirmations;
  /** The scenario's recordedAt for a replay; null for a live run. */
  recordedAt: string | null;
  mode?: SessionSnapshot['mode'];
  device?: DeviceIdentity | null;
  validationType?: SessionSnapshot['validationType'];
  /** When the run happened; defaults to the earliest step start (else recordedAt, else now). */
  createdAt?: string;
  id?: string;
}

function extreme(dates: readonly (string | undefined)[], pick: 'min' | 'max'): string | undefined {
  const known = dates.filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)));
  if (known.length === 0) return undefined;
  return known.reduce((a, b) => (Date.parse(b) < Date.parse(a) === (pick === 'min') ? b : a));
}

export function snapshotFromRun(run: CompletedRunInput, checklist: readonly StepInfo[]): SessionSnapshot {
  const createdAt =
    run.createdAt ??
    extreme(
      run.results.map((r) => r.startedAt),
      'min',
    ) ??
    run.recordedAt ??
    new Date().toISOString();
  const updatedAt =
    extreme(
      run.results.map((r) => r.finishedAt),
      'max',
    ) ?? createdAt;
  const byId = new Map(run.results.map((r) => [r.id, r]));
  const ids = [...checklist.map((c) => c.id), ...run.results.map((r) => r.id)].filter(
    (id, i, all) => all.indexOf(id) === i,
  );
  const confirmations: SessionSnapshot['confirmations'] = {};
  for (const [id, c] of Object.entries(run.confirmations)) if (c) confirmations[id] = c;
  return {
    id: run.id ?? `run-${createdAt.replace(/\D/g, '').slice(0, 14) || 'headless'}`,
    mode: run.mode ?? (run.recordedAt ? 'replay' : 'live'),
    title: run.title,
    validationType: run.validationType ?? 'on-network',
    inputs: { ...run.inputs },
    confirmations,
    device: run.device ?? null,
    createdAt,
    updatedAt,
    recordedAt: run.recordedAt,
    readOnly: true,
    steps: ids.map((id) => ({
      id,
      phase: byId.has(id) ? 'done' : 'idle',
      result: byId.get(id) ?? null,
      runningSince: null,
    })),
  };
}
