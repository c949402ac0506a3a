/**
 * Tenant extension step (docs/CONTRACT-EXTENSIONS.md): the profile Intune assigned to this device is
 * hybrid Azure AD join with "Skip AD connectivity check" on, read through Microsoft Graph beta.
 */
import type { ProcedureSource, StepContext, StepDefinition, Verdict } from '../step-definition.js';
import {
  AZURE_AD_PROFILE_TYPE,
  HYBRID_PROFILE_TYPE,
  parseDeploymentProfile,
  type DeploymentProfile,
} from '../parsers/graph-autopilot.js';
import { checkError } from '../rules/probe-call.js';
import type { StepId } from '../../model.js';
import {
  HYBRID_AUTOPILOT,
  PROFILE_READ_MESSAGES,
  SIGN_IN_MESSAGES,
  SIGN_IN_REMEDIATION,
  askTenant,
  graphFailureVerdict,
} from '../rules/tenant.js';
import { say } from '../say.js';
import { ENGINE_REMEDIATION } from '../engine-messages.js';

const PROFILE_SOURCE: ProcedureSource = {
  section: 'User-driven mode for hybrid Azure AD join with VPN support › Skip domain connectivity check',
  url: 'https://learn.microsoft.com/autopilot/user-driven#user-driven-mode-for-hybrid-azure-active-directory-join-with-vpn-support',
};

/** What registeredDeviceId says; every step that calls it spreads these into its messages. */
export const REGISTERED_DEVICE_MESSAGES = {
  registrationNotPassed:
    'The Autopilot registration check did not pass, so the assigned profile cannot be read.',
} as const;

export function registeredDeviceId(ctx: StepContext, step: StepId): string | Verdict {
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
      // The registration's own sign-in sentence, translated under its key.
      summary: registration.summary,
      ...(registration.message ? { message: registration.message } : {}),
      details: { action: 'sign-in' },
      remediation: SIGN_IN_REMEDIATION,
    };
  }
  return {
    status: 'blocked',
    ...say(step, REGISTERED_DEVICE_MESSAGES, 'registrationNotPassed'),
    details: {},
    remediation: [ENGINE_REMEDIATION.fixRegistrationFirst],
  };
}

/**
 * The deployment profile Intune assigns to the registered device (null: none), or the verdict
 * that ends the step first: waiting for the registration or a sign-in, or Graph refusing. The
 * step spreads PROFILE_READ_MESSAGES and SIGN_IN_MESSAGES into its messages.
 */
export async function assignedProfile(
  ctx: StepContext,
  step: StepId,
): Promise<Verdict | { deviceId: string; profile: DeploymentProfile | null }> {
  const deviceId = registeredDeviceId(ctx, step);
  if (typeof deviceId !== 'string') return deviceId;
  const asked = await askTenant(ctx, { probe: 'tenant.deploymentProfile', args: { deviceId } }, step);
  if ('blocked' in asked) return asked.blocked;
  if (asked.result.exitCode !== 0) return graphFailureVerdict(asked.result, step, 'profile');
  const profile = parseDeploymentProfile(asked.result.stdout);
  if (!profile.ok) {
    throw checkError(say(step, PROFILE_READ_MESSAGES, 'profileNotUnderstood', { reason: profile.reason }));
  }
  return { deviceId, profile: profile.value };
}

const MESSAGES = {
  ...SIGN_IN_MESSAGES,
  ...PROFILE_READ_MESSAGES,
  ...REGISTERED_DEVICE_MESSAGES,
  noProfile: 'No deployment profile is assigned to this device.',
  azureAdOnly: '"{profile}" joins Azure AD only, not hybrid Azure AD.',
  unnamedAzureAdOnly: 'The assigned profile joins Azure AD only, not hybrid Azure AD.',
  otherJoin: '"{profile}" joins as {joinType}, not hybrid Azure AD.',
  unnamedOtherJoin: 'The assigned profile joins as {joinType}, not hybrid Azure AD.',
  skipOn: '"{profile}" is hybrid Azure AD join with "Skip AD connectivity check" on.',
  unnamedSkipOn: 'The assigned profile is hybrid Azure AD join with "Skip AD connectivity check" on.',
  skipOff:
    '"{profile}" is hybrid Azure AD join without "Skip AD connectivity check": setup needs a domain controller, which the VPN cannot provide during OOBE.',
  unnamedSkipOff:
    'The assigned profile is hybrid Azure AD join without "Skip AD connectivity check": setup needs a domain controller, which the VPN cannot provide during OOBE.',
  fixAssignHybridProfile:
    'Assign a hybrid Azure AD joined deployment profile to a group that contains this device, with "Skip AD connectivity check" set to Yes.',
  fixAssignHybridJoinType:
    'Assign a deployment profile whose "Join to Azure AD as" is "Hybrid Azure AD joined" to this device\'s group, with "Skip AD connectivity check" set to Yes.',
  fixResetDevice: 'Reset the device (or run OOBE again) so it downloads the new profile.',
} as const;

/** A profile without a display name is "The assigned profile": its own sentence, not a quoted param. */
const UNNAMED = {
  azureAdOnly: 'unnamedAzureAdOnly',
  otherJoin: 'unnamedOtherJoin',
  skipOn: 'unnamedSkipOn',
  skipOff: 'unnamedSkipOff',
} as const;

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
  messages: MESSAGES,
  async check(ctx) {
    const read = await assignedProfile(ctx, 'tenant-profile');
    if ('status' in read) return read;
    const { deviceId } = read;
    if (read.profile === null) {
      return {
        status: 'fail',
        ...say('tenant-profile', MESSAGES, 'noProfile'),
        details: { deviceId, profileId: null, joinType: null, skipConnectivityCheck: null },
        remediation: [MESSAGES.fixAssignHybridProfile, `Hybrid Autopilot: ${HYBRID_AUTOPILOT}`],
      };
    }
    const p = read.profile;
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
    const profileName = p.displayName;
    const sayAbout = (message: keyof typeof UNNAMED, params: Record<string, string> = {}) =>
      profileName
        ? say('tenant-profile', MESSAGES, message, { profile: profileName, ...params })
        : say('tenant-profile', MESSAGES, UNNAMED[message], params);
    if (joinType !== 'hybrid') {
      return {
        status: 'fail',
        ...(joinType === 'azureAd' ? sayAbout('azureAdOnly') : sayAbout('otherJoin', { joinType })),
        details,
        remediation: [
          MESSAGES.fixAssignHybridJoinType,
          MESSAGES.fixResetDevice,
          `Hybrid Autopilot: ${HYBRID_AUTOPILOT}`,
        ],
      };
    }
    if (skip === true) {
      return {
        status: 'pass',
        ...sayAbout('skipOn'),
        details,
      };
    }
    return {
      status: 'warn',
      ...sayAbout('skipOff'),
      details,
    };
  },
};
