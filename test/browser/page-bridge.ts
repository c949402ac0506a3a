/**
 * Bundled (esbuild, IIFE) and installed into the page with addInitScript: the real preload glue
 * (createHvvApi) over the test's transport instead of Electron's ipcRenderer. Invokes go to the
 * `__hvvInvoke` binding; the harness pushes events by calling `__hvvDeliver`.
 */
import { createHvvApi } from '../../common/ipc/hvv-api.js';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __hvvInvoke(channel: string, request: unknown): Promise<unknown>;
    __hvvDeliver(channel: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<Listener>>();

window.hvv = createHvvApi(
  (channel, request) => window.__hvvInvoke(channel, request),
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
);

Object.defineProperty(window, '__hvvDeliver', {
  value: (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  },
});
