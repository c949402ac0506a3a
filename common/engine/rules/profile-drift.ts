/**
 * Device ↔ tenant profile drift (issue 17a): the settings the Autopilot profile cached on the device
 * (AutopilotDDSZTDFile.json) and the profile Intune assigns now (Graph beta) both carry, compared one
 * by one. The file's values are the ones Microsoft's WindowsAutopilotIntune module writes from the
 * Graph profile (ConvertTo-AutopilotConfigurationJSON): CloudAssignedOobeConfig bits 2 standard user,
 * 4 privacy settings hidden, 16 EULA hidden, 1024 keyboard page skipped, 32+64 shared device;
 * CloudAssignedForcedEnrollment = "hide change account options"; CloudAssignedDeviceName = the name
 * template; CloudAssignedLanguage = the language. A setting the device file does not carry is not
 * compared: an older Windows may leave it out.
 */
import type { DeploymentProfile } from '../parsers/graph-autopilot.js';
import { HYBRID_PROFILE_TYPE } from '../parsers/graph-autopilot.js';

/**
 * The settings' names and values as Intune's profile page shows them in English; the step declares
 * them as messages, so a reader in another language reads Intune's words in theirs.
 */
export const DRIFT_WORDS = {
  settingJoinAs: 'Join to Azure AD as',
  settingSkipConnectivity: 'Skip AD connectivity check',
  settingUserType: 'User account type',
  settingDeploymentMode: 'Deployment mode',
  settingPrivacy: 'Privacy settings',
  settingLicenseTerms: 'Microsoft Software License Terms',
  settingKeyboard: 'Automatically configure keyboard',
  settingHideChangeAccount: 'Hide change account options',
  settingNameTemplate: 'Device name template',
  settingLanguage: 'Language (Region)',
  valueHybridJoined: 'Hybrid Azure AD joined',
  valueAzureJoined: 'Azure AD joined',
  valueOn: 'on',
  valueOff: 'off',
  valueStandard: 'standard',
  valueAdministrator: 'administrator',
  valueShared: 'shared (self-deploying)',
  valueSingleUser: 'single user',
  valueHidden: 'hidden',
  valueShown: 'shown',
  valueNone: '(none)',
} as const;
export type DriftWord = keyof typeof DRIFT_WORDS;

/** A value is one of Intune's words, or the profile's own data (a name template, a language). */
export type DriftValue = { word: DriftWord } | { data: string };

export interface SettingDifference {
  setting: string;
  device: string;
  tenant: string;
  /** Join method and the skip flag decide whether hybrid join over VPN can work at all. */
  critical: boolean;
}

/** A difference as details carry it (English, for JSON) and as the step says it. */
export interface Drift {
  difference: SettingDifference;
  words: { setting: DriftWord; device: DriftValue; tenant: DriftValue };
}

const english = (value: DriftValue): string => ('word' in value ? DRIFT_WORDS[value.word] : value.data);
const word = (w: DriftWord): DriftValue => ({ word: w });

type Ztd = Record<string, unknown>;
type Value = string | number | boolean | null;

