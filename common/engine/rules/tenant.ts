/**
 * The tenant half of a hybrid VPN deployment, read from Intune through Microsoft Graph: the device
 * is registered in Autopilot with a profile assigned, and that profile is hybrid Azure AD join with
 * "Skip AD connectivity check" on. Tenant checks are optional: signed out (or an older recording
 * without tenant data) they are `blocked` with a "Sign in to check" action, never an error, so a
 * technician without tenant rights still gets every on-device verdict.
 */
import { ProbeFailure } from '../../model.js';
import type { ProbeRequest, ProbeResult } from '../../model.js';
import type { ProcedureSource, StepContext, StepDefinition, Verdict } from '../step-definition.js';
import {
  AZURE_AD_PROFILE_TYPE,
  HYBRID_PROFILE_TYPE,
  parseAutopilotDevices,
  parseDeploymentProfile,
  parseGraphFailure,
  sameSerial,
  type AutopilotDevice,
} from '../parsers/graph-autopilot.js';
import { CheckError, askCompleted } from './probe-call.js';
import { parseDeviceIdentity } from '../parsers/device-identity.js';

const HYBRID_AUTOPILOT = 'https://learn.microsoft.com/autopilot/windows-autopilot-hybrid';
const ADD_DEVICES = 'https://learn.microsoft.com/autopilot/add-devices';

const REGISTRATION_SOURCE: ProcedureSource = {
  section: 'Windows Autopilot user-driven hybrid Azure AD join › Register devices as Autopilot devices',
  url: HYBRID_AUTOPILOT,
};
const PROFILE_SOURCE: ProcedureSource = {
  section: 'User-driven mode for hybrid Azure AD join with VPN support › Skip domain connectivity check',
  url: 'https://learn.microsoft.com/autopilot/user-driven#user-driven-mode-for-hybrid-azure-active-directory-join-with-vpn-support',
};

export const SIGN_IN_SUMMARY = 'Sign in to check the tenant.';
const SIGN_IN_REMEDIATION = [
  'Sign in with an Intune account of the tenant the device is registered in (Sign in under Tenant checks on the Start screen or in the Tenant stage), then run the tenant checks again.',
  'The on-device checks do not need a sign-in; only these two tenant checks do.',
];
const CONSENT_REMEDIATION = [
  'Ask an administrator to grant admin consent for the Microsoft Graph permission DeviceManagementServiceConfig.Read.All to the app registration.',
  'The signed-in account also needs an Intune role that can read Windows Autopilot devices (for example Intune Read Only Operator).',
];
const IMPORT_REMEDIATION = [
  'Collect the hardware hash on the device: in PowerShell as administrator, Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online (or -OutputFile for a CSV).',
  'Or import the CSV in Intune > Devices > Windows > Windows enrollment > Devices > Import.',
  'Add the device to the group targeted by the hybrid Azure AD joined profile and wait for the profile status "Assigned", then check again.',
  `Adding devices: ${ADD_DEVICES}`,
];

type Asked = { result: ProbeResult } | { blocked: Verdict };

/** A tenant probe that cannot run (signed out, not recorded) blocks the step instead of failing it. */
async function askTenant(ctx: StepContext, request: ProbeRequest): Promise<Asked> {
  try {
    return { result: await askCompleted(ctx, request) };
  } catch (error) {
    if (error instanceof ProbeFailure && (error.kind === 'unavailable' || error.kind === 'not-recorded')) {
      const why = error.kind === 'not-recorded' ? 'This recording holds no tenant data.' : error.message;
      return {
        blocked: {
          status: 'blocked',
          summary: `${SIGN_IN_SUMMARY} ${why}`.trim(),
          details: { action: 'sign-in', reason: error.kind },
          remediation: SIGN_IN_REMEDIATION,
        },
      };
    }
    throw error;
  }
}

