/**
 * Opens the built renderer in Chromium backed by the real main-process code running in this Node
 * process: the API handlers, session controller, scenario executor, session store (a temporary
 * folder) and report renderer are the app's own. Only Electron is replaced: IPC by a Playwright
 * binding routed through the same dispatcher (same zod validation), the preload's transport by the
 * bundled page bridge, and the native dialogs by answers the test gives.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { createApiHandlers } from '../../main/api.js';
import type { ProbeExecutor } from '../../common/model.js';
import { CHECKLIST } from '../../common/engine/checklist.js';
import { createDispatcher, type Dispatcher } from '../../main/ipc.js';
import { parseScenario, createScenarioExecutor } from '../../main/probes/scenario-runner.js';
import { createReportRenderer } from '../../main/report/renderer.js';
import { createSessionStore } from '../../main/sessions/store.js';
import { createSessionController, type SessionController } from '../../main/sessions/controller.js';
import { readDeviceIdentity } from '../../main/sessions/read-device-identity.js';
import type { FileFilter } from '../../main/shell-env.js';
import {
  eventChannels,
  invokeChannels,
  type ApiHandlers,
  type EmitEvent,
  type SessionSnapshot,
} from '../../common/ipc/contract.js';
import { createDeltaEncoder } from '../../common/ipc/session-delta.js';
import { serveRenderer } from './static-server.js';
import type { RunContext } from '../../common/run-context.js';
import type { LiveUnavailableReasonId } from '../../common/live-unavailable.js';
import type { TenantAuthService } from '../../main/auth/auth-service.js';
import { fleetScopesFor } from '../../main/auth/config.js';
import { createFleetService } from '../../main/fleet/fleet-service.js';
import type { RequiredEndpoint } from '../../common/engine/step-definition.js';
import { createGraphClient } from '../../main/graph/graph-client.js';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(ROOT, 'dist/renderer');
export const SCENARIOS_DIR = join(ROOT, 'test/fixtures/scenarios');
export const SCREENSHOTS_DIR = join(ROOT, 'test-results/screenshots');

export interface OpenAppOptions {
  /** Answers for "Open" dialogs (scenario files, update packages), in order; null = cancelled. */
  openDialogAnswers?: (string | null)[];
  /** Keep sessions across "restarts" of the app by passing the same folder again. */
  userDataDir?: string;
  /** Replay with each probe's recorded durationMs as a real delay (slow actions, cancel). */
  honourDurations?: boolean;
  /** A scenario standing in for a live Windows device (makes live checks "available"). */
  liveDevice?: string;
  /** Reopen this saved session as the current one at start, as the app does after a reboot. */
  resumeSessionId?: string;
  /** Answer every "Save" dialog with this folder + the suggested name (default: userDataDir/exports). */
  exportDir?: string;
  /** Who the live device's app runs as (the PowerShell host's check on Windows). */
  runContext?: RunContext;
  /** Why live checks are unavailable, as main would say it (default: no Windows device). */
  liveUnavailableReason?: string;
  /**
   * The same reason as an id, which the start screen says in its language (default: 'not-windows'
   * when no reason is given either; none for a reason given alone, which is then shown as sent).
   */
  liveUnavailableReasonId?: LiveUnavailableReasonId;
  /** The verbatim detail main sends with the id (exit code, PowerShell's words). */
  liveUnavailableReasonDetail?: string;
  /**
   * Tenant sign-in for the Fleet screen: the app's own auth service (msal-node) against a fake
   * Azure AD, and Graph at this local base URL (http://127.0.0.1:port).
   */
  tenant?: { auth: TenantAuthService; graphBaseUrl: string };
  /** The endpoints the fleet's detection script was made with (default: the built-in list). */
  fleetEndpoints?: readonly RequiredEndpoint[];
  /** Answers for "Open folder" dialogs, in order; null = cancelled. */
  openFolderAnswers?: (string | null)[];
}

