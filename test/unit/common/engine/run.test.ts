import { describe, expect, it } from 'vitest';
import {
  ProbeFailure,
  type ProbeExecutor,
  type ProbeRequest,
  type ProbeResult,
  type StepId,
  type StepResult,
} from '../../../../common/model.js';
import type { StepDefinition } from '../../../../common/engine/step-definition.js';
import {
  ACTION_NOT_ALLOWED_SUMMARY,
  CANCELLED_SUMMARY,
  orderByDependencies,
  runChecklist,
  stepsToRun,
} from '../../../../common/engine/run.js';
import { CHECKLIST } from '../../../../common/engine/checklist.js';

const ok = (stdout = ''): ProbeResult => ({
  exitCode: 0,
  stdout,
  stderr: '',
  durationMs: 1,
  timedOut: false,
});

/** An executor whose answers the test releases one by one, to see what runs concurrently. */
function gatedExecutor(mode: 'live' | 'replay' = 'replay') {
  const pending: { request: ProbeRequest; resolve(r: ProbeResult): void; reject(e: Error): void }[] = [];
  const calls: ProbeRequest[] = [];
  const executor: ProbeExecutor = {
    mode,
    run(request, options) {
      calls.push(request);
      return new Promise((resolve, reject) => {
        pending.push({ request, resolve, reject });
        options?.signal?.addEventListener('abort', () =>
          reject(new ProbeFailure('cancelled', request.probe, 'cancelled')),
        );
      });
    },
  };
  const release = (probe: string, result = ok()) => {
    const i = pending.findIndex((p) => p.request.probe === probe);
    if (i < 0) throw new Error(`${probe} is not waiting`);
    const [entry] = pending.splice(i, 1);
    entry?.resolve(result);
  };
  return { executor, pending, calls, release };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A step that reads one probe and passes, or reports what its dependency said. */
function step(
  id: StepId,
  probe: ProbeRequest['probe'],
  dependsOn: StepId[] = [],
  kind: StepDefinition['kind'] = 'check',
): StepDefinition {
  return {
    id,
    stage: 'Requirements',
    kind,
    title: id,
    instructions: '',
    why: '',
    source: { section: '', url: '' },
    probes: [probe],
    dependsOn,
    remediation: { fail: ['do the thing'] },
    async check(ctx) {
      for (const dep of dependsOn) {
        if (ctx.resultOf(dep)?.status !== 'pass')
          return { status: 'blocked', summary: `${dep} did not pass`, details: {} };
      }
      const r = await ctx.probe({ probe, args: {} });
      return {
        status: r.stdout === 'bad' ? 'fail' : 'pass',
        summary: `${id} read ${probe}`,
        details: { stdout: r.stdout },
      };
    },
  };
}

const base = { inputs: {}, confirmations: {}, now: new Date('2026-11-24T10:15:00Z') };

describe('runChecklist scheduling', () => {
  it('returns results in checklist order even when later steps finish first', async () => {
    const g = gatedExecutor();
    const steps = [step('os-build', 'os.version'), step('join-state', 'join.dsregcmd')];
    const streamed: StepId[] = [];
    const done = runChecklist({
      ...base,
      executor: g.executor,
      steps,
      onStepResult: (r) => streamed.push(r.id),
    });
    await tick();
    g.release('join.dsregcmd');
    await tick();
    g.release('os.version');
    const results = await done;
    expect(streamed).toEqual(['join-state', 'os-build']);
    expect(results.map((r) => r.id)).toEqual(['os-build', 'join-state']);
  });

  it('runs independent checks at the same time, never more than the limit', async () => {
    const g = gatedExecutor();
    const steps = [
      step('os-build', 'os.version'),
      step('join-state', 'join.dsregcmd'),
      step('mdm-enrollment', 'mdm.enrollments'),
      step('proxy', 'proxy.winhttp'),
    ];
    const done = runChecklist({ ...base, executor: g.executor, steps, concurrency: 3 });
    await tick();
    expect(g.pending.map((p) => p.request.probe)).toEqual(['os.version', 'join.dsregcmd', 'mdm.enrollments']);
    g.release('join.dsregcmd');
    await tick();
    await tick();
    expect(g.pending.map((p) => p.request.probe)).toContain('proxy.winhttp');
    g.release('os.version');
    g.release('mdm.enrollments');
    g.release('proxy.winhttp');
    expect((await done).every((r) => r.status === 'pass')).toBe(true);
  });

  it('starts a step only after the steps it depends on have settled', async () => {
    const g = gatedExecutor();
    const steps = [
      step('vpn-profile', 'vpn.connections'),
      step('vpn-connect', 'vpn.connect', ['vpn-profile'], 'action'),
    ];
    const started: StepId[] = [];
    const done = runChecklist({
      ...base,
      executor: g.executor,
      steps,
      onStepStart: (id) => started.push(id),
    });
    await tick();
    expect(started).toEqual(['vpn-profile']);
    g.release('vpn.connections');
    await tick();
    await tick();
    expect(started).toEqual(['vpn-profile', 'vpn-connect']);
    g.release('vpn.connect');
    expect((await done).map((r) => r.status)).toEqual(['pass', 'pass']);
  });

  it('blocks dependents of a step that failed, without running their probes', async () => {
    const g = gatedExecutor();
    const steps = [
      step('vpn-profile', 'vpn.connections'),
      step('vpn-connect', 'vpn.connect', ['vpn-profile']),
    ];
    const done = runChecklist({ ...base, executor: g.executor, steps });
    await tick();
    g.release('vpn.connections', ok('bad'));
    const results = await done;
    expect(results.map((r) => r.status)).toEqual(['fail', 'blocked']);
    expect(g.calls.map((c) => c.probe)).toEqual(['vpn.connections']);
  });

  it('uses the step remediation for the verdict status unless the verdict gives its own', async () => {
    const g = gatedExecutor();
    const done = runChecklist({ ...base, executor: g.executor, steps: [step('os-build', 'os.version')] });
    await tick();
    g.release('os.version', ok('bad'));
    expect((await done)[0]?.remediation).toEqual(['do the thing']);
  });

  it('records every probe call as evidence, including one that had no result', async () => {
    const executor: ProbeExecutor = {
      mode: 'replay',
      async run(request) {
        if (request.probe === 'cert.user')
          throw new ProbeFailure('not-recorded', 'cert.user', 'cert.user is not recorded');
        return ok('x');
      },
    };
    const twoProbes: StepDefinition = {
      ...step('vpn-certificate', 'cert.machine'),
      async check(ctx) {
        await ctx.probe({ probe: 'cert.machine', args: {} });
        await ctx.probe({ probe: 'cert.user', args: {} });
        return { status: 'pass', summary: '', details: {} };
      },
    };
    const [r] = await runChecklist({ ...base, executor, steps: [twoProbes] });
    expect(r?.status).toBe('error');
    expect(r?.summary).toContain('cert.user');
    expect(r?.evidence).toEqual([
      { probe: 'cert.machine', args: {}, result: ok('x') },
      {
        probe: 'cert.user',
        args: {},
        result: null,
        failure: 'cert.user is not recorded',
        // The kind, so the evidence list can say it in the technician's language.
        failureKind: 'not-recorded',
      },
    ]);
  });

  it.each([
    ['not-recorded', 'engine.probeNotRecorded'],
    ['unavailable', 'engine.probeUnavailable'],
    ['restricted', 'engine.probeRestricted'],
  ] as const)(
    'says why a %s probe gave no result by its kind, keeping the runner’s English in the summary',
    async (kind, id) => {
      const executor: ProbeExecutor = {
        mode: 'replay',
        run: () => Promise.reject(new ProbeFailure(kind, 'os.version', 'the runner’s own words')),
      };
      const [r] = await runChecklist({ ...base, executor, steps: [step('os-build', 'os.version')] });
      expect(r?.status).toBe('error');
      // JSON (hvv-run/1) keeps the sentence it always had.
      expect(r?.summary).toBe('Could not check: os.version: the runner’s own words');
      // The reader is told the kind, never the runner's English, in their language.
      expect(r?.message).toEqual({ id, params: { probe: 'os.version' } });
    },
  );

  it('turns a check that crashes into an error for that step only', async () => {
    const crashing: StepDefinition = {
      ...step('proxy', 'proxy.winhttp'),
      check: () => Promise.reject(new TypeError('boom')),
    };
    const executor: ProbeExecutor = { mode: 'replay', run: async () => ok() };
    const results = await runChecklist({
      ...base,
      executor,
      steps: [step('os-build', 'os.version'), crashing],
    });
    expect(results.map((r) => r.status)).toEqual(['pass', 'error']);
    expect(results[1]?.summary).toContain('boom');
  });

  it('stamps startedAt and finishedAt from the injected clock', async () => {
    let t = Date.parse('2026-11-24T10:00:00Z');
    const clock = () => new Date((t += 1000));
    const executor: ProbeExecutor = { mode: 'replay', run: async () => ok() };
    const [r] = await runChecklist({ ...base, executor, steps: [step('os-build', 'os.version')], clock });
    expect(r?.startedAt).toBe('2026-11-24T10:00:01.000Z');
    expect(r?.finishedAt).toBe('2026-11-24T10:00:02.000Z');
  });
});

describe('runChecklist cancel', () => {
  it('ends unfinished steps as "cancelled by the technician" and keeps finished verdicts', async () => {
    const g = gatedExecutor();
    const controller = new AbortController();
    const steps = [
      step('os-build', 'os.version'),
      step('vpn-profile', 'vpn.connections'),
      step('vpn-connect', 'vpn.connect', ['vpn-profile']),
    ];
    const done = runChecklist({ ...base, executor: g.executor, steps, signal: controller.signal });
    await tick();
    g.release('os.version');
    await tick();
    controller.abort();
    const results = await done;
    expect(results.map((r) => r.status)).toEqual(['pass', 'error', 'error']);
    expect(results[1]?.summary).toBe(CANCELLED_SUMMARY);
    expect(results[2]?.summary).toBe(CANCELLED_SUMMARY);
    expect(g.calls.map((c) => c.probe)).not.toContain('vpn.connect');
  });

  it('cancels a step whose probe ignores the signal', async () => {
    const executor: ProbeExecutor = { mode: 'live', run: () => new Promise<ProbeResult>(() => undefined) };
    const controller = new AbortController();
    const done = runChecklist({
      ...base,
      executor,
      steps: [step('os-build', 'os.version')],
      signal: controller.signal,
    });
    await tick();
    controller.abort();
    expect((await done)[0]?.summary).toBe(CANCELLED_SUMMARY);
  });
});

describe('runChecklist re-runs', () => {
  const prev = (id: StepId, status: StepResult['status']): StepResult => ({
    id,
    stage: 'Requirements',
    status,
    summary: `earlier ${status}`,
    details: {},
    remediation: [],
    evidence: [],
  });

  it('re-runs only the chosen step and the steps that depend on it, keeping the others', async () => {
    const executor: ProbeExecutor = { mode: 'replay', run: async () => ok() };
    const steps = [
      step('os-build', 'os.version'),
      step('vpn-profile', 'vpn.connections'),
      step('vpn-connect', 'vpn.connect', ['vpn-profile']),
      step('dc-over-vpn', 'dc.locate', ['vpn-connect']),
    ];
    const previous = [
      prev('os-build', 'fail'),
      prev('vpn-profile', 'fail'),
      prev('vpn-connect', 'blocked'),
      prev('dc-over-vpn', 'blocked'),
    ];
    const ran: StepId[] = [];
    const results = await runChecklist({
      ...base,
      executor,
      steps,
      only: ['vpn-profile'],
      previous,
      onStepStart: (id) => ran.push(id),
    });
    expect(ran).toEqual(['vpn-profile', 'vpn-connect', 'dc-over-vpn']);
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass', 'pass', 'pass']);
    expect(results[0]).toBe(previous[0]);
  });

  it('also runs a dependency that has no verdict yet', () => {
    const chosen = stepsToRun(CHECKLIST, ['dc-over-vpn'], new Map());
    expect([...chosen]).toEqual(
      expect.arrayContaining(['dc-over-vpn', 'vpn-connect', 'vpn-profile', 'join-state', 'vpn-disconnect']),
    );
    expect(chosen.has('os-build')).toBe(false);
  });

  it('a dependency run only for lacking a verdict does not drag in its other dependents', () => {
    // Recorded confirmations are evaluated at load: vpn-kind runs for them, never the VPN connect.
    const chosen = stepsToRun(CHECKLIST, ['logon-vpn-icon', 'offnetwork-signin'], new Map());
    expect(chosen.has('vpn-kind')).toBe(true);
    for (const id of ['vpn-profile', 'vpn-connect', 'dc-over-vpn', 'vpn-disconnect'] as const) {
      expect(chosen.has(id)).toBe(false);
    }
  });

  it('orders the real checklist so every dependency comes first', () => {
    const order = orderByDependencies(CHECKLIST).map((s) => s.id);
    for (const def of CHECKLIST)
      for (const dep of def.dependsOn) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(def.id));
  });

  it('refuses a dependency cycle instead of hanging', () => {
    expect(() =>
      orderByDependencies([
        step('os-build', 'os.version', ['proxy']),
        step('proxy', 'proxy.winhttp', ['os-build']),
      ]),
    ).toThrow(/cycle/);
  });
});