/** A recorded Graph refusal becomes a verdict that says what to fix. */
function graphFailureVerdict(result: ProbeResult, what: string): Verdict {
  const failure = parseGraphFailure(result.stdout);
  const message = failure?.message ?? (result.stderr || `The ${what} read failed.`);
  const details = {
    status: failure?.status ?? null,
    code: failure?.code ?? null,
    requestId: failure?.requestId ?? null,
  };
  if (failure?.status === 403) {
    return {
      status: 'error',
      summary: `Cannot read ${what}: permission missing.`,
      details,
      remediation: CONSENT_REMEDIATION,
    };
  }
  return {
    status: 'error',
    summary: `Cannot read ${what}: ${message}`,
    details,
    remediation: [
      'Run the tenant checks again in a few minutes; if it keeps failing, keep the request-id for Microsoft support.',
    ],
  };
}

async function readIdentity(
  ctx: StepContext,
): Promise<{ serial: string | null; manufacturer: string | null; model: string | null } | Verdict> {
  let result: ProbeResult;
  try {
    result = await askCompleted(ctx, { probe: 'device.identity', args: {} });
  } catch (error) {
    if (error instanceof ProbeFailure && error.kind === 'not-recorded') {
      return {
        status: 'blocked',
        summary: "The device's serial number is not in this recording, so the tenant cannot be checked.",
        details: { reason: 'not-recorded' },
        remediation: [
          'Record the device again with this version of the app, or run the check live on the device.',
        ],
      };
    }
    throw error;
  }
  if (result.exitCode !== 0)
    throw new CheckError(`The device.identity probe failed with exit code ${result.exitCode}.`);
  const identity = parseDeviceIdentity(result.stdout);
  if (!identity.ok)
    throw new CheckError(`The output of device.identity was not understood: ${identity.reason}.`);
  const { serialNumber, manufacturer, model } = identity.value;
  return { serial: serialNumber, manufacturer, model };
}

/** Several registrations can share a serial (other OEMs, stale imports); the device's make and model decide. */
function narrowToThisDevice(
  matches: AutopilotDevice[],
  manufacturer: string | null,
  model: string | null,
): AutopilotDevice[] {
  if (matches.length < 2) return matches;
  const same = (a: string | null | undefined, b: string | null): boolean =>
    !b || !a || a.trim().toUpperCase() === b.toUpperCase();
  const narrowed = matches.filter((d) => same(d.manufacturer, manufacturer) && same(d.model, model));
  return narrowed.length > 0 ? narrowed : matches;
}

const ASSIGNMENT: Record<string, { status: 'pass' | 'warn' | 'fail'; text: string }> = {
  assignedInSync: { status: 'pass', text: 'profile assigned and in sync' },
  assignedOutOfSync: {
    status: 'warn',
    text: 'profile assigned but not yet in sync with the Autopilot service',
  },
  assignedUnkownSyncState: { status: 'warn', text: 'profile assigned, sync state unknown' },
  pending: { status: 'warn', text: 'profile assignment pending' },
  notAssigned: { status: 'fail', text: 'no deployment profile assigned' },
  failed: { status: 'fail', text: 'profile assignment failed' },
  unknown: { status: 'warn', text: 'profile assignment status unknown' },
};

