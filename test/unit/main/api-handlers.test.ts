import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers, type ApiDeps } from '../../../main/api.js';
import { CHECKLIST } from '../../../common/engine/checklist.js';
import { createDispatcher, type Dispatcher } from '../../../main/ipc.js';
import { createScenarioExecutor } from '../../../main/probes/scenario-runner.js';
import { createReportRenderer } from '../../../main/report/renderer.js';
import { createSessionController, type SessionController } from '../../../main/sessions/controller.js';
import { readDeviceIdentity } from '../../../main/sessions/read-device-identity.js';
import { createSessionStore } from '../../../main/sessions/store.js';
import type { FileFilter } from '../../../main/shell-env.js';
import type { ApiHandlers, SessionSnapshot } from '../../../common/ipc/contract.js';
import { miniScenario } from './sessions/mini-checklist.js';
import { writeZip } from '../../fakes/zip-writer.js';
import { NATIVE_FIXTURES } from '../../paths.js';

let dir: string;
let openAnswer: string | null;
let saveAnswer: string | null;
let dialogs: { title: string; filters: FileFilter[] }[];
let events: string[];
let liveAvailable: boolean;
let controllers: SessionController[];

function vpnList(): string {
  return JSON.stringify([
    { Name: 'Contoso VPN', AllUserConnection: true, TunnelType: 'Ikev2', PluginApplicationID: null },
    {
      Name: 'Pulse Secure',
      AllUserConnection: true,
      TunnelType: 'Automatic',
      PluginApplicationID: 'PulseSecure.VpnPlugin_qzpvqh70t9a6p',
    },
  ]);
}

function scenarioText(): string {
  const s = miniScenario();
  s.probes.push({
    probe: 'vpn.connections',
    args: {},
    result: { exitCode: 0, stdout: vpnList(), stderr: '', durationMs: 40, timedOut: false },
  });
  s.probes.push({
    probe: 'logon.session',
    args: {},
    result: {
      exitCode: 0,
      stdout:
        '{"LogonServer":"\\\\DC01","UserDnsDomain":"CORP.CONTOSO.COM","Upn":"ben@contoso.com","ComputerName":"LAB-PC-07","LogonType":2}',
      stderr: '',
      durationMs: 40,
      timedOut: false,
    },
  });
  return JSON.stringify(s);
}

function setup(overrides: Partial<ApiDeps> = {}): { handlers: ApiHandlers; dispatch: Dispatcher } {
  const store = createSessionStore(join(dir, 'sessions'));
  const controller = createSessionController({
    executorFor: (_mode, scenario) => createScenarioExecutor(scenario ?? miniScenario(), {}),
    store,
    emit: (event) => events.push(event),
    checklist: CHECKLIST,
    clock: () => new Date('2026-11-26T09:00:00Z'),
    newId: () => 'session-1',
    readDevice: readDeviceIdentity,
  });
  controllers.push(overrides.controller ?? controller);
  const handlers = createApiHandlers({
    controller,
    store,
    report: createReportRenderer(),
    auth: null,
    checklist: CHECKLIST,
    env: {
      appVersion: '1.2.3',
      platform: 'win32',
      emit: (event) => events.push(event),
      showOpenDialog: async (title, filters) => {
        dialogs.push({ title, filters });
        return openAnswer;
      },
      showSaveDialog: async (title, _name, filters) => {
        dialogs.push({ title, filters });
        return saveAnswer;
      },
      printToPdf: async (html) => Buffer.from(`PDF:${html.length}`),
    },
    liveAvailability: async () =>
      liveAvailable ? { available: true, reason: null } : { available: false, reason: 'not Windows' },
    liveExecutor: () => createScenarioExecutor(miniScenario(), {}),
    clock: () => new Date('2026-11-26T09:00:00Z'),
    ...overrides,
  });
  return { handlers, dispatch: createDispatcher(handlers, { checkResponses: true }) };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-api-'));
  openAnswer = null;
  saveAnswer = null;
  dialogs = [];
  events = [];
  liveAvailable = false;
  controllers = [];
});

afterEach(async () => {
  await Promise.all(controllers.map((c) => c.flush()));
  await rm(dir, { recursive: true, force: true });
});