describe('runChecklist actions', () => {
  const connect = step('vpn-connect', 'vpn.connect', [], 'action');
  const install = step('update-install', 'update.install', [], 'action');

  it('does not change a live device unless actions are allowed', async () => {
    const calls: string[] = [];
    const executor: ProbeExecutor = { mode: 'live', run: async (r) => (calls.push(r.probe), ok()) };
    const [r] = await runChecklist({ ...base, executor, steps: [connect] });
    expect(r?.status).toBe('skip');
    expect(r?.summary).toBe(ACTION_NOT_ALLOWED_SUMMARY);
    expect(calls).toEqual([]);
  });

  it('runs only the actions that were allowed', async () => {
    const calls: string[] = [];
    const executor: ProbeExecutor = { mode: 'live', run: async (r) => (calls.push(r.probe), ok()) };
    const results = await runChecklist({
      ...base,
      executor,
      steps: [connect, install],
      allowActions: ['update.install'],
    });
    expect(results.map((r) => r.status)).toEqual(['skip', 'pass']);
    expect(calls).toEqual(['update.install']);
  });

  it('always replays recorded actions, since a recording changes nothing', async () => {
    const executor: ProbeExecutor = { mode: 'replay', run: async () => ok() };
    expect((await runChecklist({ ...base, executor, steps: [connect] }))[0]?.status).toBe('pass');
  });

  it('live, starts an action only after every earlier check has settled', async () => {
    const g = gatedExecutor('live');
    const done = runChecklist({
      ...base,
      executor: g.executor,
      steps: [step('proxy', 'proxy.winhttp'), connect],
      allowActions: true,
    });
    await tick();
    expect(g.pending.map((p) => p.request.probe)).toEqual(['proxy.winhttp']);
    g.release('proxy.winhttp');
    await tick();
    await tick();
    g.release('vpn.connect');
    expect((await done).map((r) => r.status)).toEqual(['pass', 'pass']);
  });
});
