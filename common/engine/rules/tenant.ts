/**
 * Rules the two tenant steps share (steps/autopilot-registration.ts, steps/tenant-profile.ts): the
 * tenant half of a hybrid VPN deployment, read from Intune through Microsoft Graph. Tenant checks are optional: signed out (or an older recording
 * without tenant data) they are `blocked` with a "Sign in to check" action, never an error, so a
 * technician without tenant rights still gets every on-device verdict.
 */
import { ProbeFailure } from '../../model.js';
import type { ProbeRequest, ProbeResult, StepId } from '../../model.js';
import type { StepContext, Verdict } from '../step-definition.js';
import { parseGraphFailure, type AutopilotDevice } from '../parsers/graph-autopilot.js';
import { askCompleted, checkError } from './probe-call.js';
import { ENGINE_REMEDIATION, engineSays } from '../engine-messages.js';
import { parseDeviceIdentity } from '../parsers/device-identity.js';
import { say } from '../say.js';
import { fillPlaceholders, type MessageParams } from '../../i18n/translate.js';

export const HYBRID_AUTOPILOT = 'https://learn.microsoft.com/autopilot/windows-autopilot-hybrid';
const ADD_DEVICES = 'https://learn.microsoft.com/autopilot/add-devices';

export const SIGN_IN_SUMMARY = 'Sign in to check the tenant.';

/*
 * The summaries these rules say on behalf of a tenant step: each step that calls a rule spreads
 * its messages into its own `messages`, so they are keyed (and translated) under that step's id.
 */
export const SIGN_IN_MESSAGES = {
  signIn: SIGN_IN_SUMMARY,
  signInNotRecorded: 'Sign in to check the tenant. This recording holds no tenant data.',
  signInBecause: 'Sign in to check the tenant. {reason}',
} as const;

export const IDENTITY_MESSAGES = {
  serialNotRecorded: "The device's serial number is not in this recording, so the tenant cannot be checked.",
} as const;

export const REGISTRATION_READ_MESSAGES = {
  registrationForbidden: 'Cannot read the Autopilot registration: permission missing.',
  registrationFailed: 'Cannot read the Autopilot registration: {reason}',
  registrationFailedSilently: 'Cannot read the Autopilot registration: the read failed.',
  registrationNotUnderstood: 'The Autopilot device list from Graph was not understood: {reason}.',
} as const;

export const PROFILE_READ_MESSAGES = {
  profileForbidden: 'Cannot read the deployment profile: permission missing.',
  profileFailed: 'Cannot read the deployment profile: {reason}',
  profileFailedSilently: 'Cannot read the deployment profile: the read failed.',
  profileNotUnderstood: 'The deployment profile from Graph was not understood: {reason}.',
} as const;

/** Which tenant read failed: each says so in its own sentences. */
export type GraphRead = 'registration' | 'profile';

function graphReadSummary(
  step: StepId,
  what: GraphRead,
  outcome: 'forbidden' | 'failed' | 'silent',
  reason: string,
): ReturnType<typeof say> {
  const name = `${what}${{ forbidden: 'Forbidden', failed: 'Failed', silent: 'FailedSilently' }[outcome]}`;
  const params: MessageParams = outcome === 'failed' ? { reason } : {};
  return what === 'registration'
    ? say(step, REGISTRATION_READ_MESSAGES, name as keyof typeof REGISTRATION_READ_MESSAGES, params)
    : say(step, PROFILE_READ_MESSAGES, name as keyof typeof PROFILE_READ_MESSAGES, params);
}
export const SIGN_IN_REMEDIATION = [
  'Sign in with an Intune account of the tenant the device is registered in (Sign in under Tenant checks on the Start screen or in the Tenant stage), then run the tenant checks again.',
  'The on-device checks do not need a sign-in; only these two tenant checks do.',
];
const CONSENT_REMEDIATION = [ENGINE_REMEDIATION.grantConsent, ENGINE_REMEDIATION.intuneRole];
export const IMPORT_REMEDIATION = [
  'Collect the hardware hash on the device: in PowerShell as administrator, Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online (or -OutputFile for a CSV).',
  'Or import the CSV in Intune > Devices > Windows > Windows enrollment > Devices > Import.',
  'Add the device to the group targeted by the hybrid Azure AD joined profile and wait for the profile status "Assigned", then check again.',
  `Adding devices: ${ADD_DEVICES}`,
];

type Asked = { result: ProbeResult } | { blocked: Verdict };

/**
 * A tenant probe that cannot run (signed out, not recorded) blocks the step instead of failing it.
 * `step` keys the sign-in summary (SIGN_IN_MESSAGES in that step's messages); without it the
 * summary is English only.
 */
