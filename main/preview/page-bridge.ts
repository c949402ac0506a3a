/**
 * Runs in the preview page before the app bundle (served as /__hvv/bridge.js, an esbuild IIFE):
 * the real preload glue (createHvvApi) over same-origin fetch and EventSource instead of
 * Electron's ipcRenderer. The token cookie rides along automatically; the page never sees it.
 */
import { createHvvApi } from '../../common/ipc/hvv-api.js';
import { invokeChannels } from '../../common/ipc/contract.js';

type Listener = (payload: unknown) => void;

const methodByChannel = new Map<string, string>(
  Object.entries(invokeChannels).map(([method, spec]) => [spec.channel, method]),
);
const listeners = new Map<string, Set<Listener>>();

async function invoke(channel: string, request: unknown): Promise<unknown> {
  const method = methodByChannel.get(channel) ?? channel;
  const response = await fetch(`./__hvv/invoke/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ request }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not an envelope: createHvvApi turns the plain refusal into an error the app shows.
    return { ok: false, error: { code: `http-${response.status}`, message: text || response.statusText } };
  }
}

const events = new EventSource('./__hvv/events');
events.onmessage = (message: MessageEvent<string>) => {
  const { channel, payload } = JSON.parse(message.data) as { channel: string; payload: unknown };
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

window.hvv = createHvvApi(invoke, (channel, listener) => {
  const set = listeners.get(channel) ?? new Set<Listener>();
  listeners.set(channel, set);
  set.add(listener);
  return () => {
    set.delete(listener);
  };
});
