/**
 * Tenant extension step (docs/CONTRACT-EXTENSIONS.md): the profile Intune assigned to this device is
 * hybrid Azure AD join with "Skip AD connectivity check" on, read through Microsoft Graph beta.
 */
import type { ProcedureSource, StepContext, StepDefinition, Verdict } from '../step-definition.js';
import {
  AZURE_AD_PROFILE_TYPE,
  HYBRID_PROFILE_TYPE,
  parseDeploymentProfile,
} from '../parsers/graph-autopilot.js';
import { CheckError } from '../rules/probe-call.js';
import { HYBRID_AUTOPILOT, SIGN_IN_REMEDIATION, askTenant, graphFailureVerdict } from '../rules/tenant.js';

const PROFILE_SOURCE: ProcedureSource = {
  section: 'User-driven mode for hybrid Azure AD join with VPN support › Skip domain connectivity check',
  url: 'https://learn.microsoft.com/autopilot/user-driven#user-driven-mode-for-hybrid-azure-active-directory-join-with-vpn-support',
};

export function registeredDeviceId(ctx: StepContext): string | Verdict {
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
