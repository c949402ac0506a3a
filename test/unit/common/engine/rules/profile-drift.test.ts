/** Each setting the cached profile and the Graph profile both carry, device value vs tenant value. */
import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../../../common/engine/rules/profile-drift.js';
import type { DeploymentProfile } from '../../../../../common/engine/parsers/graph-autopilot.js';

const HYBRID = '#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile';
// 1310 = 8 + 256 (always) + 2 standard + 4 privacy hidden + 16 EULA hidden + 1024 keyboard skipped.
const ztd = {
  CloudAssignedDomainJoinMethod: 1,
  HybridJoinSkipDCConnectivityCheck: 1,
  CloudAssignedOobeConfig: 1310,
  CloudAssignedForcedEnrollment: 1,
};
const tenant: DeploymentProfile = {
  '@odata.type': HYBRID,
  id: 'p1',
  hybridAzureADJoinSkipConnectivityCheck: true,
  outOfBoxExperienceSettings: {
    userType: 'standard',
    hidePrivacySettings: true,
    hideEULA: true,
    skipKeyboardSelectionPage: true,
    deviceUsageType: 'singleUser',
    hideEscapeLink: true,
  },
};

describe('compareProfiles', () => {
  it('finds nothing when the device holds what Intune assigns', () => {
    expect(compareProfiles(ztd, tenant)).toEqual([]);
  });

  it.each([
    [
      'Join to Azure AD as',
      { CloudAssignedDomainJoinMethod: 0 },
      {},
      'Azure AD joined',
      'Hybrid Azure AD joined',
      true,
    ],
    ['Skip AD connectivity check', { HybridJoinSkipDCConnectivityCheck: 0 }, {}, 'off', 'on', true],
    ['User account type', { CloudAssignedOobeConfig: 1308 }, {}, 'administrator', 'standard', false],
    ['Privacy settings', { CloudAssignedOobeConfig: 1306 }, {}, 'shown', 'hidden', false],
    ['Microsoft Software License Terms', { CloudAssignedOobeConfig: 1294 }, {}, 'shown', 'hidden', false],
    ['Automatically configure keyboard', { CloudAssignedOobeConfig: 286 }, {}, 'off', 'on', false],
    ['Hide change account options', { CloudAssignedForcedEnrollment: 0 }, {}, 'off', 'on', false],
    ['Language (Region)', { CloudAssignedLanguage: 'de-DE' }, { language: 'fr-FR' }, 'de-DE', 'fr-FR', false],
  ])('%s differs: device %j', (setting, device, assigned, deviceValue, tenantValue, critical) => {
    const differences = compareProfiles({ ...ztd, ...device }, { ...tenant, ...assigned });
    expect(differences).toEqual([{ setting, device: deviceValue, tenant: tenantValue, critical }]);
  });

  it('reads the current outOfBoxExperienceSetting names too', () => {
    const current = {
      ...tenant,
      outOfBoxExperienceSettings: null,
      outOfBoxExperienceSetting: {
        userType: 'administrator',
        privacySettingsHidden: true,
        eulaHidden: true,
        keyboardSelectionPageSkipped: true,
        escapeLinkHidden: true,
      },
    };
    expect(compareProfiles(ztd, current).map((d) => d.setting)).toEqual(['User account type']);
  });

  it('does not compare what the device file does not carry', () => {
    expect(compareProfiles({ CloudAssignedDomainJoinMethod: 1 }, tenant)).toEqual([
      { setting: 'Skip AD connectivity check', device: 'off', tenant: 'on', critical: true },
    ]);
    expect(compareProfiles({}, tenant)).toEqual([]);
  });
});
