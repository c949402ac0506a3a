/**
 * Cancellation, one way everywhere: one error (CancelledError), one predicate (isCancelled) that
 * recognises every layer's cancel (a CancelledError, any error whose `kind` is 'cancelled', such as
 * ProbeFailure, RunnerError, SessionError or SignInError, and a step result flagged
 * details.cancelled), and one helper that stops waiting when a signal aborts.
 * Pure: imports nothing.
 */

export const CANCELLED_SUMMARY = 'Cancelled by the technician.';

export class CancelledError extends Error {
  constructor(message: string = CANCELLED_SUMMARY) {
    super(message);
    this.name = 'CancelledError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True for a cancel however it was recorded: thrown by any layer, or a step result main flagged. */
export function isCancelled(value: unknown): boolean {
  if (value instanceof CancelledError) return true;
  if (value instanceof Error) return (value as Error & { kind?: unknown }).kind === 'cancelled';
  if (!isRecord(value) || value['status'] !== 'error') return false;
  const details = value['details'];
  return isRecord(details) && details['cancelled'] === true;
}

/**
 * Waits for `work`, but gives up as soon as `signal` aborts, rejecting with `cancelled()`. The work
 * keeps running in the background; its late outcome is ignored.
 */
export function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  cancelled: () => unknown = () => new CancelledError(),
): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