export interface AppHandle {
  page: Page;
  handlers: ApiHandlers;
  controller: SessionController;
  userDataDir: string;
  exportDir: string;
  /** Every path the app wrote through a Save dialog. */
  saved: string[];
  /** Sessions for which the app asked Windows to restart (the restart itself is the one thing faked). */
  reboots: { sessionId: string; savedBeforeRestart: boolean }[];
  /** The titles of the dialogs the app asked for, with their filters. */
  dialogs: { kind: 'open' | 'save'; title: string; filters: FileFilter[] }[];
  close(): Promise<void>;
}

let bridgeScript: Promise<string> | null = null;

/** Per page, the app currently behind the bridge: an "app restart" swaps it, the page keeps one binding. */
const bridges = new WeakMap<Page, { dispatch: Dispatcher }>();

const methodByChannel = new Map<string, string>(
  Object.entries(invokeChannels).map(([method, spec]) => [spec.channel, method]),
);

async function installBridge(page: Page, dispatch: Dispatcher): Promise<void> {
  const existing = bridges.get(page);
  if (existing) {
    existing.dispatch = dispatch;
    return;
  }
  const bridge = { dispatch };
  bridges.set(page, bridge);
  await page.exposeBinding('__hvvInvoke', async (_source, channel: string, request: unknown) =>
    bridge.dispatch(methodByChannel.get(channel) ?? channel, request),
  );
  await page.addInitScript({ content: await pageBridge() });
}

function pageBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bridgeScript;
}

/** A recorded device standing in for this computer: same answers, reported as live. */
function asLive(inner: ProbeExecutor): ProbeExecutor {
  return { mode: 'live', run: (request, options) => inner.run(request, options) };
}

function unavailableId(options: OpenAppOptions): {
  reasonId?: LiveUnavailableReasonId;
  reasonDetail?: string;
} {
  const reasonId =
    options.liveUnavailableReasonId ??
    (options.liveUnavailableReason === undefined ? 'not-windows' : undefined);
  if (!reasonId) return {};
  const detail = options.liveUnavailableReasonDetail;
  return detail === undefined ? { reasonId } : { reasonId, reasonDetail: detail };
}

export function scenarioPath(name: string): string {
  return join(SCENARIOS_DIR, name);
}

