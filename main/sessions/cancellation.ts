/**
 * Cancelling one step out of a concurrent run. The engine takes a single signal for the whole run,
 * so the controller wraps the executor: a probe is aborted when every running step that reads it
 * was cancelled. Whatever the inner executor does with signals, a cancelled probe rejects at once
 * with a `cancelled` ProbeFailure, so the UI never waits on a hung rasdial.
 */
import { ProbeFailure, type ProbeExecutor, type StepId } from '../../common/model.js';
import type { StepDefinition } from '../../common/engine/step-definition.js';
import { untilAborted } from '../../common/cancel.js';

export interface StepCancellation {
  isRunning(id: StepId): boolean;
  signalOf(id: StepId): AbortSignal | undefined;
}

export function createCancellableExecutor(
  inner: ProbeExecutor,
  checklist: readonly StepDefinition[],
  steps: StepCancellation,
): ProbeExecutor {
  return {
    mode: inner.mode,
    run(request, options = {}) {
      const owners = checklist
        .filter((d) => d.probes.includes(request.probe) && steps.isRunning(d.id))
        .map((d) => steps.signalOf(d.id))
        .filter((s): s is AbortSignal => s !== undefined);
      const stepSignal = owners.length > 0 ? allAborted(owners) : undefined;
      const signals = [options.signal, stepSignal].filter((s): s is AbortSignal => s !== undefined);
      if (signals.length === 0) return inner.run(request, options);
      const signal = AbortSignal.any(signals);
      const cancelled = () =>
        new ProbeFailure('cancelled', request.probe, `${request.probe} was cancelled by the technician.`);
      if (signal.aborted) return Promise.reject(cancelled());
      return untilAborted(inner.run(request, { ...options, signal }), signal, cancelled);
    },
  };
}

/** Aborts once every one of `signals` has aborted. */
function allAborted(signals: AbortSignal[]): AbortSignal {
  const ctl = new AbortController();
  const check = () => {
    if (signals.every((s) => s.aborted)) ctl.abort();
  };
  for (const s of signals) s.addEventListener('abort', check, { once: true });
  check();
  return ctl.signal;
}
