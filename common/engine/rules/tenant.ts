/**
 * Rules the two tenant steps share (steps/autopilot-registration.ts, steps/tenant-profile.ts): the
 * tenant half of a hybrid VPN deployment, read from Intune through Microsoft Graph. Tenant checks are optional: signed out (or an older recording
 * without tenant data) they are `blocked` with a "Sign in to check" action, never an error, so a
 * technician without tenant rights still gets every on-device verdict.
 */
import { ProbeFailure } from '../../model.js';
import type { ProbeRequest, ProbeResult } from '../../model.js';
import type { StepContext, Verdict } from '../step-definition.js';
import { parseGraphFailure, type AutopilotDevice } from '../parsers/graph-autopilot.js';
import { CheckError, askCompleted } from './probe-call.js';
import { parseDeviceIdentity } from '../parsers/device-identity.js';

export const HYBRID_AUTOPILOT = 'https://learn.microsoft.com/autopilot/windows-autopilot-hybrid';
const ADD_DEVICES = 'https://learn.microsoft.com/autopilot/add-devices';

export const SIGN_IN_SUMMARY = 'Sign in to check the tenant.';
export const SIGN_IN_REMEDIATION = [
  'Sign in with an Intune account of the tenant the device is registered in (Sign in under Tenant checks on the Start screen or in the Tenant stage), then run the tenant checks again.',
  'The on-device checks do not need a sign-in; only these two tenant checks do.',
];
const CONSENT_REMEDIATION = [
  'Ask an administrator to grant admin consent for the Microsoft Graph permission DeviceManagementServiceConfig.Read.All to the app registration.',
  'The signed-in account also needs an Intune role that can read Windows Autopilot devices (for example Intune Read Only Operator).',
];
export const IMPORT_REMEDIATION = [
  'Collect the hardware hash on the device: in PowerShell as administrator, Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online (or -OutputFile for a CSV).',
  'Or import the CSV in Intune > Devices > Windows > Windows enrollment > Devices > Import.',
  'Add the device to the group targeted by the hybrid Azure AD joined profile and wait for the profile status "Assigned", then check again.',
  `Adding devices: ${ADD_DEVICES}`,
];

type Asked = { result: ProbeResult } | { blocked: Verdict };

/** A tenant probe that cannot run (signed out, not recorded) blocks the step instead of failing it. */
export async function askTenant(ctx: StepContext, request: ProbeRequest): Promise<Asked> {
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
export function graphFailureVerdict(result: ProbeResult, what: string): Verdict {
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

export async function readIdentity(
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
export function narrowToThisDevice(
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

export const ASSIGNMENT: Record<string, { status: 'pass' | 'warn' | 'fail'; text: string }> = {
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
