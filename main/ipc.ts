/**
 * The main side of the contract: one handler per invoke channel, each refusing requests that do
 * not come from the app's own page and validating every payload against the channel's schema
 * before any service sees it.
 */
import type { z } from 'zod';
import {
  eventChannels,
  invokeChannels,
  type ApiHandlers,
  type EmitEvent,
  type Envelope,
  type EventName,
  type EventPayload,
  type InvokeMethod,
} from '../common/ipc/contract.js';
import { createDeltaEncoder } from '../common/ipc/session-delta.js';
import { APP_ORIGIN } from './protocol.js';

export type Dispatcher = (method: string, raw: unknown) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Also check handler answers against the response schema (tests use it to catch contract drift). */
  checkResponses?: boolean;
}

function failure(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function isInvokeMethod(method: string): method is InvokeMethod {
  return Object.prototype.hasOwnProperty.call(invokeChannels, method);
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'handler-error';
}

/**
 * The validation path shared by Electron's IPC and the browser-test harness, so both exercise
 * exactly the same checks: unknown method, invalid request, handler failure → an error envelope
 * with the main process's own message.
 */
export function createDispatcher(handlers: ApiHandlers, options: DispatcherOptions = {}): Dispatcher {
  return async (method, raw) => {
    if (!isInvokeMethod(method))
      return failure('unknown-method', `The app has no request named "${method}".`);
    const spec = invokeChannels[method];
    const parsed = spec.request.safeParse(raw);
    if (!parsed.success) {
      return failure('invalid-request', `Invalid request for ${method}: ${describeIssues(parsed.error)}`);
    }
    // The mapped ApiHandlers type cannot be indexed by a union key without widening.
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    let value: unknown;
    try {
      value = await handler(parsed.data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return failure(errorCode(error), message);
    }
    if (options.checkResponses) {
      const checked = spec.response.safeParse(value);
      if (!checked.success) {
        return failure(
          'invalid-response',
          `The answer to ${method} broke the contract: ${describeIssues(checked.error)}`,
        );
      }
      return { ok: true, value: checked.data };
    }
    return { ok: true, value };
  };
}

/** A frame as Electron reports it; null once the frame has gone away. */
export interface SenderFrame {
  url: string;
}

/** Only the app's own page, served from app://hvv/, may call main. */
export function isAppFrame(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

export interface InvokeEvent {
  senderFrame: SenderFrame | null;
}

/** The parts of Electron's ipcMain this module uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export const UNTRUSTED_SENDER_MESSAGE = "Request refused: it did not come from the app's own page.";

/** Registers every channel of the contract; returns a function that removes them again. */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
  options: DispatcherOptions = {},
): () => void {
  const dispatch = createDispatcher(handlers, options);
  const channels: string[] = [];
  for (const method of Object.keys(invokeChannels) as InvokeMethod[]) {
    const { channel } = invokeChannels[method];
    ipcMain.handle(channel, async (event, raw) => {
      if (!isTrustedSender(event.senderFrame)) return failure('untrusted-sender', UNTRUSTED_SENDER_MESSAGE);
      return dispatch(method, raw);
    });
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** The parts of Electron's WebContents events need. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

export interface Emitter {
  emit: EmitEvent;
  /** The page has loaded: deliver what was queued, then send directly. */
  markReady(): void;
  /** The page is reloading or gone: queue again until it is back. */
  markNotReady(): void;
}

/**
 * Step results stream from main while the page may still be loading (or reloading); like Electron
 * Fiddle's ipc.ts, events wait in a queue until the renderer is ready, so none is lost.
 */
const MAX_QUEUED_EVENTS = 500;

export interface EmitterOptions {
  /**
   * Send sessionChanged as sessionDelta (issue 14): only what changed since the previous event.
   * The app's window opts in; a dropped event makes the page fetch the whole session once.
   */
  sessionDeltas?: boolean;
}

export function createEmitter(getTarget: () => EventTarget | null, options: EmitterOptions = {}): Emitter {
  let ready = false;
  let queue: { channel: string; payload: unknown }[] = [];
  const deltas = options.sessionDeltas ? createDeltaEncoder() : null;

  const deliver = (channel: string, payload: unknown): boolean => {
    const target = getTarget();
    if (!ready || !target || target.isDestroyed()) return false;
    target.send(channel, payload);
    return true;
  };

  const send = (channel: string, payload: unknown): void => {
    if (deliver(channel, payload)) return;
    queue.push({ channel, payload });
    // A window that never loads must not grow main's memory without bound; the newest state wins.
    if (queue.length > MAX_QUEUED_EVENTS) queue.shift();
  };

  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      if (deltas && event === 'sessionChanged') {
        send(eventChannels.sessionDelta.channel, deltas.encode(payload as EventPayload<'sessionChanged'>));
        return;
      }
      send(eventChannels[event].channel, payload);
    },
    markReady() {
      ready = true;
      const pending = queue;
      queue = [];
      for (const item of pending) {
        if (!deliver(item.channel, item.payload)) queue.push(item);
      }
    },
    markNotReady() {
      ready = false;
    },
  };
}
