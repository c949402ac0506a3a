/**
 * The one place the abort-signal listener limit is set. A checklist run shares one AbortSignal
 * across up to 8 concurrent steps, each waiting on a probe that also listens to it: more than
 * Node's default of 10 listeners, by design, not a leak.
 */
import { setMaxListeners } from 'node:events';

export const MAX_ABORT_LISTENERS = 64;

/** Raises the limit on `signal`, or on every EventTarget created afterwards when none is given. */
export function allowAbortListeners(signal?: AbortSignal): void {
  if (signal) setMaxListeners(MAX_ABORT_LISTENERS, signal);
  else setMaxListeners(MAX_ABORT_LISTENERS);
}
