/**
 * What main answers on every invoke channel of the contract. Requests arrive already validated
 * (main/ipc.ts); each handler delegates to the session controller or a service. Only what needs
 * Electron (dialogs, PDF printing, opening Settings, rebooting) comes in through ApiDeps, so the
 * same handlers run in the app and behind the browser-test harness.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiHandlers, ExportFormat, SessionSnapshot } from '../common/ipc/contract.js';
import { SCENARIO_MAX_BYTES } from '../common/limits.js';
import type { ProbeExecutor } from '../common/model.js';
import type { LiveAvailability } from './probes/live-executor.js';
import type { StepDefinition } from '../common/engine/step-definition.js';
import { toStepInfo } from '../common/engine/checklist.js';
import { parseScenario } from './probes/scenario-runner.js';
import { scenarioFromDroppedBundle } from './diagnostics/load-bundle.js';
import type { AuthService, ReportRenderer, SessionStore } from './services.js';
import { readDeviceDefaults } from './sessions/device-defaults.js';
import { createActionInputGuard } from './action-inputs.js';
import type { SessionController } from './sessions/controller.js';
import type { FileFilter, ShellEnv } from './shell-env.js';
import type { FleetService } from './fleet/fleet-service.js';
import type { Language } from '../common/i18n/languages.js';
import type { LanguageStore } from './settings/app-settings.js';

export interface ApiDeps {
  controller: SessionController;
  store: SessionStore;
  report: ReportRenderer;
  /** Null when tenant sign-in is not configured: tenant steps stay blocked, sign-in says why. */
  auth: AuthService | null;
  checklist: readonly StepDefinition[];
  env: Pick<
    ShellEnv,
    | 'appVersion'
    | 'platform'
    | 'emit'
    | 'showOpenDialog'
    | 'showSaveDialog'
    | 'printToPdf'
    | 'showOpenFolderDialog'
  >;
  /** The Fleet screen's reader (main/fleet/fleet-service.ts); absent: the screen says it is unavailable. */
  fleet?: FleetService;
  /** Windows with PowerShell? Asked on each appInfo/deviceDefaults, so compose may cache it. */
  liveAvailability(): Promise<LiveAvailability>;
  /** The shared live executor; only called when liveAvailability() said available. */
  liveExecutor(): ProbeExecutor;
  clock(): Date;
  /**
   * Opens Settings › Windows Update (`ms-settings:windowsupdate`). Not ShellEnv.openExternal,
   * which only opens allow-listed https URLs. Absent: the technician is told where to find it.
   */
  openWindowsUpdate?(): Promise<void>;
  /** Where the technician's language choice is kept (main/settings/app-settings.ts); absent: memory only. */
  settings?: LanguageStore;
  /** Restarts the device now (`shutdown /r /t 0`), after compose arranged the resume. Absent: refused. */
  reboot?(sessionId: string): Promise<void>;
}

const NOT_CONFIGURED_NOTE = 'No Azure AD app registration is configured for tenant sign-in in this build.';
// No note: `configured: false` already makes the panel say, translated, that sign-in is not set up.
const NO_TENANT_SIGN_IN = {
  signedIn: false,
  username: null,
  tenantId: null,
  note: null,
  configured: false,
};

const EXPORTS: Record<ExportFormat, { extension: string; filter: FileFilter }> = {
  html: { extension: 'html', filter: { name: 'Web page report', extensions: ['html'] } },
  pdf: { extension: 'pdf', filter: { name: 'PDF report', extensions: ['pdf'] } },
  json: { extension: 'json', filter: { name: 'JSON results', extensions: ['json'] } },
  scenario: { extension: 'scenario.json', filter: { name: 'Recorded scenario', extensions: ['json'] } },
};

