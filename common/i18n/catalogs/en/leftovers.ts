/**
 * English the scan for leftovers (test/browser/english-leftovers.spec.ts) found still in code:
 * the titles of the Microsoft Learn sections each step cites (common/engine/sources.ts and the
 * steps' own `source`). The renderer finds a title's key by its English text
 * (renderer/steps/doc-section.ts), so the engine keeps its sources as they are.
 */
import type { Catalog } from '../../source-catalog.js';

export const enLeftovers: Catalog = {
  'docs.section.vpnRequirements': 'User-driven mode for hybrid Azure AD join with VPN support › Requirements',
  'docs.section.hybridRequirements': 'User-driven mode for hybrid Azure AD join › Requirements',
  'docs.section.vpnValidation': 'User-driven mode for hybrid Azure AD join with VPN support › Validation',
  'docs.section.networkRequirements': 'Windows Autopilot networking requirements',
  'docs.section.registerDevices':
    'Windows Autopilot user-driven hybrid Azure AD join › Register devices as Autopilot devices',
  'docs.section.profileDownloadedEarly':
    'Windows Autopilot troubleshooting FAQ › profile downloaded before it was assigned or changed',
  'docs.section.serviceConnectionPoint': 'Configure hybrid Microsoft Entra join › Service connection point',
  'docs.section.skipConnectivityCheck':
    'User-driven mode for hybrid Azure AD join with VPN support › Skip domain connectivity check',
};
