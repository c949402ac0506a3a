/**
 * Builds `window.hvv` from the contract: one named method per invoke channel plus `on`, and
 * nothing else — the page never holds ipcRenderer. Kept free of Electron so the browser tests
 * install the very same API into Chromium over their own transport.
 */
import { eventChannels, invokeChannels, type Envelope, type EventName, type HvvApi } from './contract.js';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** An error from main, carrying main's own message and its code ('invalid-request', …). */
export class HvvError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HvvError';
  }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  // JSON transports (the browser preview) drop `value: undefined`; an answer of nothing is still an answer.
  if (value.ok === true) return true;
  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null &&
    'message' in value.error &&
    typeof value.error.message === 'string'
  );
}

function unwrap(method: string, answer: unknown): unknown {
  if (!isEnvelope(answer))
    throw new HvvError(`The app returned an unreadable answer to ${method}.`, 'bad-envelope');
  if (answer.ok) return answer.value;
  throw new HvvError(answer.error.message, answer.error.code);
}

export function createHvvApi(invoke: Invoke, subscribe: Subscribe): HvvApi {
  const api: Record<string, unknown> = {};
  for (const [method, spec] of Object.entries(invokeChannels)) {
    api[method] = async (request?: unknown) => unwrap(method, await invoke(spec.channel, request));
  }
  api.on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!Object.prototype.hasOwnProperty.call(eventChannels, event)) {
      throw new HvvError(`The app has no event named "${String(event)}".`, 'unknown-event');
    }
    return subscribe(eventChannels[event].channel, (payload) => listener(payload));
  };
  // Built from the contract at run time; the contract's own types describe its shape.
  return Object.freeze(api) as HvvApi;
}
