/**
 * The one validation session the window works on: starting it, streaming each step's progress to
 * the renderer, saving every change, cancelling, confirmations, history and resume.
 * It owns no Electron or file access: the executor, store, clock and event sink are injected, so
 * the same code runs in the app, in unit tests and behind the browser-test harness.
 */
import type {
  EmitEvent,
  SessionSnapshot,
  SignOff,
  StepState,
  ValidationType,
} from '../../common/ipc/contract.js';
import type { Inputs, ProbeExecutor, Scenario, StepId, StepResult } from '../../common/model.js';
import type { EngineConfig, StepDefinition } from '../../common/engine/step-definition.js';
import { runChecklist, stepsToRun } from '../../common/engine/run.js';
import type { DeviceIdentityReader, SessionStore } from '../services.js';
import { createCancellableExecutor, type StepCancellation } from './cancellation.js';
import { stepsToRecheck } from './resume-plan.js';
import { createSaveQueue } from './save-queue.js';
import { isCancelled } from '../../common/cancel.js';
import { allowAbortListeners } from '../process/abort-listeners.js';
import { asCancelled, cancelledResult, idleSteps } from './steps-state.js';

export interface SessionControllerDeps {
  /**
   * Live: the shared PowerShell-backed executor (one pool for the app's lifetime).
   * Replay: an executor answering from the scenario.
   */
  executorFor(mode: 'live' | 'replay', scenario?: Scenario): ProbeExecutor;
  store: SessionStore;
  emit: EmitEvent;
  checklist: readonly StepDefinition[];
  clock(): Date;
  newId(): string;
  readDevice?: DeviceIdentityReader;
  config?: EngineConfig;
}

export interface SessionController {
  current(): SessionSnapshot | null;
  /**
   * An executor for side reads such as device defaults (null without a session). In replay it is
   * a fresh one over the same recording, so side reads never shift which recorded entry answers
   * the checks next.
   */
  sideExecutor(): ProbeExecutor | null;
  isRunning(): boolean;
  start(validationType: ValidationType, inputs: Inputs): Promise<SessionSnapshot>;
  loadScenario(scenario: Scenario, validationType?: ValidationType): Promise<SessionSnapshot>;
  setInputs(inputs: Inputs): Promise<SessionSnapshot>;
  /** Resolves when the run has finished (cancelled runs included); results stream as events. */
  run(stepIds?: readonly StepId[], allowActions?: boolean): Promise<void>;
  /** Cancels one running or queued step, or the whole run. A no-op when nothing runs. */
  cancel(stepId?: StepId): void;
  confirm(stepId: StepId, result: 'pass' | 'fail', note: string): Promise<SessionSnapshot>;
  /** The technician's hand-over details, kept with the session and printed on the report. */
  setSignOff(signOff: SignOff): SessionSnapshot;
  /** History: a past session, read-only. */
  openReadOnly(id: string): Promise<SessionSnapshot>;
  /**
   * After a reboot or sign-out: the saved session becomes the current, editable one again. With
   * `recheck`, what the restart changed is checked again in the background (stepsToRecheck).
   */
  resume(id: string, options?: { recheck?: boolean }): Promise<SessionSnapshot>;
  /** Forgets the current session if it is `id` (it was deleted from history). */
  forget(id: string): void;
  /** The first save that failed since the last call, so the next request can report it. */
  takeSaveError(): Error | null;
  /** Waits for every save queued so far. */
  flush(): Promise<void>;
}

interface Current {
  snapshot: SessionSnapshot;
  executor: ProbeExecutor | null;
  scenario?: Scenario;
}

interface ActiveRun {
  abort: AbortController;
  steps: Map<StepId, AbortController>;
}

const READ_ONLY_MESSAGE =
  'This session is open read-only from history. Start a new session (or resume this one) to change it.';

