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

export interface SettingDifference {
  setting: string;
  device: string;
  tenant: string;
  /** Join method and the skip flag decide whether hybrid join over VPN can work at all. */
  critical: boolean;
}

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

const onOff = (on: boolean): string => (on ? 'on' : 'off');

export function compareProfiles(ztd: Ztd, profile: DeploymentProfile): SettingDifference[] {
  const differences: SettingDifference[] = [];
  const differ = (setting: string, device: string, tenant: string, critical = false): void => {
    if (device !== tenant) differences.push({ setting, device, tenant, critical });
  };
  const hybrid = profile['@odata.type'] === HYBRID_PROFILE_TYPE;
  const join = flag(ztd.CloudAssignedDomainJoinMethod);
  if (join === 0 || join === 1) {
    const name = (h: boolean): string => (h ? 'Hybrid Azure AD joined' : 'Azure AD joined');
    differ('Join to Azure AD as', name(join === 1), name(hybrid), true);
  }
  if (hybrid && join === 1 && typeof profile.hybridAzureADJoinSkipConnectivityCheck === 'boolean') {
    differ(
      'Skip AD connectivity check',
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
      setting: string,
      mask: number,
      tenant: boolean | null,
      words: [string, string],
    ): void => {
      if (tenant === null) return;
      differ(setting, words[bit(mask) ? 0 : 1], words[tenant ? 0 : 1]);
    };
    const user = settings.userType === null ? null : settings.userType === 'standard';
    compareBit('User account type', 2, user, ['standard', 'administrator']);
    const shared = settings.deviceUsageType === null ? null : settings.deviceUsageType === 'shared';
    compareBit('Deployment mode', 32 | 64, shared, ['shared (self-deploying)', 'single user']);
    const hidden: [string, string] = ['hidden', 'shown'];
    compareBit('Privacy settings', 4, settings.privacyHidden as boolean | null, hidden);
    compareBit('Microsoft Software License Terms', 16, settings.eulaHidden as boolean | null, hidden);
    compareBit('Automatically configure keyboard', 1024, settings.keyboardSkipped as boolean | null, [
      'on',
      'off',
    ]);
  }
  const forced = flag(ztd.CloudAssignedForcedEnrollment);
  if (forced !== null && typeof settings.escapeLinkHidden === 'boolean') {
    differ('Hide change account options', onOff(forced === 1), onOff(settings.escapeLinkHidden));
  }
  const deviceName = text(ztd.CloudAssignedDeviceName);
  if ('CloudAssignedDeviceName' in ztd && !hybrid) {
    differ('Device name template', deviceName ?? '(none)', text(profile.deviceNameTemplate) ?? '(none)');
  }
  const language = text(ztd.CloudAssignedLanguage);
  const tenantLanguage = text(profile.locale) ?? text(profile.language);
  if (language && tenantLanguage) differ('Language (Region)', language, tenantLanguage);
  return differences;
}

/** The profile's name as the device file carries it ("Profile <displayName>"). */
export function cachedProfileName(ztd: Ztd): string | null {
  const comment = text(ztd.Comment_File);
  return comment ? comment.replace(/^Profile\s+/, '') : null;
}
