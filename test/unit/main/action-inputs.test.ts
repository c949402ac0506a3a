/**
 * Issue 14: main, not the renderer, decides what rasdial dials and what wusa installs. Through the
 * real API handlers and session controller, with a recorded device as the "live" executor.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../main/api.js';
import { CHECKLIST } from '../../../common/engine/checklist.js';
import type { Scenario } from '../../../common/model.js';
import { createScenarioExecutor } from '../../../main/probes/scenario-runner.js';
import { createReportRenderer } from '../../../main/report/renderer.js';
import { createSessionController, type SessionController } from '../../../main/sessions/controller.js';
import { readDeviceIdentity } from '../../../main/sessions/read-device-identity.js';
import { createSessionStore } from '../../../main/sessions/store.js';
import { miniScenario } from './sessions/mini-checklist.js';

let dir: string;
let openAnswer: string | null;
let controller: SessionController | null;

function device(): Scenario {
  const s = miniScenario();
  s.probes.push({
    probe: 'vpn.connections',
    args: {},
    result: {
      exitCode: 0,
      stdout: JSON.stringify([{ Name: 'Contoso VPN', AllUserConnection: true, PluginApplicationID: null }]),
      stderr: '',
      durationMs: 40,
      timedOut: false,
    },
  });
  return s;
}

function setup() {
  const store = createSessionStore(join(dir, 'sessions'));
  controller = createSessionController({
    executorFor: (_mode, scenario) => createScenarioExecutor(scenario ?? device(), {}),
    store,
    emit: () => undefined,
    checklist: CHECKLIST,
    clock: () => new Date('2026-11-26T09:00:00Z'),
    newId: () => 'session-1',
    readDevice: readDeviceIdentity,
  });
  return createApiHandlers({
    controller,
    store,
    report: createReportRenderer(),
    auth: null,
    checklist: CHECKLIST,
    env: {
      appVersion: '1.2.3',
      platform: 'win32',
      emit: () => undefined,
      showOpenDialog: async () => openAnswer,
      showSaveDialog: async () => null,
      printToPdf: async () => Buffer.from(''),
    },
    liveAvailability: async () => ({ available: true, reason: null }),
    liveExecutor: () => createScenarioExecutor(device(), {}),
    clock: () => new Date('2026-11-26T09:00:00Z'),
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-action-inputs-'));
  openAnswer = null;
  controller = null;
});

afterEach(async () => {
  await controller?.flush();
  await rm(dir, { recursive: true, force: true });
});

describe('main accepts action inputs only from its own listing and dialogs', () => {
  it.each([
    ['a VPN name the device does not list', { vpnConnection: 'Evil VPN" /phonebook:\\\\x\\y' }],
    ['a UNC update package', { updatePackage: '\\\\attacker\\share\\kb.msu' }],
    ['a local package nobody picked', { updatePackage: 'C:\\Windows\\Temp\\kb.msu' }],
  ])('refuses %s from setInputs, with a reason, and keeps the session as it was', async (_label, input) => {
    const handlers = setup();
    const started = await handlers.startSession({ validationType: 'on-network', inputs: {} });
    await expect(handlers.setInputs({ domain: 'corp.contoso.com', ...input })).rejects.toThrow(/Choose/);
    expect((await handlers.currentSession(undefined))?.inputs).toEqual(started.inputs);
  });

  it('refuses the same from startSession', async () => {
    const handlers = setup();
    await expect(
      handlers.startSession({
        validationType: 'on-network',
        inputs: { updatePackage: '\\\\attacker\\share\\kb.msu' },
      }),
    ).rejects.toThrow(/own file dialog/);
    await expect(
      handlers.startSession({ validationType: 'on-network', inputs: { vpnConnection: 'Other VPN' } }),
    ).rejects.toThrow(/not a VPN connection this device lists/);
  });

  it('accepts a VPN name the device lists and a package picked in the dialog', async () => {
    const handlers = setup();
    await handlers.startSession({ validationType: 'on-network', inputs: {} });
    openAnswer = 'D:\\windows10.0-kb4530684-x64.msu';
    const path = await handlers.pickUpdatePackage(undefined);
    const s = await handlers.setInputs({ vpnConnection: 'Contoso VPN', updatePackage: path });
    expect(s.inputs).toMatchObject({ vpnConnection: 'Contoso VPN', updatePackage: openAnswer });
    // Changing another input keeps the accepted ones.
    const again = await handlers.setInputs({ ...s.inputs, domain: 'corp.contoso.com' });
    expect(again.inputs.updatePackage).toBe(openAnswer);
  });

  it('in replay, accepts what the recording names, and nothing else', async () => {
    const handlers = setup();
    const recording = device();
    recording.probes.push({
      probe: 'update.install',
      args: { path: 'E:\\kb5034441.msu' },
      result: { exitCode: 0, stdout: '', stderr: '', durationMs: 1, timedOut: false },
    });
    await handlers.loadScenario({ fileName: 'lab.scenario.json', content: JSON.stringify(recording) });
    const s = await handlers.setInputs({ updatePackage: 'E:\\kb5034441.msu', vpnConnection: 'Contoso VPN' });
    expect(s.inputs.updatePackage).toBe('E:\\kb5034441.msu');
    await expect(handlers.setInputs({ updatePackage: '\\\\attacker\\kb.msu' })).rejects.toThrow(
      /own file dialog/,
    );
  });
});