export const autopilotRegistrationStep: StepDefinition = {
  id: 'autopilot-registration',
  stage: 'Tenant',
  kind: 'check',
  title: 'Device is registered in Autopilot with a profile assigned',
  instructions:
    "The app looks up this device's serial number in Intune's Windows Autopilot devices (Microsoft Graph) and reads its profile assignment status. Needs a sign-in.",
  why: 'A device that is not registered, or has no profile assigned, never receives the hybrid join profile during OOBE.',
  source: REGISTRATION_SOURCE,
  probes: ['device.identity', 'tenant.autopilotDevice'],
  dependsOn: [],
  remediation: { fail: IMPORT_REMEDIATION, blocked: SIGN_IN_REMEDIATION },
  async check(ctx) {
    const identity = await readIdentity(ctx);
    if ('status' in identity) return identity;
    if (!identity.serial) {
      return {
        status: 'fail',
        summary: 'The firmware reports no usable serial number, and Autopilot identifies devices by it.',
        details: { serialNumber: null },
        remediation: [
          'Ask the manufacturer to set the serial number in the firmware (BIOS/UEFI), then register the device.',
        ],
      };
    }
    const asked = await askTenant(ctx, {
      probe: 'tenant.autopilotDevice',
      args: { serialNumber: identity.serial },
    });
    if ('blocked' in asked)
      return { ...asked.blocked, details: { ...asked.blocked.details, serialNumber: identity.serial } };
    if (asked.result.exitCode !== 0) return graphFailureVerdict(asked.result, 'the Autopilot registration');
    const devices = parseAutopilotDevices(asked.result.stdout);
    if (!devices.ok)
      throw new CheckError(`The Autopilot device list from Graph was not understood: ${devices.reason}.`);

    const exact = devices.value.filter((d) => sameSerial(d.serialNumber, identity.serial));
    const matches = narrowToThisDevice(exact, identity.manufacturer, identity.model);
    if (matches.length === 0) {
      return {
        status: 'fail',
        summary: `No Autopilot registration has serial number ${identity.serial}.`,
        details: { serialNumber: identity.serial, deviceId: null, matches: 0 },
      };
    }
    if (matches.length > 1) {
      return {
        status: 'fail',
        summary: `${matches.length} Autopilot registrations share serial number ${identity.serial}; Autopilot cannot tell which one is this device.`,
        details: {
          serialNumber: identity.serial,
          deviceId: null,
          matches: matches.length,
          deviceIds: matches.map((d) => d.id),
        },
        remediation: [
          'In Intune > Devices > Windows > Windows enrollment > Devices, search the serial number and delete the stale registrations.',
          'Keep the one whose manufacturer and model match this device, then check again.',
        ],
      };
    }
    const device = matches[0] as AutopilotDevice;
    const state = device.deploymentProfileAssignmentStatus ?? 'unknown';
    const assignment = ASSIGNMENT[state] ?? {
      status: 'warn' as const,
      text: `profile assignment status "${state}"`,
    };
    const details = {
      serialNumber: device.serialNumber ?? identity.serial,
      deviceId: device.id,
      groupTag: device.groupTag || null,
      profileAssignmentStatus: state,
      profileAssignedAt: device.deploymentProfileAssignedDateTime ?? null,
    };
    const summary = `Registered in Autopilot${details.groupTag ? ` (group tag ${details.groupTag})` : ''}: ${assignment.text}.`;
    if (assignment.status === 'pass') return { status: 'pass', summary, details };
    return {
      status: assignment.status,
      summary,
      details,
      remediation:
        assignment.status === 'fail'
          ? [
              'Add the device (or its group tag) to the Azure AD group targeted by the hybrid Azure AD joined deployment profile.',
              'Wait until the device shows the profile status "Assigned" in Intune, then check again.',
              `Hybrid Autopilot: ${HYBRID_AUTOPILOT}`,
            ]
          : [
              'Profile assignment can take several minutes after a device is imported or its group changes; check again later.',
              'In Intune > Devices > Windows > Windows enrollment > Devices, select Sync to speed it up.',
            ],
    };
  },
};

function registeredDeviceId(ctx: StepContext): string | Verdict {
  const registration = ctx.resultOf('autopilot-registration');
  const deviceId = registration?.details.deviceId;
  if (
    registration &&
    (registration.status === 'pass' || registration.status === 'warn') &&
    typeof deviceId === 'string'
  ) {
    return deviceId;
  }
  if (registration?.status === 'blocked' && registration.details.action === 'sign-in') {
    return {
      status: 'blocked',
      summary: registration.summary,
      details: { action: 'sign-in' },
      remediation: SIGN_IN_REMEDIATION,
    };
  }
  return {
    status: 'blocked',
    summary: 'The Autopilot registration check did not pass, so the assigned profile cannot be read.',
    details: {},
    remediation: ['Fix the "Device is registered in Autopilot" step first.'],
  };
}

