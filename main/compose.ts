/**
 * Wires the real services behind the IPC handlers: one PowerShell pool for the app's lifetime,
 * sessions under userData, the report renderer, tenant sign-in, and resume-after-reboot.
 * Electron itself only enters through ShellEnv, so this file holds no Electron import.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ApiHandlers } from '../common/ipc/contract.js';
import { createApiHandlers } from './api.js';
import { createFleetService } from './fleet/fleet-service.js';
import { createTenantServices } from './auth/tenant-services.js';
import type { ProbeExecutor } from '../common/model.js';
import { CHECKLIST } from '../common/engine/checklist.js';
import { createLiveExecutor, liveAvailability, type LiveExecutor } from './probes/live-executor.js';
import { createScenarioExecutor } from './probes/scenario-runner.js';
import { createReportRenderer } from './report/renderer.js';
import { createSessionController } from './sessions/controller.js';
import { createExecFileRunner } from './process/exec-file.js';
import { readDeviceIdentity } from './sessions/read-device-identity.js';
import { parseResumeArg, restartAndResume, resumeExePath } from './sessions/resume.js';
import { createSessionStore } from './sessions/store.js';
import type { ShellEnv } from './shell-env.js';
import { createLanguageStore } from './settings/app-settings.js';

export interface ComposeOptions {
  /** The process's command line, for `--resume <id>` after a reboot. */
  argv?: readonly string[];
  /** Where the bundled .ps1 probe scripts are; the live executor's default otherwise. */
  scriptsDir?: string;
}

export async function composeServices(
  env: ShellEnv,
  options: ComposeOptions = {},
): Promise<{ handlers: ApiHandlers; dispose(): Promise<void> }> {
  const store = createSessionStore(join(env.userDataDir, 'sessions'));
  const tenant = await createTenantServices({
    userDataDir: env.userDataDir,
    secrets: env.secrets,
    openExternal: env.openExternal,
    // A discarded sign-in cache or an MSAL warning belongs in the app's log, not nowhere.
    log: (line) => console.warn(`[tenant] ${line}`),
  });
  const commands = createExecFileRunner();

  // Created on first live use: constructing a PowerShell pool on a machine without PowerShell
  // would only produce errors the technician never asked for.
  let live: { executor: LiveExecutor; withTenant: ProbeExecutor } | null = null;
  const liveExecutor = (): ProbeExecutor => {
    if (!live) {
      const executor = createLiveExecutor(options.scriptsDir ? { scriptsDir: options.scriptsDir } : {});
      live = { executor, withTenant: tenant.withTenantProbes(executor) };
    }
    return live.withTenant;
  };

  const controller = createSessionController({
    executorFor: (mode, scenario) => {
      if (mode === 'replay') {
        if (!scenario) throw new Error('A replay needs its recorded scenario.');
        // The UI replays at the recorded pace so progress and Cancel behave as they would live.
        return createScenarioExecutor(scenario, { honourDurations: true });
      }
      return liveExecutor();
    },
    store,
    emit: env.emit,
    checklist: CHECKLIST,
    clock: () => new Date(),
    newId: () => randomUUID(),
    readDevice: readDeviceIdentity,
  });

  const fleet = createFleetService({
    graph: async () => {
      const status = await tenant.auth.status();
      if (!tenant.fleetGraph)
        return { client: null, reason: tenant.unavailableReason ?? 'Tenant sign-in is not set up.' };
      if (!status.signedIn)
        return { client: null, reason: 'Sign in to your tenant to read remediation results.' };
      return { client: tenant.fleetGraph };
    },
    onProgress: (progress) => env.emit('fleetProgress', progress),
  });

  const handlers = createApiHandlers({
    fleet,
    controller,
    store,
    report: createReportRenderer(),
    auth: tenant.auth,
    checklist: CHECKLIST,
    env,
    liveAvailability: () => liveAvailability(),
    liveExecutor,
    clock: () => new Date(),
    settings: createLanguageStore(env.userDataDir),
    // The one non-https target the external-link allow-list accepts, matched whole.
    openWindowsUpdate: () => env.openExternal('ms-settings:windowsupdate'),
    reboot: async (sessionId) => {
      await controller.flush();
      const exePath = resumeExePath(process.env, process.execPath);
      // Off the corporate network a different user signs in after the restart, so the app must
      // start for whoever logs on (HKLM RunOnce), not only for the technician.
      const scope = controller.current()?.validationType === 'off-network' ? 'all-users' : 'current-user';
      await restartAndResume(sessionId, exePath, commands, { scope });
    },
  });

  const resumeId = parseResumeArg(options.argv ?? process.argv);
  if (resumeId) {
    // A session that cannot be resumed is still in history; the start screen explains the rest.
    await controller.resume(resumeId, { recheck: true }).catch((error: unknown) => {
      console.error(`Could not resume session ${resumeId}:`, error);
    });
  }

  return {
    handlers,
    dispose: async () => {
      controller.cancel();
      await controller.flush();
      await live?.executor.dispose();
    },
  };
}
