/**
 * Runs the checklist: orders steps by their dependencies, runs independent ones concurrently,
 * streams each verdict as it settles and returns them in checklist order. Every way a step can go
 * wrong (no recording, a timeout, output not understood, a bug, the technician cancelling) ends as
 * that step's `error` verdict; nothing here throws for one step's sake.
 */
import {
  ProbeFailure,
  type Confirmations,
  type Evidence,
  type Inputs,
  type ProbeExecutor,
  type ProbeId,
  type ProbeRequest,
  type ProbeResult,
  type StepId,
  type StepResult,
} from '../model.js';
import type {
  DetailMessages,
  EngineConfig,
  StepContext,
  StepDefinition,
  Verdict,
} from './step-definition.js';
import { CHECKLIST } from './checklist.js';
import { DEFAULT_ENGINE_CONFIG } from './endpoints.js';
import { CheckError } from './rules/probe-call.js';
import { isActionProbe } from '../probes.js';
import { CANCELLED_SUMMARY, CancelledError, isCancelled, untilAborted } from '../cancel.js';
import { ENGINE_MESSAGES, ENGINE_REMEDIATION, engineSays, probeFailureMessage } from './engine-messages.js';

export interface RunOptions {
  executor: ProbeExecutor;
  inputs: Inputs;
  confirmations: Confirmations;
  /** "Now" for date rules: the scenario's recordedAt in replay, the clock live. */
  now: Date;
  steps?: readonly StepDefinition[];
  config?: EngineConfig;
  /** Re-run only these steps (and every step depending on them); others keep `previous`. */
  only?: readonly StepId[];
  previous?: readonly StepResult[];
  /**
   * Live only: let steps run probes that change the device (all of them, or only those listed).
   * Replay always runs them, since nothing changes.
   */
  allowActions?: boolean | readonly ProbeId[];
  signal?: AbortSignal;
  /** Steps in flight at once; the live executor bounds its PowerShell sessions separately. */
  concurrency?: number;
  /** Timestamps on results; injectable so tests are deterministic. */
  clock?: () => Date;
  onStepStart?(id: StepId): void;
  onStepResult?(result: StepResult): void;
}

/**
 * Wide enough that the slowest probe chain, not the pool, sets the wall time (issue 7's bench);
 * the live executor's PowerShell pool is what protects the laptop.
 */
export const DEFAULT_CONCURRENCY = 8;

export { CANCELLED_SUMMARY };
export const ACTION_NOT_ALLOWED_SUMMARY = ENGINE_MESSAGES.actionNotAllowed;

class ActionNotAllowed extends Error {
  constructor(readonly probe: ProbeId) {
    super(`${probe} changes the device and was not allowed`);
    this.name = 'ActionNotAllowed';
  }
}

/** Kahn's algorithm, stable on checklist order; a dependency outside `steps` is treated as settled. */
export function orderByDependencies(steps: readonly StepDefinition[]): StepDefinition[] {
  const ids = new Set(steps.map((s) => s.id));
  const done = new Set<StepId>();
  const ordered: StepDefinition[] = [];
  while (ordered.length < steps.length) {
    const next = steps.find((s) => !done.has(s.id) && s.dependsOn.every((d) => done.has(d) || !ids.has(d)));
    if (!next) {
      const stuck = steps.filter((s) => !done.has(s.id)).map((s) => s.id);
      throw new Error(`Steps depend on each other in a cycle: ${stuck.join(', ')}`);
    }
    done.add(next.id);
    ordered.push(next);
  }
  return ordered;
}

/**
 * The steps a run covers: `only`, every step depending on them, and dependencies with no verdict
 * yet. A dependency pulled in only because it has no verdict invalidates nothing (there was no old
 * verdict to decide from), so its other dependents are left alone: confirming a manual step whose
 * dependency was never run must not re-run the VPN connect that shares that dependency.
 */
export function stepsToRun(
  steps: readonly StepDefinition[],
  only: readonly StepId[] | undefined,
  previous: ReadonlyMap<StepId, StepResult>,
): Set<StepId> {
  if (!only) return new Set(steps.map((s) => s.id));
  const chosen = new Set<StepId>(only.filter((id) => steps.some((s) => s.id === id)));
  // A re-run step invalidates what was decided from its old verdict: its dependents, transitively.
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of steps) {
      if (!chosen.has(step.id) && step.dependsOn.some((dep) => chosen.has(dep))) {
        chosen.add(step.id);
        grew = true;
      }
    }
  }
  // What those steps wait on and has no verdict yet runs too, transitively, without its dependents.
  const pending = [...chosen];
  while (pending.length > 0) {
    const id = pending.pop();
    const step = steps.find((s) => s.id === id);
    for (const dep of step?.dependsOn ?? []) {
      if (!chosen.has(dep) && !previous.has(dep) && steps.some((s) => s.id === dep)) {
        chosen.add(dep);
        pending.push(dep);
      }
    }
  }
  return chosen;
}

function createLimiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

