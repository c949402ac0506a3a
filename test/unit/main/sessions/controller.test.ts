import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeExecutor, Scenario, StepId } from '../../../../common/model.js';
import { createScenarioExecutor } from '../../../../main/probes/scenario-runner.js';
import { createSessionController, type SessionController } from '../../../../main/sessions/controller.js';
import { stepsToRecheck } from '../../../../main/sessions/resume-plan.js';
import { readDeviceIdentity } from '../../../../main/sessions/read-device-identity.js';
import { createSessionStore } from '../../../../main/sessions/store.js';
import type { SessionStore } from '../../../../main/services.js';
import type { EmitEvent, SessionSnapshot, StepPhase } from '../../../../common/ipc/contract.js';
import { MINI_CHECKLIST, miniScenario } from './mini-checklist.js';

let dir: string;
let store: SessionStore;
let snapshots: SessionSnapshot[];
let idCounter: number;
let controllers: SessionController[];

let waiters: ((s: SessionSnapshot) => boolean)[] = [];

const emit: EmitEvent = (event, payload) => {
  if (event !== 'sessionChanged') return;
  const snapshot = payload as SessionSnapshot;
  snapshots.push(snapshot);
  waiters = waiters.filter((w) => !w(snapshot));
};

function controllerFor(
  scenario: Scenario,
  options: { honourDurations?: boolean; store?: SessionStore; live?: ProbeExecutor } = {},
): SessionController {
  const controller = createSessionController({
    executorFor: (mode, s) => {
      if (mode === 'live' && options.live) return options.live;
      return createScenarioExecutor(s ?? scenario, { honourDurations: options.honourDurations ?? false });
    },
    store: options.store ?? store,
    emit,
    checklist: MINI_CHECKLIST,
    clock: () => new Date('2026-11-26T09:00:00Z'),
    newId: () => `session-${++idCounter}`,
    readDevice: readDeviceIdentity,
  });
  controllers.push(controller);
  return controller;
}

function phasesOf(id: StepId): StepPhase[] {
  const phases = snapshots.map((s) => s.steps.find((st) => st.id === id)?.phase ?? 'idle');
  return phases.filter((p, i) => i === 0 || p !== phases[i - 1]);
}

