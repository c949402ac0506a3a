import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: (..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: 'pong' }),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => electron.invoke(...args),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      electron.listeners.set(
        channel,
        (electron.listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

describe('the preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.exposed.clear();
    electron.listeners.clear();
    await import('../../../preload/index.js');
  });

  it('exposes exactly one global, window.hvv', () => {
    expect([...electron.exposed.keys()]).toEqual(['hvv']);
  });

  it('never hands the page ipcRenderer or any of its functions', () => {
    const api = electron.exposed.get('hvv') as Record<string, unknown>;
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
      expect(['invoke', 'send', 'sendSync', 'postMessage', 'ipcRenderer']).not.toContain(name);
    }
  });

  it('forwards a call over ipcRenderer.invoke on the contract channel', async () => {
    const spy = vi.spyOn(electron, 'invoke');
    const api = electron.exposed.get('hvv') as { appInfo(): Promise<unknown> };
    await expect(api.appInfo()).resolves.toBe('pong');
    expect(spy).toHaveBeenCalledWith('app:info', undefined);
  });

  it('delivers events without the IPC event object (which carries the sender)', () => {
    const api = electron.exposed.get('hvv') as { on(e: string, l: (...args: unknown[]) => void): () => void };
    const listener = vi.fn();
    const off = api.on('sessionChanged', listener);
    const registered = electron.listeners.get('event:session-changed') ?? [];
    expect(registered).toHaveLength(1);
    registered[0]?.({ sender: 'ipcRenderer' }, { id: 's1' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ id: 's1' });
    off();
    expect(electron.listeners.get('event:session-changed')).toEqual([]);
  });

  it('forwards session deltas on their own channel (issue 14)', () => {
    const api = electron.exposed.get('hvv') as { on(e: string, l: (...args: unknown[]) => void): () => void };
    const listener = vi.fn();
    const off = api.on('sessionDelta', listener);
    const registered = electron.listeners.get('event:session-delta') ?? [];
    expect(registered).toHaveLength(1);
    const delta = { id: 's1', base: 1, revision: 2, fields: {}, steps: [] };
    registered[0]?.({ sender: 'ipcRenderer' }, delta);
    expect(listener).toHaveBeenCalledExactlyOnceWith(delta);
    off();
    expect(electron.listeners.get('event:session-delta')).toEqual([]);
  });
});