export async function askTenant(ctx: StepContext, request: ProbeRequest, step?: StepId): Promise<Asked> {
  try {
    return { result: await askCompleted(ctx, request) };
  } catch (error) {
    if (error instanceof ProbeFailure && (error.kind === 'unavailable' || error.kind === 'not-recorded')) {
      const reason = error.message.trim();
      const name = error.kind === 'not-recorded' ? 'signInNotRecorded' : reason ? 'signInBecause' : 'signIn';
      const params: MessageParams = name === 'signInBecause' ? { reason } : {};
      return {
        blocked: {
          status: 'blocked',
          ...(step
            ? say(step, SIGN_IN_MESSAGES, name, params)
            : { summary: fillPlaceholders(SIGN_IN_MESSAGES[name], params) }),
          details: { action: 'sign-in', reason: error.kind },
          remediation: SIGN_IN_REMEDIATION,
        },
      };
    }
    throw error;
  }
}

/** A recorded Graph refusal becomes a verdict that says what to fix. */
export function graphFailureVerdict(result: ProbeResult, step: StepId, what: GraphRead): Verdict {
  const failure = parseGraphFailure(result.stdout);
  const reason = failure?.message ?? result.stderr;
  const details = {
    status: failure?.status ?? null,
    code: failure?.code ?? null,
    requestId: failure?.requestId ?? null,
  };
  if (failure?.status === 403) {
    return {
      status: 'error',
      ...graphReadSummary(step, what, 'forbidden', ''),
      details,
      remediation: CONSENT_REMEDIATION,
    };
  }
  return {
    status: 'error',
    ...graphReadSummary(step, what, reason ? 'failed' : 'silent', reason),
    details,
    remediation: [ENGINE_REMEDIATION.graphRetry],
  };
}

export async function readIdentity(
  ctx: StepContext,
  step: StepId,
): Promise<{ serial: string | null; manufacturer: string | null; model: string | null } | Verdict> {
  let result: ProbeResult;
  try {
    result = await askCompleted(ctx, { probe: 'device.identity', args: {} });
  } catch (error) {
    if (error instanceof ProbeFailure && error.kind === 'not-recorded') {
      return {
        status: 'blocked',
        ...say(step, IDENTITY_MESSAGES, 'serialNotRecorded'),
        details: { reason: 'not-recorded' },
        remediation: [ENGINE_REMEDIATION.recordWithThisVersion],
      };
    }
    throw error;
  }
  if (result.exitCode !== 0)
    throw checkError(engineSays('probeFailed', { probe: 'device.identity', code: String(result.exitCode) }));
  const identity = parseDeviceIdentity(result.stdout);
  if (!identity.ok)
    throw checkError(
      engineSays('outputNotUnderstood', { probe: 'device.identity', reason: identity.reason }),
    );
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

/**
 * Each Graph deploymentProfileAssignmentStatus as a verdict and the message autopilot-registration
 * says for it (REGISTERED_MESSAGES); a status Graph adds later is `otherState`.
 */
export const ASSIGNMENT: Record<
  string,
  { status: 'pass' | 'warn' | 'fail'; message: keyof typeof REGISTERED_MESSAGES }
> = {
  assignedInSync: { status: 'pass', message: 'assignedInSync' },
  assignedOutOfSync: { status: 'warn', message: 'assignedOutOfSync' },
  assignedUnkownSyncState: { status: 'warn', message: 'assignedUnknownSyncState' },
  pending: { status: 'warn', message: 'pending' },
  notAssigned: { status: 'fail', message: 'notAssigned' },
  failed: { status: 'fail', message: 'failed' },
  unknown: { status: 'warn', message: 'unknown' },
};

/** `{tagged}` is "yes" when the registration has a group tag (`{groupTag}`), else "no". */
const REGISTERED = 'Registered in Autopilot{tagged, select, yes { (group tag {groupTag})} other {}}';

export const REGISTERED_MESSAGES = {
  assignedInSync: `${REGISTERED}: profile assigned and in sync.`,
  assignedOutOfSync: `${REGISTERED}: profile assigned but not yet in sync with the Autopilot service.`,
  assignedUnknownSyncState: `${REGISTERED}: profile assigned, sync state unknown.`,
  pending: `${REGISTERED}: profile assignment pending.`,
  notAssigned: `${REGISTERED}: no deployment profile assigned.`,
  failed: `${REGISTERED}: profile assignment failed.`,
  unknown: `${REGISTERED}: profile assignment status unknown.`,
  otherState: `${REGISTERED}: profile assignment status "{state}".`,
} as const;