describe('the app’s answers to the renderer', () => {
  it('lists every checklist step in order, with nothing the renderer cannot receive', async () => {
    const { dispatch } = setup();
    const answer = await dispatch('stepChecklist', undefined);
    expect(answer.ok).toBe(true);
    const steps = answer.ok ? (answer.value as { id: string }[]) : [];
    expect(steps.map((s) => s.id)).toEqual(CHECKLIST.map((d) => d.id));
  });

  it('says live checks are unavailable and why, and refuses a live session with a pointer to replay', async () => {
    const { handlers } = setup();
    expect((await handlers.appInfo(undefined)).live).toEqual({ available: false, reason: 'not Windows' });
    await expect(handlers.startSession({ validationType: 'on-network', inputs: {} })).rejects.toThrow(
      /not available here \(not Windows\).*recorded scenario/,
    );
  });

  it('passes the reason’s id and verbatim detail on, valid for the contract, for the start screen to translate', async () => {
    const refused = {
      available: false,
      reason: 'PowerShell refused (exit code 1)',
      reasonId: 'refused' as const,
      reasonDetail: 'exit code 1',
    };
    const { dispatch } = setup({ liveAvailability: async () => refused });
    const answer = await dispatch('appInfo', undefined);
    expect(answer.ok && (answer.value as { live: unknown }).live).toEqual(refused);
    // An id the contract does not know is refused at the boundary, not shown as an empty banner.
    const odd = setup({ liveAvailability: async () => ({ ...refused, reasonId: 'odd' as 'refused' }) });
    expect((await odd.dispatch('appInfo', undefined)).ok).toBe(false);
  });

  it('sends no English note when tenant sign-in is not configured: the panel says it, translated', async () => {
    const { dispatch } = setup();
    const answer = await dispatch('authStatus', undefined);
    expect(answer.ok && answer.value).toMatchObject({ signedIn: false, configured: false, note: null });
  });

  it('opens a scenario picked in the Open dialog and replays it as a recording', async () => {
    const { handlers } = setup();
    openAnswer = join(dir, 'device.scenario.json');
    await writeFile(openAnswer, scenarioText());
    const s = await handlers.openScenarioDialog(undefined);
    expect(s?.mode).toBe('replay');
    expect(s?.title).toBe('Mini device');
    expect(dialogs[0]?.filters[0]?.extensions).toEqual(['json']);
    expect(events).toContain('sessionChanged');
  });

  it('returns nothing when the technician cancels the Open dialog', async () => {
    const { handlers } = setup();
    expect(await handlers.openScenarioDialog(undefined)).toBeNull();
    expect(await handlers.currentSession(undefined)).toBeNull();
  });

  it('refuses a dropped file that is not JSON with the parser’s own message', async () => {
    const { dispatch } = setup();
    const answer = await dispatch('loadScenario', { fileName: 'broken.scenario.json', content: '{ nope' });
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error.message).toMatch(/broken\.scenario\.json/);
  });

  it('replays an Intune diagnostics zip dropped on the app, and refuses one that is not a zip', async () => {
    const { dispatch } = setup();
    const zip = writeZip([
      { name: '1/output.log', data: await readFile(join(NATIVE_FIXTURES, 'dsregcmd', 'hybrid-joined.txt')) },
      { name: '2/output.log', data: await readFile(join(NATIVE_FIXTURES, 'netsh', 'direct-en.txt')) },
    ]);
    const answer = await dispatch('loadDiagnosticsBundle', {
      fileName: 'DiagLogs-LAB-0042-20261124T101500Z.zip',
      base64: zip.toString('base64'),
    });
    expect(answer.ok ? (answer.value as SessionSnapshot).title : answer.error.message).toMatch(
      /Intune diagnostics of LAB-0042/,
    );
    const bad = await dispatch('loadDiagnosticsBundle', {
      fileName: 'notes.zip',
      base64: Buffer.from('hello').toString('base64'),
    });
    expect(bad.ok ? '' : bad.error.message).toMatch(/notes\.zip: not a zip archive/);
    const notZip = await dispatch('loadDiagnosticsBundle', { fileName: '../../x.exe', base64: '' });
    expect(notZip.ok ? '' : notZip.error.code).toBe('invalid-request');
  });

  it('offers only .msu and .cab files when choosing the cumulative update', async () => {
    const { handlers } = setup();
    openAnswer = 'D:\\windows10.0-kb5034441-x64.msu';
    expect(await handlers.pickUpdatePackage(undefined)).toBe(openAnswer);
    expect(dialogs[0]?.filters).toEqual([{ name: 'Windows update package', extensions: ['msu', 'cab'] }]);
  });

  it('prefills the VPN picker from the recording, marking plug-in VPNs not usable with the reason', async () => {
    const { handlers } = setup();
    await handlers.loadScenario({ fileName: 'device.scenario.json', content: scenarioText() });
    const defaults = await handlers.deviceDefaults(undefined);
    // The DNS name the form and nltest expect, not the NetBIOS name dsregcmd prints.
    expect(defaults.domain).toBe('corp.contoso.com');
    expect(defaults.vpnConnections).toEqual([
      { name: 'Contoso VPN', usable: true, reason: null },
      { name: 'Pulse Secure', usable: false, reason: expect.stringMatching(/plug-in.*after sign-in/) },
    ]);
  });

  it('reading the defaults twice does not move the recording on to its next answer', async () => {
    const { handlers } = setup();
    const scenario = JSON.parse(scenarioText()) as {
      probes: { probe: string; result: { stdout: string } }[];
    };
    const later = JSON.parse(JSON.stringify(scenario.probes.find((p) => p.probe === 'vpn.connections')));
    later.result.stdout = '[]';
    scenario.probes.push(later);
    await handlers.loadScenario({ fileName: 'device.scenario.json', content: JSON.stringify(scenario) });
    const first = await handlers.deviceDefaults(undefined);
    const second = await handlers.deviceDefaults(undefined);
    expect(second).toEqual(first);
    expect(second.vpnConnections).toHaveLength(2);
  });

  it('tells the technician where Windows Update is when the app cannot open Settings itself', async () => {
    const { handlers } = setup();
    await expect(handlers.openWindowsUpdate(undefined)).rejects.toThrow(/Settings › Windows Update/);
  });

  it('refuses to restart the device while replaying a recording', async () => {
    let rebooted = false;
    const { handlers } = setup({
      reboot: async () => {
        rebooted = true;
      },
    });
    await handlers.loadScenario({ fileName: 'device.scenario.json', content: scenarioText() });
    await expect(handlers.reboot({ confirmed: true })).rejects.toThrow(/recording/);
    expect(rebooted).toBe(false);
  });
});

