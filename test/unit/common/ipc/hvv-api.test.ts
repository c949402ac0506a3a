import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../../../common/ipc/contract.js';
import { createHvvApi, HvvError, type Invoke, type Subscribe } from '../../../../common/ipc/hvv-api.js';

function noSubscribe(): Subscribe {
  return () => () => undefined;
}

describe('the window.hvv API', () => {
  it('has one named method per contract channel plus on, and nothing else', () => {
    const api = createHvvApi(vi.fn(), noSubscribe());
    expect(Object.keys(api).sort()).toEqual([...Object.keys(invokeChannels), 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its own channel and unwraps the answer', async () => {
    const invoke = vi.fn<Invoke>(async (channel) => ({ ok: true, value: `value-of-${channel}` }));
    const api = createHvvApi(invoke, noSubscribe());
    await expect(api.appInfo()).resolves.toBe('value-of-app:info');
    await api.confirm({ stepId: 'vpn-connect', result: 'pass', note: 'seen' });
    expect(invoke).toHaveBeenLastCalledWith('session:confirm', {
      stepId: 'vpn-connect',
      result: 'pass',
      note: 'seen',
    });
  });

  it("throws main's message as an Error when main answers with an error", async () => {
    const api = createHvvApi(
      async () => ({
        ok: false,
        error: { message: 'Invalid request for confirm: result: bad', code: 'invalid-request' },
      }),
      noSubscribe(),
    );
    const failure = await api.appInfo().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HvvError);
    expect((failure as HvvError).message).toBe('Invalid request for confirm: result: bad');
    expect((failure as HvvError).code).toBe('invalid-request');
  });

  it('treats a malformed answer as an error rather than data', async () => {
    const api = createHvvApi(async () => 'surprise', noSubscribe());
    await expect(api.appInfo()).rejects.toThrow(/unreadable answer to appInfo/);
    const api2 = createHvvApi(async () => ({ ok: false }), noSubscribe());
    await expect(api2.appInfo()).rejects.toThrow(/unreadable answer/);
  });

  it('reads an answer of nothing that crossed a JSON transport (no `value` key) as undefined', async () => {
    const api = createHvvApi(async () => ({ ok: true }), noSubscribe());
    await expect(api.runSteps({ allowActions: false })).resolves.toBeUndefined();
  });

  it('subscribes to an event on its channel and hands the listener only the payload', () => {
    const unsubscribe = vi.fn();
    let deliver: ((payload: unknown) => void) | null = null;
    const subscribe = vi.fn<Subscribe>((_channel, listener) => {
      deliver = listener;
      return unsubscribe;
    });
    const api = createHvvApi(vi.fn(), subscribe);
    const listener = vi.fn();
    const off = api.on('deviceCode', listener);
    expect(subscribe).toHaveBeenCalledWith(eventChannels.deviceCode.channel, expect.any(Function));
    (deliver as unknown as (payload: unknown) => void)({ userCode: 'X' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ userCode: 'X' });
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('refuses to subscribe to an event the contract does not declare', () => {
    const api = createHvvApi(vi.fn(), noSubscribe());
    expect(() => api.on('toString' as 'deviceCode', vi.fn())).toThrow(/no event named "toString"/);
  });
});
