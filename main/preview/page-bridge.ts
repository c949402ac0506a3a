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

/** The browser's own file picker; resolves null when the technician closes it without a file. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

const api = createHvvApi(invoke, (channel, listener) => {
  const set = listeners.get(channel) ?? new Set<Listener>();
  listeners.set(channel, set);
  set.add(listener);
  return () => {
    set.delete(listener);
  };
});

window.hvv = {
  ...api,
  /**
   * A preview started with --scenario opens that file; otherwise the server has no file to open,
   * so the page opens a real file picker and hands the chosen file over like a drop.
   */
  async openScenarioDialog() {
    const opened = await api.openScenarioDialog();
    if (opened) return opened;
    const file = await pickFile();
    if (!file) return null;
    return api.loadScenario({ fileName: file.name, content: await file.text() });
  },
  /** The server writes the export to its data folder; the browser then downloads that file. */
  async exportSession(request) {
    const path = await api.exportSession(request);
    const name = path?.split(/[\\/]/).pop();
    if (name) {
      const link = document.createElement('a');
      link.href = `./__hvv/exports/${encodeURIComponent(name)}`;
      link.download = name;
      link.click();
    }
    return path;
  },
};
