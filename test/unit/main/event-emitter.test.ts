import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../../common/ipc/contract.js';
import { createEmitter, type EventTarget } from '../../../main/ipc.js';

function fakeTarget() {
  const sent: { channel: string; payload: unknown }[] = [];
  let destroyed = false;
  const target: EventTarget = {
    isDestroyed: () => destroyed,
    send: (channel, payload) => void sent.push({ channel, payload }),
  };
  return { target, sent, destroy: () => (destroyed = true) };
}

const snapshot = (id: string) => ({ id }) as unknown as SessionSnapshot;

describe('events from main to the page', () => {
  it('holds step results sent while the page loads and delivers them in order once it is ready', () => {
    const { target, sent } = fakeTarget();
    const emitter = createEmitter(() => target);
    emitter.emit('sessionChanged', snapshot('a'));
    emitter.emit('deviceCode', {
      userCode: 'ABC',
      verificationUri: 'https://microsoft.com/devicelogin',
      message: 'm',
    });
    expect(sent).toEqual([]);
    emitter.markReady();
    expect(sent.map((item) => item.channel)).toEqual(['event:session-changed', 'event:device-code']);
    expect(sent[0]?.payload).toEqual({ id: 'a' });
  });

  it('sends directly once the page is ready', () => {
    const { target, sent } = fakeTarget();
    const emitter = createEmitter(() => target);
    emitter.markReady();
    emitter.emit('sessionChanged', snapshot('b'));
    expect(sent).toEqual([{ channel: 'event:session-changed', payload: { id: 'b' } }]);
  });

  it('queues again while the page reloads', () => {
    const { target, sent } = fakeTarget();
    const emitter = createEmitter(() => target);
    emitter.markReady();
    emitter.markNotReady();
    emitter.emit('sessionChanged', snapshot('c'));
    expect(sent).toEqual([]);
    emitter.markReady();
    expect(sent).toHaveLength(1);
  });

  it('keeps events while there is no window, or the window was destroyed', () => {
    const holder: { target: EventTarget | null } = { target: null };
    const emitter = createEmitter(() => holder.target);
    emitter.markReady();
    emitter.emit('sessionChanged', snapshot('d'));
    const dead = fakeTarget();
    dead.destroy();
    holder.target = dead.target;
    emitter.emit('sessionChanged', snapshot('e'));
    expect(dead.sent).toEqual([]);
    const alive = fakeTarget();
    holder.target = alive.target;
    emitter.markReady();
    expect(alive.sent.map((item) => item.payload)).toEqual([{ id: 'd' }, { id: 'e' }]);
  });

  it('keeps only the newest events when the page never loads', () => {
    const { target, sent } = fakeTarget();
    const emitter = createEmitter(() => target);
    for (let i = 0; i < 600; i += 1) emitter.emit('sessionChanged', snapshot(String(i)));
    emitter.markReady();
    expect(sent).toHaveLength(500);
    expect(sent.at(-1)?.payload).toEqual({ id: '599' });
  });

  it('sends the app window deltas: the whole session first, then only what changed', () => {
    const { target, sent } = fakeTarget();
    const emitter = createEmitter(() => target, { sessionDeltas: true });
    emitter.markReady();
    const step = { id: 'os-build', phase: 'idle', result: null, runningSince: null } as const;
    const first = { id: 's1', title: 't', steps: [step] } as unknown as SessionSnapshot;
    emitter.emit('sessionChanged', first);
    emitter.emit('sessionChanged', { ...first, title: 'renamed' });
    expect(sent.map((item) => item.channel)).toEqual(['event:session-delta', 'event:session-delta']);
    expect(sent[0]?.payload).toMatchObject({ id: 's1', base: null, revision: 1, steps: [step] });
    expect(sent[1]?.payload).toEqual({
      id: 's1',
      base: 1,
      revision: 2,
      fields: { title: 'renamed' },
      steps: [],
    });
  });
});
