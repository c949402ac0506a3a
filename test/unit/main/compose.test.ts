import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../common/ipc/contract.js';
import { composeServices } from '../../../main/compose.js';
import type { ShellEnv } from '../../../main/shell-env.js';
import { SCENARIO_FIXTURES } from '../../paths.js';

const FIXTURE = join(SCENARIO_FIXTURES, 'win10-1909-ikev2-connects.scenario.json');

let dir: string;
let disposers: Array<() => Promise<void>>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-compose-'));
  disposers = [];
});

afterEach(async () => {
  for (const dispose of disposers) await dispose();
  await rm(dir, { recursive: true, force: true });
});

/** Everything Electron would provide, answered from the test's temp folder. */
function shellEnv(scenarioPath: string): ShellEnv & { events: EventName[] } {
  const events: EventName[] = [];
  return {
    events,
    userDataDir: join(dir, 'userData'),
    appVersion: '9.9.9-test',
    platform: 'linux',
    emit: <E extends EventName>(event: E, _payload: EventPayload<E>) => void events.push(event),
    openExternal: async () => undefined,
    showOpenDialog: async () => scenarioPath,
    showSaveDialog: async (_title, defaultName) => join(dir, defaultName),
    printToPdf: async () => Buffer.from('%PDF-1.7 test'),
    secrets: {
      isAvailable: () => false,
      encrypt: () => {
        throw new Error('no encryption in this test');
      },
      decrypt: () => {
        throw new Error('no encryption in this test');
      },
    },
  };
}

/** The fixture at 1 ms per probe: the app honours recorded durations, the test need not wait. */
async function fastScenario(): Promise<string> {
  const scenario = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    probes: Array<{ result: { durationMs: number } }>;
  };
  for (const entry of scenario.probes) entry.result.durationMs = 1;
  const path = join(dir, 'device.scenario.json');
  await writeFile(path, JSON.stringify(scenario));
  return path;
}

async function compose(env: ShellEnv, argv: string[] = ['hvv']) {
  const services = await composeServices(env, { argv });
  disposers.push(services.dispose);
  return services.handlers;
}

describe('the app as compose wires it', () => {
  it('replays a recording end to end: open, run, save, export and list it in history', async () => {
    const env = shellEnv(await fastScenario());
    const api = await compose(env);

    const opened = await api.openScenarioDialog(undefined);
    expect(opened?.mode).toBe('replay');
    await api.runSteps({ allowActions: false });

    const session = await api.currentSession(undefined);
    const byId = new Map(session?.steps.map((step) => [step.id, step.result?.status]));
    expect(byId.get('os-build')).toBe('pass');
    expect(byId.get('vpn-connect')).toBe('pass');
    expect(env.events).toContain('sessionChanged');

    const saved = await api.exportSession({ format: 'html' });
    expect(saved).not.toBeNull();
    const html = await readFile(saved ?? '', 'utf8');
    expect(html).toContain('Contoso VPN');
    expect(html).toContain('9.9.9-test');

    const history = await api.listSessions(undefined);
    expect(history.map((entry) => entry.id)).toContain(session?.id);
  });

  it('reopens the session named by --resume after a restart, with its results', async () => {
    const env = shellEnv(await fastScenario());
    const first = await compose(env);
    await first.openScenarioDialog(undefined);
    await first.runSteps({ allowActions: false });
    const before = await first.currentSession(undefined);
    await disposers.pop()?.();

    const after = await compose(env, ['app.exe', '--resume', before?.id ?? '']);
    const resumed = await after.currentSession(undefined);
    expect(resumed?.id).toBe(before?.id);
    expect(resumed?.steps.find((step) => step.id === 'os-build')?.result?.status).toBe('pass');
  });

  it('says why live checks are unavailable off Windows, and that tenant sign-in needs setting up', async () => {
    const api = await compose(shellEnv(await fastScenario()));
    const info = await api.appInfo(undefined);
    if (process.platform !== 'win32') {
      expect(info.live.available).toBe(false);
      expect(info.live.reason).toMatch(/Windows/);
      expect(info.live.reasonId).toBe('not-windows');
    }
    const auth = await api.authStatus(undefined);
    expect(auth.signedIn).toBe(false);
    expect(auth.configured).toBe(false);
    // The panel says, translated, that sign-in is not set up: no English note repeating it.
    expect(auth.note ?? null).toBeNull();
  });
});
