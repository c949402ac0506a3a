/**
 * Runs in the sandboxed preload (bundled to CommonJS: sandboxed preloads cannot import ESM).
 * Exposes only the named API; ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createHvvApi } from '../common/ipc/hvv-api.js';

const api = createHvvApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (channel, listener) => {
    // Drop the event object: it carries `sender`, which would hand the page ipcRenderer.
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
);

contextBridge.exposeInMainWorld('hvv', api);
