import type { StepDefinition } from '../step-definition.js';
import { formatHex, sameCode } from '../parsers/exit-code.js';
import { askCompleted } from '../rules/probe-call.js';
import { remediate, say, stepTitle } from '../say.js';
import { osBuildStep } from './os-build.js';
import { DOCS, VPN_VALIDATION } from '../sources.js';

// wusa.exe results (KB 934307 and the Windows Update Agent result codes).
const REBOOT_CODES = [3010, 1641, 0x240005];
const ALREADY_INSTALLED = 0x240006;
const NOT_APPLICABLE = 0x80240017;
/**
 * ERROR_ELEVATION_REQUIRED (740) and E_ACCESSDENIED: wusa needs an elevated caller. The bundled
 * script checks first and exits 740 itself, so the technician reads what to do, not a raw code.
 */
const NEEDS_ELEVATION = [740, 0x80070005];
/** HRESULT of ERROR_SERVICE_DISABLED: wusa installs through the Windows Update service. */
const SERVICE_DISABLED = 0x80070422;

// Codes are strings: ICU would group a number ("3,010").
const MESSAGES = {
  noPackage: 'No update package was chosen.',
  installed: 'The update installed.',
  restart: 'The update installed; restart to finish (exit code {code}).',
  alreadyInstalled: 'The update is already installed.',
  notApplicable:
    'The update does not apply to this device ({code}): wrong Windows version or architecture, or already superseded.',
  needsElevation: 'The update was not installed: the app is not running as administrator ({code}).',
  serviceDisabled: 'The update was not installed: the Windows Update service is disabled ({code}).',
  failed: 'wusa.exe failed with {code}.',
  // Remediation for one exit code; `{step}` is the title of the Windows version step.
  fixRestart: 'Restart now: shutdown.exe /r /t 0, then run "{step}" again.',
  fixWrongPackage:
    'Check the Windows version (winver) and architecture (x64/ARM64) and download the matching cumulative update.',
  fixSuperseded:
    'If a later cumulative update is already installed, this one is superseded: no action is needed; check "{step}".',
  fixUpdateCatalog: 'Update catalog: {url}',
  fixElevate:
    'Close the app, right-click it and choose "Run as administrator" (during OOBE, Shift-F10 already runs as an administrator), then run this step again.',
  fixStandardUser:
    'A standard user cannot install updates: ask for an administrator account, or let IT deploy the update.',
  fixStartService:
    'Start the service from an administrator prompt: sc.exe config wuauserv start= demand, then net start wuauserv; run this step again.',
  fixServicePolicy:
    'If Group Policy disables the service on managed devices, ask IT for the update through its own deployment.',
} as const;

type Fix = Extract<keyof typeof MESSAGES, `fix${string}`>;
const fix = (...names: Fix[]) =>
  remediate(
    names.map((name) =>
      say('update-install', MESSAGES, name, { step: stepTitle(osBuildStep), url: DOCS.updateCatalog }),
    ),
  );

export const updateInstallStep: StepDefinition = {
  id: 'update-install',
  stage: 'Cumulative update',
  kind: 'action',
  title: 'Install the cumulative update from USB',
  instructions:
    'The app runs WUSA.EXE "<package>.msu" /quiet /norestart with the package you chose, as the procedure does from Shift-F10 during OOBE.',
  why: 'Windows 10 1903 and 1909 need the December 2019 cumulative update (or later) before hybrid join with VPN works.',
  source: VPN_VALIDATION,
  probes: ['update.install'],
  dependsOn: [],
  remediation: {
    fail: [
      `Download the cumulative update that matches this Windows version and architecture (x64/ARM64) from ${DOCS.updateCatalog}.`,
      'From Shift-F10 you can also run "start ms-settings:" and use Update & Security > Check for updates.',
      `wusa.exe reference: ${DOCS.wusa}`,
    ],
  },
  action: {
    button: 'Install update now',
    dialogTitle: 'Install the update?',
    confirmLabel: 'Yes, install',
    confirm:
      'The app runs wusa.exe {updatePackage} /quiet /norestart. This installs the cumulative update on this device and can take several minutes. Windows will probably ask for a restart afterwards; the app does not restart without asking you.',
    whenMissing: { updatePackage: '(no package chosen)' },
    requires: 'updatePackage',
  },
  messages: MESSAGES,
  async check(ctx) {
    const path = ctx.inputs.updatePackage?.trim();
    if (!path) return { status: 'skip', ...say('update-install', MESSAGES, 'noPackage'), details: {} };
    const result = await askCompleted(ctx, { probe: 'update.install', args: { path } });
    const code = result.exitCode;
    const hex = formatHex(code);
    if (code === 0) {
      return {
        status: 'pass',
        ...say('update-install', MESSAGES, 'installed'),
        details: { exitCode: hex, rebootRequired: false },
      };
    }
    if (REBOOT_CODES.some((c) => sameCode(code, c))) {
      return {
        status: 'pass',
        ...say('update-install', MESSAGES, 'restart', { code: String(code) }),
        details: { exitCode: hex, rebootRequired: true },
        ...fix('fixRestart'),
      };
    }
    if (sameCode(code, ALREADY_INSTALLED)) {
      return {
        status: 'pass',
        ...say('update-install', MESSAGES, 'alreadyInstalled'),
        details: { exitCode: hex, rebootRequired: false, alreadyInstalled: true },
      };
    }
    if (sameCode(code, NOT_APPLICABLE)) {
      return {
        status: 'fail',
        ...say('update-install', MESSAGES, 'notApplicable', { code: hex }),
        details: { exitCode: hex, rebootRequired: false },
        ...fix('fixWrongPackage', 'fixSuperseded', 'fixUpdateCatalog'),
      };
    }
    if (NEEDS_ELEVATION.some((c) => sameCode(code, c))) {
      return {
        status: 'fail',
        ...say('update-install', MESSAGES, 'needsElevation', { code: hex }),
        details: { exitCode: hex, rebootRequired: false, needsElevation: true },
        ...fix('fixElevate', 'fixStandardUser'),
      };
    }
    if (sameCode(code, SERVICE_DISABLED)) {
      return {
        status: 'fail',
        ...say('update-install', MESSAGES, 'serviceDisabled', { code: hex }),
        details: { exitCode: hex, rebootRequired: false },
        ...fix('fixStartService', 'fixServicePolicy'),
      };
    }
    return {
      status: 'fail',
      ...say('update-install', MESSAGES, 'failed', { code: hex }),
      details: { exitCode: hex, rebootRequired: false },
    };
  },
};