export const tenantProfileStep: StepDefinition = {
  id: 'tenant-profile',
  stage: 'Tenant',
  kind: 'check',
  title: 'Assigned profile is hybrid Azure AD join with "Skip AD connectivity check"',
  instructions:
    'The app reads the deployment profile Intune assigned to this device (Microsoft Graph beta) and checks its join type and "Skip AD connectivity check". Needs a sign-in.',
  why: 'Without "Skip AD connectivity check" the hybrid join waits for a domain controller during setup, before any VPN can connect.',
  source: PROFILE_SOURCE,
  probes: ['tenant.deploymentProfile'],
  dependsOn: ['autopilot-registration'],
  remediation: {
    warn: [
      'In Intune > Devices > Windows > Windows enrollment > Deployment Profiles, open the hybrid Azure AD joined profile and set "Skip AD connectivity check" to Yes.',
      'Reset the device (or run OOBE again) so it downloads the changed profile.',
    ],
    blocked: SIGN_IN_REMEDIATION,
  },
  async check(ctx) {
    const deviceId = registeredDeviceId(ctx);
    if (typeof deviceId !== 'string') return deviceId;
    const asked = await askTenant(ctx, { probe: 'tenant.deploymentProfile', args: { deviceId } });
    if ('blocked' in asked) return asked.blocked;
    if (asked.result.exitCode !== 0) return graphFailureVerdict(asked.result, 'the deployment profile');
    const profile = parseDeploymentProfile(asked.result.stdout);
    if (!profile.ok)
      throw new CheckError(`The deployment profile from Graph was not understood: ${profile.reason}.`);
    if (profile.value === null) {
      return {
        status: 'fail',
        summary: 'No deployment profile is assigned to this device.',
        details: { deviceId, profileId: null, joinType: null, skipConnectivityCheck: null },
        remediation: [
          'Assign a hybrid Azure AD joined deployment profile to a group that contains this device, with "Skip AD connectivity check" set to Yes.',
          `Hybrid Autopilot: ${HYBRID_AUTOPILOT}`,
        ],
      };
    }
    const p = profile.value;
    const type = p['@odata.type'];
    const joinType =
      type === HYBRID_PROFILE_TYPE
        ? 'hybrid'
        : type === AZURE_AD_PROFILE_TYPE
          ? 'azureAd'
          : type.replace(/^#microsoft\.graph\./, '');
    const skip = joinType === 'hybrid' ? (p.hybridAzureADJoinSkipConnectivityCheck ?? null) : null;
    const details = {
      deviceId,
      profileId: p.id,
      profileName: p.displayName ?? null,
      joinType,
      skipConnectivityCheck: skip,
    };
    const name = p.displayName ? `"${p.displayName}"` : 'The assigned profile';
    if (joinType !== 'hybrid') {
      return {
        status: 'fail',
        summary: `${name} joins ${joinType === 'azureAd' ? 'Azure AD only' : `as ${joinType}`}, not hybrid Azure AD.`,
        details,
        remediation: [
          'Assign a deployment profile whose "Join to Azure AD as" is "Hybrid Azure AD joined" to this device\'s group, with "Skip AD connectivity check" set to Yes.',
          'Reset the device (or run OOBE again) so it downloads the new profile.',
          `Hybrid Autopilot: ${HYBRID_AUTOPILOT}`,
        ],
      };
    }
    if (skip === true) {
      return {
        status: 'pass',
        summary: `${name} is hybrid Azure AD join with "Skip AD connectivity check" on.`,
        details,
      };
    }
    return {
      status: 'warn',
      summary: `${name} is hybrid Azure AD join without "Skip AD connectivity check": setup needs a domain controller, which the VPN cannot provide during OOBE.`,
      details,
    };
  },
};