export function createSessionController(deps: SessionControllerDeps): SessionController {
  let current: Current | null = null;
  let activeRun: ActiveRun | null = null;
  /** Manual steps confirmed while a run was under way: re-evaluated as soon as it ends. */
  const awaitingReevaluation = new Set<StepId>();
  const saves = createSaveQueue((snapshot) => deps.store.save(snapshot));
  const persist = (snapshot: SessionSnapshot): void => saves.persist(snapshot);

  const now = (): string => deps.clock().toISOString();

  function requireSession(): Current {
    if (!current) throw new Error('No validation session is open. Start one or open a recorded scenario.');
    return current;
  }

  function requireWritable(): Current {
    const c = requireSession();
    if (c.snapshot.readOnly) throw new Error(READ_ONLY_MESSAGE);
    return c;
  }

  /** Every change goes through here: new snapshot object, event, queued save. */
  function commit(change: (s: SessionSnapshot) => SessionSnapshot): SessionSnapshot {
    const c = requireSession();
    const next = { ...change(c.snapshot), updatedAt: now() };
    c.snapshot = next;
    deps.emit('sessionChanged', next);
    persist(next);
    return next;
  }

  function updateSteps(change: (step: StepState) => StepState): void {
    commit((s) => ({ ...s, steps: s.steps.map(change) }));
  }

  async function deviceOf(executor: ProbeExecutor): Promise<SessionSnapshot['device']> {
    if (!deps.readDevice) return null;
    try {
      return await deps.readDevice(executor);
    } catch (error) {
      // A device that cannot say who it is still gets validated; the report shows "unknown".
      console.error('Device identity could not be read:', error);
      return null;
    }
  }

  async function open(
    snapshot: SessionSnapshot,
    executor: ProbeExecutor | null,
    scenario?: Scenario,
  ): Promise<SessionSnapshot> {
    if (activeRun) throw new Error('Wait for the running checks to finish (or cancel them) first.');
    current = scenario ? { snapshot, executor, scenario } : { snapshot, executor };
    deps.emit('sessionChanged', snapshot);
    persist(snapshot);
    return snapshot;
  }

  function engineNow(snapshot: SessionSnapshot): Date {
    return snapshot.recordedAt ? new Date(snapshot.recordedAt) : deps.clock();
  }

  function results(snapshot: SessionSnapshot): StepResult[] {
    return snapshot.steps.flatMap((s) => (s.result ? [s.result] : []));
  }

  /** A step the technician stopped reads as cancelled, whichever way the engine put it. */
  function flagCancelled(r: StepResult, run: ActiveRun): StepResult {
    if (r.status !== 'error') return r;
    const stopped =
      isCancelled(r) || run.abort.signal.aborted || run.steps.get(r.id)?.signal.aborted === true;
    return stopped ? asCancelled(r) : r;
  }

  /**
   * A recording that already holds the technician's confirmations shows their verdicts at once
   * instead of "Waiting for you". The engine decides them, over a fresh executor of the same
   * recording so the checks' recorded answers are not consumed; steps that depend on them wait
   * for Run as usual. A failure here only leaves the steps waiting.
   */
  async function confirmedManualResults(scenario: Scenario): Promise<StepResult[]> {
    const ids = deps.checklist
      .filter((d) => d.kind === 'manual' && scenario.confirmations[d.id])
      .map((d) => d.id);
    if (ids.length === 0) return [];
    try {
      const results = await runChecklist({
        executor: deps.executorFor('replay', scenario),
        inputs: scenario.inputs,
        confirmations: scenario.confirmations,
        now: new Date(scenario.recordedAt),
        steps: deps.checklist,
        ...(deps.config ? { config: deps.config } : {}),
        only: ids,
        previous: [],
        clock: deps.clock,
        allowActions: false,
      });
      return results.filter((r) => ids.includes(r.id));
    } catch (error) {
      console.error('Recorded confirmations could not be evaluated:', error);
      return [];
    }
  }

  function setResult(r: StepResult): void {
    updateSteps((s) => (s.id === r.id ? { ...s, phase: 'done', result: r, runningSince: null } : s));
  }

  async function execute(
    c: Current,
    only: readonly StepId[] | undefined,
    allowActions: boolean,
    run: ActiveRun,
  ): Promise<void> {
    if (!c.executor) {
      throw new Error('This session has no way to read the device (a saved recording without its probes).');
    }
    // The engine widens `only` to dependents and to dependencies without a verdict: queue those too.
    const previous = results(c.snapshot);
    const ids = stepsToRun(deps.checklist, only, new Map(previous.map((r) => [r.id, r])));
    for (const id of ids) run.steps.set(id, new AbortController());
    updateSteps((s) => (ids.has(s.id) ? { ...s, phase: 'queued', runningSince: null } : s));

    const cancellation: StepCancellation = {
      isRunning: (id) => c.snapshot.steps.some((s) => s.id === id && s.phase === 'running'),
      signalOf: (id) => run.steps.get(id)?.signal,
    };
    const executor = createCancellableExecutor(c.executor, deps.checklist, cancellation);
    const snapshot = c.snapshot;
    try {
      const finals = await runChecklist({
        executor,
        inputs: snapshot.inputs,
        confirmations: snapshot.confirmations,
        now: engineNow(snapshot),
        steps: deps.checklist,
        ...(deps.config ? { config: deps.config } : {}),
        ...(only ? { only } : {}),
        previous,
        clock: deps.clock,
        allowActions,
        signal: run.abort.signal,
        onStepStart: (id) => {
          if (current !== c) return;
          // A step cancelled while queued still starts: marked running, its probes reject at once.
          const since = now();
          updateSteps((s) => (s.id === id ? { ...s, phase: 'running', runningSince: since } : s));
        },
        onStepResult: (r) => {
          if (current === c) setResult(flagCancelled(r, run));
        },
      });
      if (current !== c) return;
      for (const r of finals) {
        const state = c.snapshot.steps.find((s) => s.id === r.id);
        if (ids.has(r.id) && state && state.phase !== 'done') setResult(flagCancelled(r, run));
      }
    } finally {
      if (current === c) settleLeftovers(c, ids, run);
    }
  }

  /** Steps the engine never answered for: cancelled ones say so, the rest return to what they were. */
  function settleLeftovers(c: Current, ids: Set<StepId>, run: ActiveRun): void {
    const pending = c.snapshot.steps.filter((s) => ids.has(s.id) && s.phase !== 'done' && s.phase !== 'idle');
    if (pending.length === 0) return;
    const at = now();
    updateSteps((s) => {
      if (!pending.some((p) => p.id === s.id)) return s;
      const cancelled = run.abort.signal.aborted || run.steps.get(s.id)?.signal.aborted === true;
      if (cancelled) {
        const def = deps.checklist.find((d) => d.id === s.id);
        return def ? { ...s, phase: 'done', result: cancelledResult(def, at), runningSince: null } : s;
      }
      return { ...s, phase: s.result ? 'done' : 'idle', runningSince: null };
    });
  }

  function newRun(): ActiveRun {
    const abort = new AbortController();
    allowAbortListeners(abort.signal);
    return { abort, steps: new Map() };
  }

  /** One run at a time; confirmations that arrived meanwhile are re-evaluated right after. */
  async function exclusive(
    c: Current,
    only: readonly StepId[] | undefined,
    allowActions: boolean,
  ): Promise<void> {
    const run = newRun();
    activeRun = run;
    try {
      await execute(c, only, allowActions, run);
      while (awaitingReevaluation.size > 0 && current === c) {
        const confirmed = [...awaitingReevaluation];
        awaitingReevaluation.clear();
        const next = newRun();
        activeRun = next;
        await execute(c, confirmed, false, next);
      }
    } finally {
      activeRun = null;
      awaitingReevaluation.clear();
    }
  }

  const controller: SessionController = {
    current: () => current?.snapshot ?? null,
    sideExecutor: () => {
      if (!current) return null;
      return current.scenario ? deps.executorFor('replay', current.scenario) : current.executor;
    },
    isRunning: () => activeRun !== null,

    async start(validationType, inputs) {
      const executor = deps.executorFor('live');
      const at = now();
      const device = await deviceOf(executor);
      return open(
        {
          id: deps.newId(),
          mode: 'live',
          title: `Validation of ${device?.computerName ?? 'this device'}`,
          validationType,
          inputs,
          confirmations: {},
          device,
          createdAt: at,
          updatedAt: at,
          recordedAt: null,
          readOnly: false,
          steps: idleSteps(deps.checklist),
        },
        executor,
      );
    },

    async loadScenario(scenario, validationType = 'on-network') {
      const executor = deps.executorFor('replay', scenario);
      const at = now();
      // Its own executor: reading who the device is must not consume the checks' recorded answers.
      const device = await deviceOf(deps.executorFor('replay', scenario));
      if (activeRun) throw new Error('Wait for the running checks to finish (or cancel them) first.');
      const confirmed = await confirmedManualResults(scenario);
      const steps = idleSteps(deps.checklist).map((s): StepState => {
        const r = confirmed.find((x) => x.id === s.id);
        return r ? { ...s, phase: 'done', result: r } : s;
      });
      return open(
        {
          id: deps.newId(),
          mode: 'replay',
          title: scenario.title,
          validationType,
          inputs: scenario.inputs,
          confirmations: scenario.confirmations,
          device,
          createdAt: at,
          updatedAt: at,
          recordedAt: scenario.recordedAt,
          readOnly: false,
          steps,
        },
        executor,
        scenario,
      );
    },

    async setInputs(inputs) {
      requireWritable();
      if (activeRun) throw new Error('Change the inputs after the running checks finish (or cancel them).');
      return commit((s) => ({ ...s, inputs }));
    },

    async run(stepIds, allowActions = false) {
      const c = requireWritable();
      if (activeRun) {
        throw new Error('Checks are already running. Wait for them to finish or cancel them first.');
      }
      // A recording changes nothing on any device, so its recorded actions replay freely.
      const actions = allowActions || c.snapshot.mode === 'replay';
      await exclusive(c, stepIds && stepIds.length > 0 ? stepIds : undefined, actions);
    },

    cancel(stepId) {
      if (!activeRun) return;
      if (!stepId) {
        activeRun.abort.abort();
        return;
      }
      activeRun.steps.get(stepId)?.abort();
      // When it was the only step of the run, cancelling it is cancelling the run.
      const open = [...activeRun.steps].filter(([, ctl]) => !ctl.signal.aborted);
      const unsettled = open.filter(([id]) =>
        current?.snapshot.steps.some((s) => s.id === id && (s.phase === 'queued' || s.phase === 'running')),
      );
      if (unsettled.length === 0) activeRun.abort.abort();
    },

    async confirm(stepId, result, note) {
      const c = requireWritable();
      const def = deps.checklist.find((d) => d.id === stepId);
      if (!def || def.kind !== 'manual')
        throw new Error(`"${stepId}" is not a step the technician confirms.`);
      commit((s) => ({
        ...s,
        confirmations: { ...s.confirmations, [stepId]: { result, note, confirmedAt: now() } },
      }));
      if (activeRun) {
        awaitingReevaluation.add(stepId);
        return c.snapshot;
      }
      // The engine re-runs the steps that depend on it as well.
      await exclusive(c, [stepId], false);
      return c.snapshot;
    },

    setSignOff(signOff) {
      requireWritable();
      return commit((s) => ({ ...s, signOff }));
    },

    async openReadOnly(id) {
      const saved = await deps.store.load(id);
      if (activeRun) throw new Error('Wait for the running checks to finish (or cancel them) first.');
      current = { snapshot: { ...saved, readOnly: true }, executor: null };
      deps.emit('sessionChanged', current.snapshot);
      return current.snapshot;
    },

    async resume(id, options = {}) {
      const saved = await deps.store.load(id);
      // Read before the phases are settled below: a step cut off by the restart must run again.
      const again = stepsToRecheck(saved);
      // A replayed recording cannot be rebuilt from the saved session; its results stay readable.
      const executor = saved.mode === 'live' ? deps.executorFor('live') : null;
      const steps = saved.steps.map((s) =>
        s.phase === 'done' || s.phase === 'idle'
          ? s
          : { ...s, phase: s.result ? 'done' : 'idle', runningSince: null },
      ) as StepState[];
      const snapshot = await open({ ...saved, readOnly: false, steps }, executor);
      if (options.recheck && executor && again.length > 0) {
        // Results stream as events; a refusal (another run already started) is only logged.
        controller.run(again).catch((error: unknown) => console.error('Re-check after restart:', error));
      }
      return snapshot;
    },

    forget(id) {
      if (current?.snapshot.id === id && !activeRun) current = null;
    },

    takeSaveError: () => saves.takeError(),
    flush: () => saves.flush(),
  };
  return controller;
}