describe('exporting the report', () => {
  async function replayed(handlers: ApiHandlers): Promise<SessionSnapshot> {
    const s = await handlers.loadScenario({ fileName: 'device.scenario.json', content: scenarioText() });
    await handlers.runSteps({ allowActions: false });
    return s;
  }

  it('writes the HTML report where the technician chose, naming the device', async () => {
    const { handlers } = setup();
    await replayed(handlers);
    saveAnswer = join(dir, 'report.html');
    expect(await handlers.exportSession({ format: 'html' })).toBe(saveAnswer);
    const html = await readFile(saveAnswer, 'utf8');
    expect(html).toContain('LAB-PC-07');
    expect(html).toContain('5CG1234XYZ');
  });

  it('prints the PDF from the same HTML report', async () => {
    const { handlers } = setup();
    await replayed(handlers);
    saveAnswer = join(dir, 'report.pdf');
    await handlers.exportSession({ format: 'pdf' });
    expect(await readFile(saveAnswer, 'utf8')).toMatch(/^PDF:\d+$/);
    expect(dialogs.at(-1)?.filters).toEqual([{ name: 'PDF report', extensions: ['pdf'] }]);
  });

  it('writes nothing and answers null when the technician cancels the Save dialog', async () => {
    const { handlers } = setup();
    await replayed(handlers);
    expect(await handlers.exportSession({ format: 'json' })).toBeNull();
  });

  it('explains that there is nothing to export before a session is open', async () => {
    const { handlers } = setup();
    await expect(handlers.exportSession({ format: 'html' })).rejects.toThrow(/No validation session is open/);
  });
});

describe('history', () => {
  it('lists a saved session, opens it read-only, and deletes it', async () => {
    const { handlers } = setup();
    const s = await handlers.loadScenario({ fileName: 'device.scenario.json', content: scenarioText() });
    await handlers.runSteps({ allowActions: false });
    const listed = await handlers.listSessions(undefined);
    expect(listed.map((x) => x.id)).toEqual([s.id]);
    const opened = await handlers.openSession({ id: s.id });
    expect(opened.readOnly).toBe(true);
    await expect(handlers.runSteps({ allowActions: false })).rejects.toThrow(/read-only/);
    await handlers.deleteSession({ id: s.id });
    expect(await handlers.listSessions(undefined)).toEqual([]);
    expect(await handlers.currentSession(undefined)).toBeNull();
  });
});

describe('a failed save', () => {
  it('is reported by the next request instead of being lost', async () => {
    const store = createSessionStore(join(dir, 'sessions'));
    const controller = createSessionController({
      executorFor: (_mode, scenario) => createScenarioExecutor(scenario ?? miniScenario(), {}),
      store: { ...store, save: () => Promise.reject(new Error('access denied')) },
      emit: () => undefined,
      checklist: CHECKLIST,
      clock: () => new Date(),
      newId: () => 'session-2',
    });
    const { handlers } = setup({ controller });
    await handlers.loadScenario({ fileName: 'device.scenario.json', content: scenarioText() });
    await controller.flush();
    await expect(handlers.currentSession(undefined)).rejects.toThrow(/could not be saved: access denied/);
  });
});