export function createApiHandlers(deps: ApiDeps): ApiHandlers {
  const { controller } = deps;
  const stepInfos = deps.checklist.map(toStepInfo);
  // VPN names and update packages for rasdial and wusa: only what main itself listed or picked.
  const actionInputs = createActionInputGuard();
  let languageInMemory: Language | null = null;

  /** The device's VPN connections now, read by main (for a name the last listing did not have). */
  async function listVpnConnections(): Promise<string[]> {
    const executor = controller.sideExecutor() ?? (await liveExecutorIfAvailable());
    if (!executor) return [];
    const defaults = await readDeviceDefaults(executor);
    return defaults.vpnConnections.map((c) => c.name);
  }

  /** A save that failed since the last request is reported, not swallowed. */
  function reportSaveFailure(): void {
    const error = controller.takeSaveError();
    if (error) throw error;
  }

  function requireSession(): SessionSnapshot {
    const s = controller.current();
    if (!s) throw new Error('No validation session is open. Start one or open a recorded scenario.');
    return s;
  }

  async function liveExecutorIfAvailable(): Promise<ProbeExecutor | null> {
    const live = await deps.liveAvailability();
    return live.available ? deps.liveExecutor() : null;
  }

  async function loadScenarioText(content: string, fileName: string): Promise<SessionSnapshot> {
    const scenario = parseScenario(content, fileName);
    const snapshot = await controller.loadScenario(scenario);
    actionInputs.openedRecording(scenario);
    return snapshot;
  }

  function exportName(s: SessionSnapshot, format: ExportFormat): string {
    const who = (s.device?.computerName ?? s.title).replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60);
    const day = deps.clock().toISOString().slice(0, 10);
    return `hvv-${who}-${day}.${EXPORTS[format].extension}`;
  }

  return {
    async appInfo() {
      return {
        version: deps.env.appVersion,
        platform: deps.env.platform,
        live: await deps.liveAvailability(),
      };
    },

    async stepChecklist() {
      return stepInfos;
    },

    async language() {
      return { language: deps.settings ? await deps.settings.read() : languageInMemory };
    },

    async setLanguage({ language }) {
      languageInMemory = language;
      await deps.settings?.write(language);
    },

    async deviceDefaults() {
      const executor = controller.sideExecutor() ?? (await liveExecutorIfAvailable());
      if (!executor) return { domain: controller.current()?.inputs.domain ?? null, vpnConnections: [] };
      const defaults = await readDeviceDefaults(executor);
      actionInputs.listedVpnConnections(defaults.vpnConnections.map((c) => c.name));
      return defaults;
    },

    async startSession({ validationType, inputs }) {
      reportSaveFailure();
      const live = await deps.liveAvailability();
      if (!live.available) {
        throw new Error(
          `Live checks are not available here (${live.reason ?? 'no reason given'}). Open a recorded scenario instead.`,
        );
      }
      actionInputs.openedRecording(null);
      return controller.start(validationType, await actionInputs.check(inputs, null, listVpnConnections));
    },

    async currentSession() {
      reportSaveFailure();
      return controller.current();
    },

    async setInputs(inputs) {
      reportSaveFailure();
      const current = controller.current()?.inputs ?? null;
      return controller.setInputs(await actionInputs.check(inputs, current, listVpnConnections));
    },

    async runSteps({ stepIds, allowActions }) {
      reportSaveFailure();
      await controller.run(stepIds, allowActions);
      reportSaveFailure();
    },

    async cancel({ stepId }) {
      controller.cancel(stepId);
    },

    async setSignOff(signOff) {
      reportSaveFailure();
      return controller.setSignOff(signOff);
    },

    async confirm({ stepId, result, note }) {
      reportSaveFailure();
      return controller.confirm(stepId, result, note);
    },

    async openScenarioDialog() {
      const path = await deps.env.showOpenDialog('Open a recorded scenario', [
        { name: 'Recorded scenario', extensions: ['json'] },
      ]);
      if (!path) return null;
      const size = (await stat(path)).size;
      if (size > SCENARIO_MAX_BYTES) {
        throw new Error(
          `${basename(path)} is ${Math.round(size / 1e6)} MB; a scenario file is at most 50 MB.`,
        );
      }
      return loadScenarioText(await readFile(path, 'utf8'), basename(path));
    },

    async loadScenario({ fileName, content }) {
      return loadScenarioText(content, fileName);
    },

    async loadDiagnosticsBundle({ fileName, base64 }) {
      return controller.loadScenario(
        await scenarioFromDroppedBundle(fileName, Buffer.from(base64, 'base64')),
      );
    },

    async pickUpdatePackage() {
      const path = await deps.env.showOpenDialog('Choose the cumulative update package', [
        { name: 'Windows update package', extensions: ['msu', 'cab'] },
      ]);
      if (path) actionInputs.pickedUpdatePackage(path);
      return path;
    },

    async reboot() {
      const s = requireSession();
      if (s.mode !== 'live' || s.readOnly) {
        throw new Error('This session is a recording or from history: there is no device here to restart.');
      }
      if (!deps.reboot)
        throw new Error('Restarting from the app is not available here. Restart Windows yourself.');
      await controller.flush();
      reportSaveFailure();
      await deps.reboot(s.id);
    },

    async openWindowsUpdate() {
      if (!deps.openWindowsUpdate) {
        throw new Error(
          'Open Windows Update yourself: Start › Settings › Update & Security › Windows Update (on Windows 11: Settings › Windows Update).',
        );
      }
      await deps.openWindowsUpdate();
    },

    async listSessions() {
      // The current session's latest change must be on disk before history lists it.
      await controller.flush();
      return deps.store.list();
    },

    async openSession({ id }) {
      await controller.flush();
      return controller.openReadOnly(id);
    },

    async deleteSession({ id }) {
      if (controller.current()?.id === id && controller.isRunning()) {
        throw new Error('This session is running checks; cancel them before deleting it.');
      }
      await controller.flush();
      await deps.store.delete(id);
      controller.forget(id);
    },

    async exportSession({ format, redact, language }) {
      reportSaveFailure();
      const s = requireSession();
      const { filter } = EXPORTS[format];
      const path = await deps.env.showSaveDialog('Export the validation report', exportName(s, format), [
        filter,
      ]);
      if (!path) return null;
      const meta = {
        appVersion: deps.env.appVersion,
        generatedAt: deps.clock().toISOString(),
        redact,
        ...(language ? { language } : {}),
      };
      if (format === 'pdf') {
        const html = deps.report.render(s, 'html', stepInfos, meta);
        await writeFile(path, await deps.env.printToPdf(html));
      } else {
        await writeFile(path, deps.report.render(s, format, stepInfos, meta), 'utf8');
      }
      return path;
    },

    async authStatus() {
      return deps.auth ? deps.auth.status() : NO_TENANT_SIGN_IN;
    },

    async signIn({ method }) {
      if (!deps.auth) throw new Error(NOT_CONFIGURED_NOTE);
      return deps.auth.signIn(method, (info) => deps.env.emit('deviceCode', info));
    },

    async signOut() {
      return deps.auth ? deps.auth.signOut() : NO_TENANT_SIGN_IN;
    },

    async fleetOpen({ kind }) {
      const fleet = requireFleet();
      const path =
        kind === 'folder'
          ? await (deps.env.showOpenFolderDialog ?? noFolderDialog)('Open a folder of Graph run-state pages')
          : await deps.env.showOpenDialog('Open the device status Intune exported', FLEET_FILTERS);
      return path ? fleet.openPath(path) : null;
    },

    async fleetRemediations() {
      return requireFleet().remediations();
    },

    async fleetLoadRemediation({ id, name }) {
      return requireFleet().loadRemediation(id, name);
    },

    async fleetCancel() {
      deps.fleet?.cancel();
    },

    async fleetExport({ format }) {
      const text = requireFleet().exported(format);
      if (text === null) throw new Error('No fleet is open: open an export or a remediation first.');
      const day = deps.clock().toISOString().slice(0, 10);
      const path = await deps.env.showSaveDialog('Export the fleet report', `hvv-fleet-${day}.${format}`, [
        format === 'html'
          ? { name: 'Web page report', extensions: ['html'] }
          : { name: 'hvv-fleet/1 JSON', extensions: ['json'] },
      ]);
      if (!path) return null;
      await writeFile(path, text, 'utf8');
      return path;
    },
  };

  function requireFleet(): FleetService {
    if (!deps.fleet) throw new Error('The fleet report is not available in this build.');
    return deps.fleet;
  }
}

const FLEET_FILTERS: FileFilter[] = [
  { name: 'Intune export (CSV) or Graph run states (JSON)', extensions: ['csv', 'json'] },
];

async function noFolderDialog(): Promise<string | null> {
  throw new Error('Folders cannot be picked here; open one exported file instead.');
}
