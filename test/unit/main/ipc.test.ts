import { describe, expect, it, vi } from 'vitest';
import { invokeChannels, type ApiHandlers, type InvokeMethod } from '../../../common/ipc/contract.js';
import {
  createDispatcher,
  isAppFrame,
  registerIpc,
  UNTRUSTED_SENDER_MESSAGE,
  type InvokeEvent,
  type IpcMainLike,
} from '../../../main/ipc.js';

/** Handlers that record what reached them; each answers with a value the test can recognise. */
function recordingHandlers(overrides: Partial<ApiHandlers> = {}) {
  const calls: { method: string; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(invokeChannels) as InvokeMethod[]).map((method) => [
      method,
      async (request: unknown) => {
        calls.push({ method, request });
        return `answer:${method}`;
      },
    ]),
  ) as unknown as ApiHandlers;
  return { handlers: { ...handlers, ...overrides }, calls };
}

function fakeIpcMain() {
  const registered = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel) => void registered.delete(channel),
  };
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: url === null ? null : { url } }, ...args);
  };
  return { ipcMain, registered, invoke };
}

const APP_PAGE = 'app://hvv/index.html';

describe('IPC registration', () => {
  it('registers exactly one handler per channel of the contract', () => {
    const { ipcMain, registered } = fakeIpcMain();
    registerIpc(ipcMain, recordingHandlers().handlers, isAppFrame);
    expect([...registered.keys()].sort()).toEqual(
      Object.values(invokeChannels)
        .map((spec) => spec.channel)
        .sort(),
    );
  });

  it('answers the app page with the handler result in an envelope', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, recordingHandlers().handlers, isAppFrame);
    await expect(invoke('app:info', APP_PAGE)).resolves.toEqual({ ok: true, value: 'answer:appInfo' });
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///C:/Users/Public/evil.html'],
    ['a look-alike app host', 'app://hvv.evil/index.html'],
    ['the bare origin without a path', 'app://hvv'],
    ['an empty URL', ''],
  ])('refuses a request sent from %s before any handler runs', async (_label, url) => {
    const { handlers, calls } = recordingHandlers();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, handlers, isAppFrame);
    const answer = await invoke('session:start', url, { validationType: 'on-network', inputs: {} });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', message: UNTRUSTED_SENDER_MESSAGE },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a request whose frame has already gone away', async () => {
    const { handlers, calls } = recordingHandlers();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, handlers, isAppFrame);
    expect(await invoke('system:reboot', null, { confirmed: true })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(calls).toEqual([]);
  });

  it('asks the sender check about every channel', async () => {
    const isTrusted = vi.fn(() => false);
    const { ipcMain, registered, invoke } = fakeIpcMain();
    registerIpc(ipcMain, recordingHandlers().handlers, isTrusted);
    for (const channel of registered.keys()) await invoke(channel, APP_PAGE);
    expect(isTrusted).toHaveBeenCalledTimes(registered.size);
  });

  it('removes every handler when disposed', () => {
    const { ipcMain, registered } = fakeIpcMain();
    const dispose = registerIpc(ipcMain, recordingHandlers().handlers, isAppFrame);
    dispose();
    expect(registered.size).toBe(0);
  });
});

describe('request validation', () => {
  it('rejects an invalid payload with a message naming the field, and the handler never runs', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatcher(handlers);
    const answer = await dispatch('confirm', { stepId: 'vpn-connect', result: 'maybe' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-request');
    expect(answer.error.message).toMatch(/^Invalid request for confirm: .*result/);
    expect(calls).toEqual([]);
  });

  it('rejects a reboot that the technician did not confirm', async () => {
    const { handlers, calls } = recordingHandlers();
    const answer = await createDispatcher(handlers)('reboot', { confirmed: false });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('rejects an oversized note instead of passing it on', async () => {
    const { handlers } = recordingHandlers();
    const answer = await createDispatcher(handlers)('confirm', {
      stepId: 'vpn-connect',
      result: 'pass',
      note: 'x'.repeat(4001),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('rejects a domain that is not a DNS name from any screen, and the handler never runs', async () => {
    const { handlers, calls } = recordingHandlers();
    const answer = await createDispatcher(handlers)('setInputs', { domain: 'CONTOSO' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/domain: is not a DNS domain name/);
    expect(calls).toEqual([]);
    const ok = await createDispatcher(handlers)('setInputs', { domain: ' corp.contoso.com ' });
    expect(ok.ok).toBe(true);
    expect(calls).toEqual([{ method: 'setInputs', request: { domain: 'corp.contoso.com' } }]);
  });

  it('hands the handler the parsed request with schema defaults filled in', async () => {
    const { handlers, calls } = recordingHandlers();
    const answer = await createDispatcher(handlers)('runSteps', {});
    expect(answer.ok).toBe(true);
    expect(calls).toEqual([{ method: 'runSteps', request: { allowActions: false } }]);
  });

  it('rejects arguments on a channel that takes none', async () => {
    const { handlers, calls } = recordingHandlers();
    expect(await createDispatcher(handlers)('appInfo', { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(calls).toEqual([]);
  });

  it('answers an unknown request name clearly, including inherited object keys', async () => {
    const dispatch = createDispatcher(recordingHandlers().handlers);
    expect(await dispatch('formatDisk', undefined)).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'The app has no request named "formatDisk".' },
    });
    expect(await dispatch('toString', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });
});

describe('handler failures', () => {
  it("wraps a thrown error in an envelope carrying main's own message", async () => {
    const { handlers } = recordingHandlers({
      loadScenario: async () => {
        throw new Error('The scenario file is not valid JSON (line 3).');
      },
    });
    const answer = await createDispatcher(handlers)('loadScenario', {
      fileName: 'a.scenario.json',
      content: '{',
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'handler-error', message: 'The scenario file is not valid JSON (line 3).' },
    });
  });

  it("keeps a service error's own code", async () => {
    const failure = Object.assign(new Error('Sign-in was cancelled.'), { code: 'auth-cancelled' });
    const { handlers } = recordingHandlers({
      signIn: async () => {
        throw failure;
      },
    });
    expect(await createDispatcher(handlers)('signIn', { method: 'browser' })).toEqual({
      ok: false,
      error: { code: 'auth-cancelled', message: 'Sign-in was cancelled.' },
    });
  });

  it('wraps a thrown non-Error value too', async () => {
    const { handlers } = recordingHandlers({
      authStatus: async () => {
        throw 'offline';
      },
    });
    expect(await createDispatcher(handlers)('authStatus', undefined)).toEqual({
      ok: false,
      error: { code: 'handler-error', message: 'offline' },
    });
  });

  it('reports an answer that breaks the contract when responses are checked', async () => {
    const { handlers } = recordingHandlers();
    const answer = await createDispatcher(handlers, { checkResponses: true })('appInfo', undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });
});

describe('trusted sender check', () => {
  it('trusts only frames showing the app page', () => {
    expect(isAppFrame({ url: 'app://hvv/index.html' })).toBe(true);
    expect(isAppFrame({ url: 'app://hvv/' })).toBe(true);
    expect(isAppFrame({ url: 'app://hvvx/index.html' })).toBe(false);
    expect(isAppFrame({ url: 'http://127.0.0.1:5173/' })).toBe(false);
    expect(isAppFrame(null)).toBe(false);
    expect(isAppFrame(undefined)).toBe(false);
  });
});
