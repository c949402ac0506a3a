/**
 * Tenant extension step (issue 17a, docs/CONTRACT-EXTENSIONS.md): the Autopilot profile cached on
 * the device is the one Intune assigns now. A device downloads its profile once, early in OOBE; a
 * profile assigned or changed after that stays unseen until the device downloads it again.
 */
import { z } from 'zod';
import type { DetailMessages, ProcedureSource, StepDefinition } from '../step-definition.js';
import { askStructured } from '../rules/probe-call.js';
import {
  DRIFT_WORDS,
  cachedProfileName,
  driftsOf,
  type Drift,
  type DriftValue,
} from '../rules/profile-drift.js';
import { PROFILE_READ_MESSAGES, SIGN_IN_MESSAGES, SIGN_IN_REMEDIATION } from '../rules/tenant.js';
import { listOf, remediate, say, type Said } from '../say.js';
import { DOCS } from '../sources.js';
import { REGISTERED_DEVICE_MESSAGES, assignedProfile } from './tenant-profile.js';

const DRIFT_SOURCE: ProcedureSource = {
  section: 'Windows Autopilot troubleshooting FAQ › profile downloaded before it was assigned or changed',
  url: 'https://learn.microsoft.com/autopilot/troubleshooting-faq',
};

/** How a device fetches its profile again (Microsoft's troubleshooting FAQ and profile docs). */
export const REFETCH_PROFILE = [
  'Wait until the device shows the profile status "Assigned" in Intune > Devices > Windows > Windows enrollment > Devices (select Sync to speed it up).',
  'Still in OOBE (before the sign-in page): press Shift+F10 and run "shutdown /r /t 0"; the device downloads the profile again when it restarts and reaches the network.',
  'Past OOBE: the profile is only read during setup, so reset the device (Settings > Recovery > Reset this PC, or a wipe from Intune) and let OOBE download the current profile.',
  `Autopilot profiles: ${DOCS.autopilotProfiles}`,
];

const CachedProfileSchema = z.object({
  registry: z.record(z.string(), z.unknown()).nullish(),
  ztdFile: z.record(z.string(), z.unknown()).nullish(),
});

const MESSAGES = {
  ...SIGN_IN_MESSAGES,
  ...PROFILE_READ_MESSAGES,
  ...REGISTERED_DEVICE_MESSAGES,
  noneAssigned:
    'No profile is assigned in Intune, so there is nothing to compare (see the assigned profile step).',
  noneCached: 'No Autopilot profile is cached on the device yet; it downloads the assigned one during OOBE.',
  matches: 'The cached profile matches "{profile}", as Intune assigns it now.',
  matchesUnnamed: 'The cached profile matches the assigned profile, as Intune assigns it now.',
  // `{differences}`: the `difference` of each setting, listed.
  outOfDate: 'The device holds an out-of-date profile ({differences}).',
  difference: '{setting}: device {device}, Intune {tenant}',
  differenceFix:
    '"{setting}" is {device} in the profile the device downloaded, {tenant} in the profile Intune assigns now: the device will run setup with {device} until it downloads the profile again.',
  // Intune's names of the profile's settings and of their values.
  ...DRIFT_WORDS,
} as const;

const sayValue = (value: DriftValue): Said | string =>
  'word' in value ? say('profile-drift', MESSAGES, value.word) : value.data;

/** Each difference's words by id, beside the English details keep (`differences.<i>.<field>`). */
function driftMessages(drifts: readonly Drift[]): DetailMessages {
  const said: DetailMessages = {};
  drifts.forEach((drift, i) => {
    for (const field of ['setting', 'device', 'tenant'] as const) {
      const words =
        field === 'setting'
          ? say('profile-drift', MESSAGES, drift.words.setting)
          : sayValue(drift.words[field]);
      if (typeof words !== 'string') said[`differences.${i}.${field}`] = words.message;
    }
  });
  return said;
}

const sayDrift = (name: 'difference' | 'differenceFix', drift: Drift): Said =>
  say('profile-drift', MESSAGES, name, {
    setting: say('profile-drift', MESSAGES, drift.words.setting),
    device: sayValue(drift.words.device),
    tenant: sayValue(drift.words.tenant),
  });

export const profileDriftStep: StepDefinition = {
  id: 'profile-drift',
  stage: 'Tenant',
  kind: 'check',
  title: 'The profile cached on the device is the one Intune assigns now',
  instructions:
    'The app compares the Autopilot profile cached on the device (AutopilotDDSZTDFile.json) with the deployment profile Intune assigns now (Microsoft Graph beta), setting by setting. Needs a sign-in.',
  why: 'A device downloads its profile once, early in OOBE: a profile assigned or changed later is not the one it will run, so the device may wait for a domain controller or join the wrong way.',
  source: DRIFT_SOURCE,
  probes: ['autopilot.profile', 'tenant.deploymentProfile'],
  dependsOn: ['autopilot-registration', 'tenant-profile'],
  remediation: { fail: REFETCH_PROFILE, warn: REFETCH_PROFILE, blocked: SIGN_IN_REMEDIATION },
  messages: MESSAGES,
  async check(ctx) {
    const read = await assignedProfile(ctx, 'profile-drift');
    if ('status' in read) return read;
    const { deviceId, profile: assigned } = read;
    if (assigned === null) {
      return {
        status: 'skip',
        ...say('profile-drift', MESSAGES, 'noneAssigned'),
        details: { deviceId, differences: [] },
      };
    }
    const cached = await askStructured(
      ctx,
      { probe: 'autopilot.profile', args: {} },
      CachedProfileSchema,
      'object',
    );
    const ztd = cached.ztdFile ?? null;
    const tenantName = assigned.displayName ?? null;
    if (!ztd) {
      return {
        status: 'skip',
        ...say('profile-drift', MESSAGES, 'noneCached'),
        details: { deviceId, tenantProfile: tenantName, differences: [] },
      };
    }
    const drifts = driftsOf(ztd, assigned);
    const differences = drifts.map((d) => d.difference);
    const deviceName =
      cachedProfileName(ztd) ??
      (typeof cached.registry?.DeploymentProfileName === 'string'
        ? cached.registry.DeploymentProfileName
        : null);
    const details = { deviceId, deviceProfile: deviceName, tenantProfile: tenantName, differences };
    const detailMessages = driftMessages(drifts);
    if (differences.length === 0) {
      return {
        status: 'pass',
        ...(tenantName
          ? say('profile-drift', MESSAGES, 'matches', { profile: tenantName })
          : say('profile-drift', MESSAGES, 'matchesUnnamed')),
        details,
      };
    }
    const listed = listOf(
      drifts.map((d) => sayDrift('difference', d)),
      '; ',
    );
    const critical = differences.some((d) => d.critical);
    return {
      status: critical ? 'fail' : 'warn',
      ...say('profile-drift', MESSAGES, 'outOfDate', { differences: listed }),
      details,
      detailMessages,
      ...remediate([...drifts.map((d) => sayDrift('differenceFix', d)), ...REFETCH_PROFILE]),
    };
  },
};
