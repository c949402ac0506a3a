import { describe, expect, it } from 'vitest';
import { SessionDeltaSchema, type SessionSnapshot, type StepState } from '../../../../common/ipc/contract.js';
import { applyDelta, createDeltaEncoder } from '../../../../common/ipc/session-delta.js';

function step(id: StepState['id'], phase: StepState['phase'] = 'idle'): StepState {
  return { id, phase, result: null, runningSince: null };
}

function session(id = 's1'): SessionSnapshot {
  return {
    id,
    mode: 'replay',
    title: 'Replay of lab',
    validationType: 'on-network',
    inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: null },
    confirmations: {},
    device: null,
    createdAt: '2026-11-26T04:00:00.000Z',
    updatedAt: '2026-11-26T04:00:00.000Z',
    recordedAt: null,
    readOnly: false,
    steps: [step('os-build'), step('join-state'), step('vpn-connect')],
  };
}

/** What the controller does: a new object for the changed step only, a new updatedAt. */
function withPhase(s: SessionSnapshot, id: StepState['id'], phase: StepState['phase']): SessionSnapshot {
  return {
    ...s,
    updatedAt: `${s.updatedAt}+`,
    steps: s.steps.map((x) => (x.id === id ? { ...x, phase } : x)),
  };
}

describe('session deltas (issue 14)', () => {
  it('sends the whole session first, then only the fields and steps that changed', () => {
    const encoder = createDeltaEncoder();
    const first = session();
    const full = encoder.encode(first);
    expect(full.base).toBeNull();
    expect(full.revision).toBe(1);
    expect(full.steps).toHaveLength(3);
    expect(SessionDeltaSchema.parse(full)).toEqual(full);

    const second = withPhase(first, 'join-state', 'running');
    const delta = encoder.encode(second);
    expect(delta).toEqual({
      id: 's1',
      base: 1,
      revision: 2,
      fields: { updatedAt: second.updatedAt },
      steps: [second.steps[1]],
    });
    expect(SessionDeltaSchema.parse(delta)).toEqual(delta);
  });

  it('sends the whole session again for another session or a removed field', () => {
    const encoder = createDeltaEncoder();
    const signed = { ...session(), signOff: { technician: 'A', reference: '', notes: '', date: '' } };
    encoder.encode(signed);
    const { signOff: _gone, ...unsigned } = signed;
    expect(encoder.encode(unsigned).base).toBeNull();
    expect(encoder.encode(session('s2')).base).toBeNull();
    expect(encoder.encode(withPhase(session('s2'), 'os-build', 'done')).base).toBe(3);
  });

  it('rebuilds every snapshot main sent, delta after delta', () => {
    const encoder = createDeltaEncoder();
    let sent = session();
    let held = applyDelta(null, encoder.encode(sent));
    for (const [id, phase] of [
      ['os-build', 'queued'],
      ['os-build', 'running'],
      ['vpn-connect', 'queued'],
      ['os-build', 'done'],
    ] as const) {
      sent = withPhase(sent, id, phase);
      if (held === 'refetch') throw new Error('unexpected refetch');
      held = applyDelta(held, encoder.encode(sent));
      expect(held).not.toBe('refetch');
      if (held !== 'refetch') expect(held.snapshot).toEqual(sent);
    }
  });

  it('asks for the full snapshot on a gap, an unknown base or another session', () => {
    const encoder = createDeltaEncoder();
    const first = session();
    const held = applyDelta(null, encoder.encode(first));
    if (held === 'refetch') throw new Error('unexpected refetch');
    const second = withPhase(first, 'os-build', 'running');
    encoder.encode(second); // dropped on the way
    const third = withPhase(second, 'os-build', 'done');
    const afterGap = encoder.encode(third);
    expect(applyDelta(held, afterGap)).toBe('refetch');
    expect(applyDelta(null, afterGap)).toBe('refetch');
    expect(applyDelta({ snapshot: session('other'), revision: 1 }, afterGap)).toBe('refetch');
    // The fetched snapshot has no revision: the next delta (newer than it) applies and sets one.
    const fetched = applyDelta(
      { snapshot: third, revision: null },
      encoder.encode(withPhase(third, 'vpn-connect', 'queued')),
    );
    expect(fetched).not.toBe('refetch');
    if (fetched !== 'refetch') {
      expect(fetched.revision).toBe(4);
      expect(fetched.snapshot.steps[2]?.phase).toBe('queued');
      expect(fetched.snapshot.steps[0]?.phase).toBe('done');
    }
  });

  it('refuses a delta naming a step the held session does not have', () => {
    const held = { snapshot: session(), revision: 1 };
    const delta = { id: 's1', base: 1, revision: 2, fields: {}, steps: [step('update-install', 'done')] };
    expect(applyDelta(held, delta)).toBe('refetch');
  });
});