export async function openApp(page: Page, options: OpenAppOptions = {}): Promise<AppHandle> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      'dist/renderer is missing: add `globalSetup: "./test/browser/global-setup.ts"` to playwright.config.ts or run `npx vite build`.',
    );
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'hvv-browser-')));
  const exportDir = options.exportDir ?? join(userDataDir, 'exports');
  await mkdir(exportDir, { recursive: true });
  const openAnswers = [...(options.openDialogAnswers ?? [])];
  const saved: string[] = [];
  const reboots: AppHandle['reboots'] = [];
  const dialogs: AppHandle['dialogs'] = [];

  // Events are delivered in order; one sent before the page is up is dropped (the renderer asks
  // currentSession on load, like the app after a reload).
  // Session changes go as sessionDelta, as main/app.ts sends them (issue 14); a dropped one makes
  // the page fetch the whole session, as after a reload.
  let delivery: Promise<unknown> = Promise.resolve();
  const deltas = createDeltaEncoder();
  const deliver = (channel: string, payload: unknown): void => {
    delivery = delivery
      .then(() => page.evaluate(([c, p]) => window.__hvvDeliver?.(c, p), [channel, payload] as const))
      .catch(() => undefined);
  };
  const emit: EmitEvent = (event, payload) => {
    if (event === 'sessionChanged') {
      deliver(eventChannels.sessionDelta.channel, deltas.encode(payload as SessionSnapshot));
      return;
    }
    deliver(eventChannels[event].channel, payload);
  };

  const liveScenario = options.liveDevice ? parseScenario(await readFile(options.liveDevice, 'utf8')) : null;
  const liveExecutor: ProbeExecutor | null = liveScenario
    ? asLive(createScenarioExecutor(liveScenario, { honourDurations: options.honourDurations ?? false }))
    : null;

  const store = createSessionStore(join(userDataDir, 'sessions'));
  const controller = createSessionController({
    executorFor: (mode, scenario) => {
      if (mode === 'replay' && scenario) {
        return createScenarioExecutor(scenario, { honourDurations: options.honourDurations ?? false });
      }
      if (!liveExecutor) throw new Error('Live checks are not available in the browser tests.');
      return liveExecutor;
    },
    store,
    emit,
    checklist: CHECKLIST,
    clock: () => new Date(),
    newId: () => randomUUID(),
    readDevice: readDeviceIdentity,
  });
  if (options.resumeSessionId) await controller.resume(options.resumeSessionId);

  const tenant = options.tenant;
  const fleetGraph = tenant
    ? createGraphClient({
        baseUrl: tenant.graphBaseUrl,
        getToken: (signal) =>
          tenant.auth.getAccessToken(signal, fleetScopesFor('https://graph.microsoft.com')),
      })
    : null;
  const fleet = createFleetService({
    graph: async () => {
      if (!tenant || !fleetGraph) return { client: null, reason: 'Tenant sign-in is not set up.' };
      if (!(await tenant.auth.status()).signedIn) {
        return { client: null, reason: 'Sign in to your tenant to read remediation results.' };
      }
      return { client: fleetGraph };
    },
    onProgress: (progress) => emit('fleetProgress', progress),
    ...(options.fleetEndpoints ? { endpoints: options.fleetEndpoints } : {}),
  });
  const folderAnswers = [...(options.openFolderAnswers ?? [])];

  const handlers = createApiHandlers({
    fleet,
    controller,
    store,
    report: createReportRenderer(),
    auth: tenant?.auth ?? null,
    checklist: CHECKLIST,
    env: {
      appVersion: '0.0.0-browser-test',
      platform: 'win32',
      emit,
      async showOpenDialog(title, filters) {
        dialogs.push({ kind: 'open', title, filters });
        return openAnswers.shift() ?? null;
      },
      async showOpenFolderDialog(title) {
        dialogs.push({ kind: 'open', title, filters: [] });
        return folderAnswers.shift() ?? null;
      },
      async showSaveDialog(title, defaultName, filters) {
        dialogs.push({ kind: 'save', title, filters });
        const path = join(exportDir, defaultName);
        saved.push(path);
        return path;
      },
      async printToPdf(html) {
        // No Chromium printing from Node here; the bytes mark what the PDF would contain.
        return Buffer.from(`%PDF-1.4 stand-in\n${html}`);
      },
    },
    liveAvailability: async () =>
      liveExecutor
        ? { available: true, reason: null, ...(options.runContext ? { context: options.runContext } : {}) }
        : {
            available: false,
            reason: options.liveUnavailableReason ?? 'this is a browser test without a Windows device',
            ...unavailableId(options),
          },
    liveExecutor: () => {
      if (!liveExecutor) throw new Error('Live checks are not available in the browser tests.');
      return liveExecutor;
    },
    clock: () => new Date(),
    reboot: async (sessionId) => {
      const savedBeforeRestart = await store.load(sessionId).then(
        (s) => s.id === sessionId,
        () => false,
      );
      reboots.push({ sessionId, savedBeforeRestart });
    },
  });

  const dispatch = createDispatcher(handlers, { checkResponses: true });
  await installBridge(page, dispatch);

  const server = await serveRenderer(RENDERER_DIR);
  await page.goto(server.url);

  return {
    page,
    handlers,
    controller,
    userDataDir,
    exportDir,
    saved,
    reboots,
    dialogs,
    async close() {
      controller.cancel();
      await controller.flush();
      await server.close();
    },
  };
}

/** Full-page screenshot under test-results/screenshots/<name>.png (test artifacts, not committed). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
