/**
 * The Fleet screen's IPC channels through the real dispatcher: requests checked with zod before
 * main acts (a remediation id must be a GUID), main's own dialogs choose the files, and the fleet
 * on screen is what gets exported.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../main/api.js';
import { CHECKLIST } from '../../../common/engine/checklist.js';
import { createDispatcher, type Dispatcher } from '../../../main/ipc.js';
import { createFleetService } from '../../../main/fleet/fleet-service.js';
import { createScenarioExecutor } from '../../../main/probes/scenario-runner.js';
import { createReportRenderer } from '../../../main/report/renderer.js';
import { createSessionController } from '../../../main/sessions/controller.js';
import { readDeviceIdentity } from '../../../main/sessions/read-device-identity.js';
import { createSessionStore } from '../../../main/sessions/store.js';
import type { FileFilter } from '../../../main/shell-env.js';
import { miniScenario } from './sessions/mini-checklist.js';

let dir: string;
let openAnswers: (string | null)[];
let dialogs: { kind: string; title: string; filters: FileFilter[] }[];
let graphCalls: number;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-api-fleet-'));
  openAnswers = [];
  dialogs = [];
  graphCalls = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function setup(withFolderDialog: boolean): Dispatcher {
  const store = createSessionStore(join(dir, 'sessions'));
  const controller = createSessionController({
    executorFor: (_mode, scenario) => createScenarioExecutor(scenario ?? miniScenario(), {}),
    store,
    emit: () => undefined,
    checklist: CHECKLIST,
    clock: () => new Date('2026-12-01T09:00:00Z'),
    newId: () => 'session-1',
    readDevice: readDeviceIdentity,
  });
  const fleet = createFleetService({
    graph: async () => {
      graphCalls += 1;
      return { client: null, reason: 'Sign in to your tenant to read remediation results.' };
    },
    onProgress: () => undefined,
  });
  const handlers = createApiHandlers({
    fleet,
    controller,
    store,
    report: createReportRenderer(),
    auth: null,
    checklist: CHECKLIST,
    env: {
      appVersion: '1.2.3',
      platform: 'win32',
      emit: () => undefined,
      showOpenDialog: async (title, filters) => {
        dialogs.push({ kind: 'open', title, filters });
        return openAnswers.shift() ?? null;
      },
      ...(withFolderDialog
        ? {
            showOpenFolderDialog: async (title: string) => {
              dialogs.push({ kind: 'folder', title, filters: [] });
              return openAnswers.shift() ?? null;
            },
          }
        : {}),
      showSaveDialog: async (title, name, filters) => {
        dialogs.push({ kind: 'save', title, filters });
        return join(dir, name);
      },
      printToPdf: async () => Buffer.from(''),
    },
    liveAvailability: async () => ({ available: false, reason: 'test' }),
    liveExecutor: () => {
      throw new Error('no live device');
    },
    clock: () => new Date('2026-12-01T09:00:00Z'),
  });
  return createDispatcher(handlers, { checkResponses: true });
}

describe('fleet IPC channels', () => {
  it('refuses a remediation id that is not a GUID before main reaches Graph', async () => {
    const dispatch = setup(true);
    const answer = await dispatch('fleetLoadRemediation', { id: '../../users', name: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(graphCalls).toBe(0);
    expect(await dispatch('fleetExport', { format: 'pdf' })).toMatchObject({ ok: false });
    expect(await dispatch('fleetOpen', { kind: 'disk' })).toMatchObject({ ok: false });
  });

  it('says to sign in when not signed in, and that no fleet is open before an export', async () => {
    const dispatch = setup(true);
    expect(await dispatch('fleetRemediations', undefined)).toMatchObject({
      ok: false,
      error: { message: 'Sign in to your tenant to read remediation results.' },
    });
    expect(await dispatch('fleetExport', { format: 'html' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('No fleet is open') },
    });
  });

  it('opens the export main’s own dialog picked, answers null when cancelled, and exports what is on screen', async () => {
    const dispatch = setup(false);
    expect(await dispatch('fleetOpen', { kind: 'file' })).toEqual({ ok: true, value: null });
    const csv = join(dir, 'status.csv');
    await writeFile(csv, '"Device name","Pre-remediation detection output"\r\n"PC-1","garbage"\r\n');
    openAnswers = [csv];
    const opened = await dispatch('fleetOpen', { kind: 'file' });
    expect(opened).toMatchObject({ ok: true, value: { source: 'status.csv', counts: { unknown: 1 } } });
    expect(dialogs[1]?.filters).toEqual([
      { name: 'Intune export (CSV) or Graph run states (JSON)', extensions: ['csv', 'json'] },
    ]);
    const saved = await dispatch('fleetExport', { format: 'json' });
    expect(saved).toEqual({ ok: true, value: join(dir, 'hvv-fleet-2026-12-01.json') });
    const doc = JSON.parse(await readFile(join(dir, 'hvv-fleet-2026-12-01.json'), 'utf8')) as {
      devices: { device: string; verdict: string }[];
    };
    expect(doc.devices).toEqual([expect.objectContaining({ device: 'PC-1', verdict: 'unknown' })]);
    // Where no folder can be picked, the technician is told to open a file instead.
    expect(await dispatch('fleetOpen', { kind: 'folder' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('open one exported file') },
    });
  });
});