function verdictFromError(error: unknown, signal: AbortSignal): Verdict {
  if (isCancelled(error) || signal.aborted) {
    return {
      status: 'error',
      ...engineSays('cancelled'),
      // A flag, not the wording, tells every presenter that nothing went wrong.
      details: { cancelled: true },
      remediation: [ENGINE_REMEDIATION.runAgainWhenReady],
    };
  }
  if (error instanceof ActionNotAllowed || (error instanceof ProbeFailure && error.kind === 'not-allowed')) {
    return { status: 'skip', ...engineSays('actionNotAllowed'), details: { notRun: error.probe } };
  }
  if (error instanceof ProbeFailure) {
    const message = error.message.includes(error.probe) ? error.message : `${error.probe}: ${error.message}`;
    const remediation =
      error.kind === 'not-recorded'
        ? [ENGINE_REMEDIATION.recordAgain]
        : error.kind === 'restricted'
          ? [ENGINE_REMEDIATION.restrictedSignedApp, ENGINE_REMEDIATION.restrictedMeanwhile]
          : [ENGINE_REMEDIATION.checkPowerShell];
    return {
      status: 'error',
      // JSON keeps the runner's English; the reader is told the kind in their language.
      summary: engineSays('couldNotCheck', { reason: message }).summary,
      message: probeFailureMessage(error),
      details: { probe: error.probe, failure: error.kind },
      remediation,
    };
  }
  if (error instanceof CheckError) {
    return {
      status: 'error',
      summary: error.message,
      ...(error.said ? { message: error.said } : {}),
      details: error.details,
      remediation: [ENGINE_REMEDIATION.checkError],
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'error', ...engineSays('failedUnexpectedly', { reason: message }), details: {} };
}

export async function runChecklist(opts: RunOptions): Promise<StepResult[]> {
  const steps = opts.steps ?? CHECKLIST;
  const config = opts.config ?? DEFAULT_ENGINE_CONFIG;
  const signal = opts.signal ?? new AbortController().signal;
  const clock = opts.clock ?? (() => new Date());
  const live = opts.executor.mode === 'live';
  const actionAllowed = (probe: ProbeId): boolean =>
    opts.allowActions === true ||
    (typeof opts.allowActions === 'object' && opts.allowActions.includes(probe));
  const results = new Map<StepId, StepResult>();
  const previous = new Map<StepId, StepResult>((opts.previous ?? []).map((r) => [r.id, r]));
  const toRun = stepsToRun(steps, opts.only, previous);
  for (const [id, result] of previous) if (!toRun.has(id)) results.set(id, result);

  const limit = createLimiter(Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY));
  const settled = new Map<StepId, Promise<void>>();
  const checklistIndex = (id: StepId): number => steps.findIndex((s) => s.id === id);

  const execute = async (def: StepDefinition): Promise<StepResult> => {
    const evidence: Evidence[] = [];
    const startedAt = clock().toISOString();
    const detailMessages: DetailMessages = {};
    const ctx: StepContext = {
      inputs: opts.inputs,
      confirmations: opts.confirmations,
      now: opts.now,
      config,
      signal,
      resultOf: (id) => results.get(id),
      sayDetail: (name, said) => {
        detailMessages[name] = said;
      },
      probe: async (request: ProbeRequest): Promise<ProbeResult> => {
        if (live && isActionProbe(request.probe) && !actionAllowed(request.probe)) {
          throw new ActionNotAllowed(request.probe);
        }
        try {
          const result = await opts.executor.run(request, { signal });
          evidence.push({ probe: request.probe, args: request.args, result });
          return result;
        } catch (error) {
          const failure = error instanceof Error ? error.message : String(error);
          // The kind lets screens and reports say why in the reader's language (issue 19).
          const kind = error instanceof ProbeFailure ? { failureKind: error.kind } : {};
          evidence.push({ probe: request.probe, args: request.args, result: null, failure, ...kind });
          throw error;
        }
      },
    };
    let verdict: Verdict;
    if (signal.aborted) {
      verdict = verdictFromError(new CancelledError(), signal);
    } else {
      opts.onStepStart?.(def.id);
      try {
        verdict = await untilAborted(def.check(ctx), signal);
      } catch (error) {
        verdict = verdictFromError(error, signal);
      }
    }
    return {
      id: def.id,
      stage: def.stage,
      status: verdict.status,
      summary: verdict.summary,
      ...(verdict.message ? { message: verdict.message } : {}),
      details: verdict.details ?? {},
      remediation: verdict.remediation ?? [...(def.remediation[verdict.status] ?? [])],
      ...(verdict.remediation && verdict.remediationMessages
        ? { remediationMessages: verdict.remediationMessages }
        : {}),
      ...(verdict.detailMessages || Object.keys(detailMessages).length > 0
        ? { detailMessages: { ...detailMessages, ...verdict.detailMessages } }
        : {}),
      evidence: [...evidence],
      startedAt,
      finishedAt: clock().toISOString(),
    };
  };

  for (const def of orderByDependencies(steps.filter((s) => toRun.has(s.id)))) {
    const waitFor = def.dependsOn
      .map((d) => settled.get(d))
      .filter((p): p is Promise<void> => p !== undefined);
    if (live && def.kind === 'action') {
      // Live, an action waits for every earlier step: read-only checks describe the device as it
      // was before the VPN came up or the update went in.
      for (const [id, done] of settled) if (checklistIndex(id) < checklistIndex(def.id)) waitFor.push(done);
    }
    settled.set(
      def.id,
      Promise.all(waitFor).then(async () => {
        const result = await limit(() => execute(def));
        results.set(def.id, result);
        opts.onStepResult?.(result);
      }),
    );
  }
  await Promise.all(settled.values());
  return steps.map((s) => results.get(s.id)).filter((r): r is StepResult => r !== undefined);
}