/** Resolves as soon as an emitted snapshot shows `id` running. */
function whenRunning(id: StepId): Promise<SessionSnapshot> {
  return new Promise((resolve) => {
    waiters.push((s) => {
      const hit = s.steps.some((st) => st.id === id && st.phase === 'running');
      if (hit) resolve(s);
      return hit;
    });
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-controller-'));
  store = createSessionStore(dir);
  snapshots = [];
  waiters = [];
  idCounter = 0;
  controllers = [];
});

afterEach(async () => {
  // Saves still queued must land before the folder goes, or they would fail after the test.
  for (const c of controllers) c.cancel();
  await Promise.all(controllers.map((c) => c.flush()));
  await rm(dir, { recursive: true, force: true });
});

describe('a replayed validation session', () => {
  it('uses the recording’s inputs, date and device, with every step not run yet', async () => {
    const controller = controllerFor(miniScenario());
    const s = await controller.loadScenario(miniScenario());
    expect(s.mode).toBe('replay');
    expect(s.recordedAt).toBe('2026-11-24T10:15:00Z');
    expect(s.inputs.vpnConnection).toBe('Contoso VPN');
    expect(s.device?.computerName).toBe('LAB-PC-07');
    expect(s.device?.serialNumber).toBe('5CG1234XYZ');
    expect(s.steps.map((st) => [st.id, st.phase])).toEqual(MINI_CHECKLIST.map((d) => [d.id, 'idle']));
  });

  it('streams each step from queued to running to done while all checks run', async () => {
    const controller = controllerFor(miniScenario());
    await controller.loadScenario(miniScenario());
    await controller.run();
    for (const id of ['os-build', 'vpn-connect'] as const) {
      expect(phasesOf(id)).toEqual(['idle', 'queued', 'running', 'done']);
    }
    const running = snapshots.find((s) =>
      s.steps.some((st) => st.id === 'vpn-connect' && st.phase === 'running'),
    );
    expect(running?.steps.find((st) => st.id === 'vpn-connect')?.runningSince).toBe(
      '2026-11-26T09:00:00.000Z',
    );
    const last = controller.current();
    expect(last?.steps.find((st) => st.id === 'os-build')?.result?.status).toBe('pass');
    expect(last?.steps.find((st) => st.id === 'vpn-connect')?.result?.status).toBe('pass');
    expect(last?.steps.find((st) => st.id === 'logon-vpn-icon')?.result?.status).toBe('manual');
    expect(last?.steps.find((st) => st.id === 'vpn-disconnect')?.result?.status).toBe('blocked');
  });

  it('runs only the steps asked for and leaves the others as they were', async () => {
    const controller = controllerFor(miniScenario());
    await controller.loadScenario(miniScenario());
    await controller.run(['os-build']);
    const s = controller.current();
    expect(s?.steps.find((st) => st.id === 'os-build')?.phase).toBe('done');
    expect(s?.steps.find((st) => st.id === 'vpn-connect')).toMatchObject({ phase: 'idle', result: null });
  });
});

describe('a replayed recording that already holds confirmations', () => {
  it('shows the technician’s recorded verdict on the manual step as soon as it opens, before Run', async () => {
    const scenario: Scenario = {
      ...miniScenario(),
      confirmations: { 'logon-vpn-icon': { result: 'fail', note: 'No icon at all' } },
    };
    const controller = controllerFor(scenario);
    const s = await controller.loadScenario(scenario);
    const icon = s.steps.find((st) => st.id === 'logon-vpn-icon');
    expect(icon?.phase).toBe('done');
    expect(icon?.result).toMatchObject({ status: 'fail', summary: 'Technician said fail.' });
    expect(icon?.result?.details).toEqual({ note: 'No icon at all' });
    // Only the confirmed step is decided on load; everything else waits for Run.
    expect(s.steps.filter((st) => st.id !== 'logon-vpn-icon').map((st) => st.phase)).toEqual([
      'idle',
      'idle',
      'idle',
    ]);
  });

  it('leaves the recorded answers for the checks untouched, so Run still replays every one of them', async () => {
    const scenario: Scenario = {
      ...miniScenario(),
      confirmations: { 'logon-vpn-icon': { result: 'pass', note: '' } },
    };
    const controller = controllerFor(scenario);
    await controller.loadScenario(scenario);
    await controller.run();
    const s = controller.current();
    expect(s?.steps.map((st) => [st.id, st.result?.status])).toEqual([
      ['os-build', 'pass'],
      ['vpn-connect', 'pass'],
      ['logon-vpn-icon', 'pass'],
      ['vpn-disconnect', 'pass'],
    ]);
  });

  it('a recording without confirmations opens with its manual steps still waiting for the technician', async () => {
    const controller = controllerFor(miniScenario());
    const s = await controller.loadScenario(miniScenario());
    expect(s.steps.find((st) => st.id === 'logon-vpn-icon')).toMatchObject({ phase: 'idle', result: null });
  });
});

describe('cancelling', () => {
  it('a cancelled step is flagged as cancelled, with no fix-it advice, so it never reads as a fault', async () => {
    const controller = controllerFor(miniScenario(600_000), { honourDurations: true });
    await controller.loadScenario(miniScenario(600_000));
    const run = controller.run(['vpn-connect']);
    await whenRunning('vpn-connect');
    controller.cancel('vpn-connect');
    await run;
    const connect = controller.current()?.steps.find((st) => st.id === 'vpn-connect')?.result;
    expect(connect?.status).toBe('error');
    expect(connect?.details['cancelled']).toBe(true);
    expect(connect?.remediation).toEqual([]);
    expect(connect?.summary).toMatch(/Cancelled by the technician/);
  });

  it('cancelling one step flags only that step; the checks that finished keep their own verdict', async () => {
    const controller = controllerFor(miniScenario(600_000), { honourDurations: true });
    await controller.loadScenario(miniScenario(600_000));
    const run = controller.run();
    await whenRunning('vpn-connect');
    controller.cancel('vpn-connect');
    await run;
    const s = controller.current();
    expect(s?.steps.find((st) => st.id === 'os-build')?.result?.details['cancelled']).toBeUndefined();
    expect(s?.steps.find((st) => st.id === 'vpn-connect')?.result?.details['cancelled']).toBe(true);
  });

  it('a hung VPN connect ends as a cancelled error while the finished checks keep their results', async () => {
    const controller = controllerFor(miniScenario(600_000), { honourDurations: true });
    await controller.loadScenario(miniScenario(600_000));
    const run = controller.run();
    await whenRunning('vpn-connect');
    controller.cancel();
    await run;
    const connect = controller.current()?.steps.find((st) => st.id === 'vpn-connect');
    expect(connect?.phase).toBe('done');
    expect(connect?.result?.status).toBe('error');
    expect(JSON.stringify(connect?.result)).toMatch(/cancel/i);
    expect(controller.isRunning()).toBe(false);
  });

  it('one step stops only that step', async () => {
    const controller = controllerFor(miniScenario(600_000), { honourDurations: true });
    await controller.loadScenario(miniScenario(600_000));
    const run = controller.run();
    await whenRunning('vpn-connect');
    controller.cancel('vpn-connect');
    await run;
    const s = controller.current();
    expect(s?.steps.find((st) => st.id === 'vpn-connect')?.result?.status).toBe('error');
    expect(s?.steps.find((st) => st.id === 'os-build')?.result?.status).toBe('pass');
    expect(s?.steps.find((st) => st.id === 'logon-vpn-icon')?.result?.status).toBe('manual');
  });
});

describe('one run at a time', () => {
  it('refuses a second run while checks are running, saying what to do', async () => {
    const controller = controllerFor(miniScenario(600_000), { honourDurations: true });
    await controller.loadScenario(miniScenario(600_000));
    const first = controller.run();
    await whenRunning('vpn-connect');
    await expect(controller.run(['os-build'])).rejects.toThrow(/already running.*cancel/i);
    controller.cancel();
    await first;
  });
});

describe('manual steps', () => {
  it('confirming the logon-screen icon re-evaluates it and the step that depends on it', async () => {
    const controller = controllerFor(miniScenario());
    await controller.loadScenario(miniScenario());
    await controller.run();
    expect(controller.current()?.steps.find((st) => st.id === 'vpn-disconnect')?.result?.status).toBe(
      'blocked',
    );
    const s = await controller.confirm('logon-vpn-icon', 'pass', 'icon bottom right');
    expect(s.confirmations['logon-vpn-icon']).toMatchObject({ result: 'pass', note: 'icon bottom right' });
    expect(s.steps.find((st) => st.id === 'logon-vpn-icon')?.result?.status).toBe('pass');
    expect(s.steps.find((st) => st.id === 'vpn-disconnect')?.result?.status).toBe('pass');
    // Steps that do not depend on the confirmation were not run again.
    expect(phasesOf('os-build')).toEqual(['idle', 'queued', 'running', 'done']);
  });

  it('a confirmation given while checks run is kept and evaluated as soon as they finish', async () => {
    const controller = controllerFor(miniScenario(600_000), { honourDurations: true });
    await controller.loadScenario(miniScenario(600_000));
    const run = controller.run();
    await whenRunning('vpn-connect');
    await controller.confirm('logon-vpn-icon', 'pass', 'seen');
    controller.cancel('vpn-connect');
    await run;
    const s = controller.current();
    expect(s?.confirmations['logon-vpn-icon']?.note).toBe('seen');
    expect(s?.steps.find((st) => st.id === 'logon-vpn-icon')?.result?.status).toBe('pass');
    expect(s?.steps.find((st) => st.id === 'vpn-disconnect')?.result?.status).toBe('pass');
  });

  it('refuses a confirmation for a step that is not manual', async () => {
    const controller = controllerFor(miniScenario());
    await controller.loadScenario(miniScenario());
    await expect(controller.confirm('os-build', 'pass', '')).rejects.toThrow(
      /not a step the technician confirms/,
    );
  });
});

describe('history and resume', () => {
  it('a session opened from history is read-only: running and confirming are refused', async () => {
    const controller = controllerFor(miniScenario());
    const s = await controller.loadScenario(miniScenario());
    await controller.run();
    await controller.flush();
    const opened = await controller.openReadOnly(s.id);
    expect(opened.readOnly).toBe(true);
    await expect(controller.run()).rejects.toThrow(/read-only/);
    await expect(controller.confirm('logon-vpn-icon', 'pass', '')).rejects.toThrow(/read-only/);
    await expect(controller.setInputs({ domain: 'x.test' })).rejects.toThrow(/read-only/);
  });

  it('resuming after a reboot brings back the live session exactly where it was, editable', async () => {
    const live = createScenarioExecutor(miniScenario(), {});
    const before = controllerFor(miniScenario(), { live });
    const s = await before.start('off-network', { domain: 'corp.contoso.com' });
    await before.run(['os-build']);
    await before.flush();
    const after = controllerFor(miniScenario(), { live });
    const resumed = await after.resume(s.id);
    expect(resumed.readOnly).toBe(false);
    expect(resumed.validationType).toBe('off-network');
    expect(resumed.steps.find((st) => st.id === 'os-build')?.result?.status).toBe('pass');
    await after.run(['vpn-connect']);
    expect(after.current()?.steps.find((st) => st.id === 'vpn-connect')?.result?.status).toBe('pass');
  });
});

describe('after a restart', () => {
  it('the Windows build is checked again when the update asked for the restart', async () => {
    const live = createScenarioExecutor(miniScenario(), {});
    const before = controllerFor(miniScenario(), { live });
    const s = await before.start('oobe-update', { updatePackage: 'D:\\kb.msu' });
    await before.flush();
    // The update step is not in the mini checklist: the saved session is given its verdict.
    const updated: SessionSnapshot = {
      ...s,
      steps: [
        ...s.steps,
        {
          id: 'update-install',
          phase: 'done',
          runningSince: null,
          result: {
            id: 'update-install',
            stage: 'Cumulative update',
            status: 'pass',
            summary: 'Installed; restart to finish (3010).',
            details: { rebootRequired: true },
            remediation: [],
            evidence: [],
          },
        },
      ],
    };
    await store.save(updated);
    expect(stepsToRecheck(updated)).toEqual(['os-build']);

    const after = controllerFor(miniScenario(), { live });
    const rechecked = new Promise<SessionSnapshot>((resolve) => {
      waiters.push((snap) => {
        const hit = snap.steps.some((st) => st.id === 'os-build' && st.phase === 'done');
        if (hit) resolve(snap);
        return hit;
      });
    });
    await after.resume(s.id, { recheck: true });
    const snap = await rechecked;
    expect(snap.steps.find((st) => st.id === 'os-build')?.result?.status).toBe('pass');
    expect(snap.steps.find((st) => st.id === 'vpn-connect')?.phase).toBe('idle');
  });

  it('the off-network sign-in is checked again after the technician signed in off the network', () => {
    const base = {
      validationType: 'off-network',
      confirmations: {},
      steps: [],
    } as unknown as SessionSnapshot;
    expect(stepsToRecheck(base)).toEqual(['offnetwork-signin']);
    expect(stepsToRecheck({ ...base, validationType: 'on-network' })).toEqual([]);
  });
});

describe('saving', () => {
  it('saves every change: the session reloaded from disk equals what the screen last showed', async () => {
    const controller = controllerFor(miniScenario());
    const s = await controller.loadScenario(miniScenario());
    await controller.run();
    await controller.confirm('logon-vpn-icon', 'fail', 'no icon');
    await controller.flush();
    expect(await store.load(s.id)).toEqual(controller.current());
    expect(snapshots.at(-1)).toEqual(controller.current());
  });

  it('a save that fails is kept for the next request to report, never swallowed', async () => {
    const failing: SessionStore = {
      ...store,
      save: async () => {
        throw new Error('disk full');
      },
    };
    const controller = controllerFor(miniScenario(), { store: failing });
    await controller.loadScenario(miniScenario());
    await controller.flush();
    expect(controller.takeSaveError()?.message).toMatch(/could not be saved: disk full/);
    expect(controller.takeSaveError()).toBeNull();
  });
});
