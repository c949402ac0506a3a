import { describe, expect, it } from 'vitest';
import { CancelledError, isCancelled, untilAborted } from '../../../common/cancel.js';
import { ProbeFailure } from '../../../common/model.js';

describe('one way to recognise a cancel', () => {
  it('recognises every layer’s cancel and nothing else', () => {
    expect(isCancelled(new CancelledError())).toBe(true);
    expect(isCancelled(new ProbeFailure('cancelled', 'vpn.connect', 'stopped'))).toBe(true);
    expect(isCancelled(new ProbeFailure('unavailable', 'vpn.connect', 'no'))).toBe(false);
    expect(isCancelled({ status: 'error', details: { cancelled: true } })).toBe(true);
    expect(isCancelled({ status: 'fail', details: { cancelled: true } })).toBe(false);
    expect(isCancelled(new Error('boom'))).toBe(false);
    expect(isCancelled(null)).toBe(false);
  });
});

describe('untilAborted', () => {
  it('stops waiting when the signal aborts, with the error asked for', async () => {
    const ctl = new AbortController();
    const never = new Promise<number>(() => undefined);
    const waiting = untilAborted(never, ctl.signal);
    ctl.abort();
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    const custom = untilAborted(never, ctl.signal, () => new Error('custom'));
    await expect(custom).rejects.toThrow('custom');
  });

  it('passes the work’s own outcome through when nothing aborts', async () => {
    const ctl = new AbortController();
    await expect(untilAborted(Promise.resolve(7), ctl.signal)).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error('late')), ctl.signal)).rejects.toThrow('late');
    await expect(untilAborted(Promise.resolve(1), undefined)).resolves.toBe(1);
  });
});