function flag(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The OOBE settings, under their pre-2024 (outOfBoxExperienceSettings) or current names. */
function oobe(profile: DeploymentProfile): Record<string, Value> {
  const old = profile.outOfBoxExperienceSettings;
  const now = profile.outOfBoxExperienceSetting;
  const a = (old && typeof old === 'object' ? old : {}) as Record<string, unknown>;
  const b = (now && typeof now === 'object' ? now : {}) as Record<string, unknown>;
  const pick = (oldName: string, newName: string): Value => {
    const value = b[newName] ?? a[oldName];
    return typeof value === 'boolean' || typeof value === 'string' ? value : null;
  };
  return {
    userType: pick('userType', 'userType'),
    deviceUsageType: pick('deviceUsageType', 'deviceUsageType'),
    privacyHidden: pick('hidePrivacySettings', 'privacySettingsHidden'),
    eulaHidden: pick('hideEULA', 'eulaHidden'),
    keyboardSkipped: pick('skipKeyboardSelectionPage', 'keyboardSelectionPageSkipped'),
    escapeLinkHidden: pick('hideEscapeLink', 'escapeLinkHidden'),
  };
}

const onOff = (on: boolean): DriftValue => word(on ? 'valueOn' : 'valueOff');

/** Each setting that differs, with the words the step says it in. */
export function driftsOf(ztd: Ztd, profile: DeploymentProfile): Drift[] {
  const differences: Drift[] = [];
  const differ = (setting: DriftWord, device: DriftValue, tenant: DriftValue, critical = false): void => {
    const difference = {
      setting: DRIFT_WORDS[setting],
      device: english(device),
      tenant: english(tenant),
      critical,
    };
    if (difference.device !== difference.tenant)
      differences.push({ difference, words: { setting, device, tenant } });
  };
  const hybrid = profile['@odata.type'] === HYBRID_PROFILE_TYPE;
  const join = flag(ztd.CloudAssignedDomainJoinMethod);
  if (join === 0 || join === 1) {
    const name = (h: boolean): DriftValue => word(h ? 'valueHybridJoined' : 'valueAzureJoined');
    differ('settingJoinAs', name(join === 1), name(hybrid), true);
  }
  if (hybrid && join === 1 && typeof profile.hybridAzureADJoinSkipConnectivityCheck === 'boolean') {
    differ(
      'settingSkipConnectivity',
      onOff(flag(ztd.HybridJoinSkipDCConnectivityCheck) === 1),
      onOff(profile.hybridAzureADJoinSkipConnectivityCheck),
      true,
    );
  }
  const settings = oobe(profile);
  const bits = flag(ztd.CloudAssignedOobeConfig);
  if (bits !== null) {
    const bit = (mask: number): boolean => (bits & mask) === mask;
    const compareBit = (
      setting: DriftWord,
      mask: number,
      tenant: boolean | null,
      words: [DriftWord, DriftWord],
    ): void => {
      if (tenant === null) return;
      differ(setting, word(words[bit(mask) ? 0 : 1]), word(words[tenant ? 0 : 1]));
    };
    const user = settings.userType === null ? null : settings.userType === 'standard';
    compareBit('settingUserType', 2, user, ['valueStandard', 'valueAdministrator']);
    const shared = settings.deviceUsageType === null ? null : settings.deviceUsageType === 'shared';
    compareBit('settingDeploymentMode', 32 | 64, shared, ['valueShared', 'valueSingleUser']);
    const hidden: [DriftWord, DriftWord] = ['valueHidden', 'valueShown'];
    compareBit('settingPrivacy', 4, settings.privacyHidden as boolean | null, hidden);
    compareBit('settingLicenseTerms', 16, settings.eulaHidden as boolean | null, hidden);
    compareBit('settingKeyboard', 1024, settings.keyboardSkipped as boolean | null, ['valueOn', 'valueOff']);
  }
  const forced = flag(ztd.CloudAssignedForcedEnrollment);
  if (forced !== null && typeof settings.escapeLinkHidden === 'boolean') {
    differ('settingHideChangeAccount', onOff(forced === 1), onOff(settings.escapeLinkHidden));
  }
  const deviceName = text(ztd.CloudAssignedDeviceName);
  if ('CloudAssignedDeviceName' in ztd && !hybrid) {
    const template = (value: string | null): DriftValue => (value ? { data: value } : word('valueNone'));
    differ('settingNameTemplate', template(deviceName), template(text(profile.deviceNameTemplate)));
  }
  const language = text(ztd.CloudAssignedLanguage);
  const tenantLanguage = text(profile.locale) ?? text(profile.language);
  if (language && tenantLanguage) differ('settingLanguage', { data: language }, { data: tenantLanguage });
  return differences;
}

export const compareProfiles = (ztd: Ztd, profile: DeploymentProfile): SettingDifference[] =>
  driftsOf(ztd, profile).map((d) => d.difference);

/** The profile's name as the device file carries it ("Profile <displayName>"). */
export function cachedProfileName(ztd: Ztd): string | null {
  const comment = text(ztd.Comment_File);
  return comment ? comment.replace(/^Profile\s+/, '') : null;
}
