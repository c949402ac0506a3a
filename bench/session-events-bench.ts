/**
 * Issue 14: bytes sent over the app window's event channel for one replay with big probe outputs,
 * whole snapshots (sessionChanged, before) against deltas (sessionDelta, after). A size ratio from
 * the same run, not a time: the real session controller replays the bench's device with every
 * probe's output padded (trailing blank lines, which every parser ignores), and each snapshot it
 * emits goes through both kinds of emitter (main/ipc.ts) into a target that counts serialized bytes.
 */
import { CHECKLIST } from '../common/engine/checklist.js';
import type { EventPayload, SessionSnapshot } from '../common/ipc/contract.js';
import type { Scenario } from '../common/model.js';
import { createEmitter, type EventTarget } from '../main/ipc.js';
import { createScenarioExecutor } from '../main/probes/scenario-runner.js';
import { createSessionController } from '../main/sessions/controller.js';
import type { SessionStore } from '../main/services.js';
import { syntheticScenario } from './synthetic-scenario.js';

export interface SessionEventFigures {
  status: 'ok' | 'unavailable';
  reason: string | null;
  /** Probe output in the recording, all probes together. */
  outputBytes: number | null;
  events: number | null;
  /** JSON bytes of every sessionChanged payload (the whole snapshot each time). */
  fullBytes: number | null;
  /** JSON bytes of every sessionDelta payload for the same snapshots. */
  deltaBytes: number | null;
  fullOverDelta: number | null;
}

function padded(scenario: Scenario, outputBytes: number): Scenario {
  const each = Math.ceil(outputBytes / scenario.probes.length);
  const padding = `${' '.repeat(99)}\n`.repeat(Math.ceil(each / 100));
  return {
    ...scenario,
    probes: scenario.probes.map((p) => ({
      ...p,
      result: { ...p.result, stdout: `${p.result.stdout}\n${padding}` },
    })),
  };
}

function countingTarget(): { target: EventTarget; bytes: () => number } {
  let bytes = 0;
  return {
    target: {
      isDestroyed: () => false,
      send: (_channel, payload) => void (bytes += JSON.stringify(payload).length),
    },
    bytes: () => bytes,
  };
}

const memoryStore: SessionStore = {
  save: async () => undefined,
  list: async () => [],
  load: async (id) => Promise.reject(new Error(`no session ${id} in the bench`)),
  delete: async () => undefined,
};

export async function sessionEventFigures(outputBytes: number): Promise<SessionEventFigures> {
  try {
    const scenario = padded(syntheticScenario(0), outputBytes);
    const snapshots: SessionSnapshot[] = [];
    const controller = createSessionController({
      executorFor: (_mode, s) => createScenarioExecutor(s ?? scenario, { honourDurations: false }),
      store: memoryStore,
      emit: (event, payload) => {
        if (event === 'sessionChanged') snapshots.push(payload as EventPayload<'sessionChanged'>);
      },
      checklist: CHECKLIST,
      clock: () => new Date(scenario.recordedAt),
      newId: () => 'bench-session',
    });
    await controller.loadScenario(scenario);
    await controller.run(undefined, true);
    await controller.flush();
    const full = countingTarget();
    const delta = countingTarget();
    const before = createEmitter(() => full.target);
    const after = createEmitter(() => delta.target, { sessionDeltas: true });
    before.markReady();
    after.markReady();
    for (const snapshot of snapshots) {
      before.emit('sessionChanged', snapshot);
      after.emit('sessionChanged', snapshot);
    }
    return {
      status: 'ok',
      reason: null,
      outputBytes: scenario.probes.reduce((sum, p) => sum + p.result.stdout.length, 0),
      events: snapshots.length,
      fullBytes: full.bytes(),
      deltaBytes: delta.bytes(),
      fullOverDelta: full.bytes() / delta.bytes(),
    };
  } catch (error) {
    return {
      status: 'unavailable',
      reason: error instanceof Error ? error.message : String(error),
      outputBytes: null,
      events: null,
      fullBytes: null,
      deltaBytes: null,
      fullOverDelta: null,
    };
  }
}
