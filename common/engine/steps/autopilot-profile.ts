import { z } from 'zod';
import type { StepDefinition, Verdict } from '../step-definition.js';
import { askStructured, checkError } from '../rules/probe-call.js';
import { remediate, say } from '../say.js';
import { DOCS, VPN_REQUIREMENTS } from '../sources.js';

/** An Azure AD join only profile cannot become hybrid: the profile itself must change. */
const AZURE_AD_ONLY_FIX = [
  'In Intune > Devices > Windows > Windows enrollment > Deployment Profiles, assign a profile whose "Join to Azure AD as" is "Hybrid Azure AD joined".',
  'Then reset the device (or run OOBE again) so it downloads the new profile.',
  `Autopilot profiles: ${DOCS.autopilotProfiles}`,
];

const AutopilotProfileSchema = z.object({
  registry: z.record(z.string(), z.unknown()).nullish(),
  ztdFile: z.record(z.string(), z.unknown()).nullish(),
});

type JoinMethod = 'hybrid' | 'azureAd';

const MESSAGES = {
  // What to do when no profile is cached.
  fixRegister:
    'Register the device in Autopilot (hardware hash) and assign a hybrid Azure AD joined deployment profile to its group.',
  fixDownload:
    'Connect the device to the internet during OOBE so it downloads the profile, then check again.',
  fixProfilesDoc: 'Autopilot profiles: {url}',
  azureAdOnly: 'The Autopilot profile joins Azure AD only, not hybrid Azure AD.',
  skipOn: 'Hybrid Azure AD join profile with "Skip domain connectivity check" on.',
  skipOff:
    'Hybrid join profile without "Skip domain connectivity check": setup needs a domain controller, which the VPN cannot provide during OOBE.',
  registryOnly:
    'The registry says hybrid join, but no cached profile file is on the device, so "Skip domain connectivity check" cannot be confirmed.',
  noProfile: 'No Autopilot profile has been downloaded to this device.',
  unknownJoinMethodCached:
    'The cached Autopilot profile holds CloudAssignedDomainJoinMethod = {value}, which is not a known join method.',
  unknownJoinMethodRegistry:
    'The Autopilot registry key holds CloudAssignedDomainJoinMethod = {value}, which is not a known join method.',
} as const;

/** Registry DWORDs arrive as numbers; profiles edited by hand sometimes hold "1". */
function asFlag(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

function joinMethodOf(source: Record<string, unknown>, where: 'ztdFile' | 'registry'): JoinMethod | null {
  if (!('CloudAssignedDomainJoinMethod' in source)) return null;
  const value = asFlag(source.CloudAssignedDomainJoinMethod);
  if (value === 1) return 'hybrid';
  if (value === 0) return 'azureAd';
  const params = { value: String(JSON.stringify(source.CloudAssignedDomainJoinMethod)) };
  throw checkError(
    say(
      'autopilot-profile',
      MESSAGES,
      where === 'ztdFile' ? 'unknownJoinMethodCached' : 'unknownJoinMethodRegistry',
      params,
    ),
  );
}

function verdictFor(joinMethod: JoinMethod, skip: boolean | null, from: string): Verdict {
  const details = { joinMethod, skipConnectivityCheck: skip, source: from };
  if (joinMethod === 'azureAd') {
    return {
      status: 'fail',
      ...say('autopilot-profile', MESSAGES, 'azureAdOnly'),
      details,
    };
  }
  if (skip === true) {
    return {
      status: 'pass',
      ...say('autopilot-profile', MESSAGES, 'skipOn'),
      details,
    };
  }
  if (skip === false) {
    return {
      status: 'warn',
      ...say('autopilot-profile', MESSAGES, 'skipOff'),
      details,
    };
  }
  return {
    status: 'warn',
    ...say('autopilot-profile', MESSAGES, 'registryOnly'),
    details,
  };
}

export const autopilotProfileStep: StepDefinition = {
  id: 'autopilot-profile',
  stage: 'Requirements',
  kind: 'check',
  title: 'Autopilot profile is hybrid join with "Skip domain connectivity check"',
  instructions:
    'The app reads the Autopilot profile cached on the device (AutopilotDDSZTDFile.json) and the Autopilot diagnostics registry key.',
  why: 'Without "Skip domain connectivity check" the hybrid join waits for a domain controller during setup, before any VPN can connect.',
  source: VPN_REQUIREMENTS,
  probes: ['autopilot.profile'],
  dependsOn: [],
  remediation: {
    fail: AZURE_AD_ONLY_FIX,
    warn: [
      'In Intune > Devices > Windows > Windows enrollment > Deployment Profiles, open the hybrid Azure AD joined profile and set "Skip AD connectivity check" to Yes.',
      'Make sure the device is registered in Autopilot and the profile is assigned (profile status "Assigned"), then reset the device so it downloads the profile.',
      `Autopilot profiles: ${DOCS.autopilotProfiles}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const profile = await askStructured(
      ctx,
      { probe: 'autopilot.profile', args: {} },
      AutopilotProfileSchema,
      'object',
    );
    const ztd = profile.ztdFile ?? null;
    if (ztd) {
      const joinMethod = joinMethodOf(ztd, 'ztdFile');
      if (joinMethod) {
        return verdictFor(joinMethod, asFlag(ztd.HybridJoinSkipDCConnectivityCheck) === 1, 'ztdFile');
      }
    }
    const registry = profile.registry ?? null;
    if (registry) {
      const joinMethod = joinMethodOf(registry, 'registry');
      if (joinMethod) return verdictFor(joinMethod, null, 'registry');
    }
    return {
      status: 'warn',
      ...say('autopilot-profile', MESSAGES, 'noProfile'),
      details: { joinMethod: null, skipConnectivityCheck: null, source: null },
      ...remediate([
        say('autopilot-profile', MESSAGES, 'fixRegister'),
        say('autopilot-profile', MESSAGES, 'fixDownload'),
        say('autopilot-profile', MESSAGES, 'fixProfilesDoc', { url: DOCS.autopilotProfiles }),
      ]),
    };
  },
};
