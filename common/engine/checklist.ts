/**
 * The checklist: Microsoft's "hybrid Azure AD join with VPN support" procedure as data, in the
 * contract's order (contract §3). Each step is one declaration in ./steps/; adding a step is adding
 * its file and one line here.
 */
import type { StepInfo } from '../ipc/contract.js';
import { STEP_IDS } from '../model.js';
import type { StepDefinition } from './step-definition.js';
import { autopilotProfileStep } from './steps/autopilot-profile.js';
import { autopilotRegistrationStep } from './steps/autopilot-registration.js';
import { dcOverVpnStep } from './steps/dc-over-vpn.js';
import { joinStateStep } from './steps/join-state.js';
import { logonVpnIconStep } from './steps/logon-vpn-icon.js';
import { machineNetworkStep } from './steps/machine-network.js';
import { mdmEnrollmentStep } from './steps/mdm-enrollment.js';
import { networkEndpointsStep } from './steps/network-endpoints.js';
import { offnetworkSigninStep } from './steps/offnetwork-signin.js';
import { osBuildStep } from './steps/os-build.js';
import { profileDriftStep } from './steps/profile-drift.js';
import { proxyStep } from './steps/proxy.js';
import { scpStep } from './steps/scp.js';
import { tenantProfileStep } from './steps/tenant-profile.js';
import { tlsInspectionStep } from './steps/tls-inspection.js';
import { updateInstallStep } from './steps/update-install.js';
import { vpnCertificateStep } from './steps/vpn-certificate.js';
import { vpnConnectStep } from './steps/vpn-connect.js';
import { vpnDisconnectStep } from './steps/vpn-disconnect.js';
import { vpnProfileStep } from './steps/vpn-profile.js';
import { vpnClientPrelogonStep } from './steps/vpn-client-prelogon.js';
import { vpnKindStep } from './steps/vpn-kind.js';

/** The 14 steps of contract v1, in its order. */
export const CONTRACT_STEPS: readonly StepDefinition[] = [
  osBuildStep,
  joinStateStep,
  mdmEnrollmentStep,
  autopilotProfileStep,
  proxyStep,
  networkEndpointsStep,
  vpnProfileStep,
  vpnCertificateStep,
  vpnConnectStep,
  dcOverVpnStep,
  vpnDisconnectStep,
  logonVpnIconStep,
  offnetworkSigninStep,
  updateInstallStep,
];

/** Tenant extension steps (docs/CONTRACT-EXTENSIONS.md), placed where STEP_IDS orders them. */
const TENANT_STEPS: readonly StepDefinition[] = [autopilotRegistrationStep, tenantProfileStep];

/** Issue 17b extension steps: the network as the device's own traffic sees it. */
const NETWORK_VIEW_STEPS: readonly StepDefinition[] = [machineNetworkStep, tlsInspectionStep];
/** Issue 17a extension steps (docs/CONTRACT-EXTENSIONS.md). */
const ISSUE_17A_STEPS: readonly StepDefinition[] = [profileDriftStep, scpStep];
/** The kind of VPN and a third-party client's pre-logon setting (issue 16a). */
const VPN_KIND_STEPS: readonly StepDefinition[] = [vpnKindStep, vpnClientPrelogonStep];

function inStepIdOrder(steps: readonly StepDefinition[]): readonly StepDefinition[] {
  return [...steps].sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
}

/** Every step the app runs, in checklist order (model.ts STEP_IDS). */
export const CHECKLIST: readonly StepDefinition[] = inStepIdOrder([
  ...CONTRACT_STEPS,
  ...TENANT_STEPS,
  ...NETWORK_VIEW_STEPS,
  ...ISSUE_17A_STEPS,
  ...VPN_KIND_STEPS,
]);

export function findStep(id: StepDefinition['id']): StepDefinition | undefined {
  return CHECKLIST.find((step) => step.id === id);
}

/** What the renderer may know about a step (no functions cross IPC). */
export function toStepInfo(def: StepDefinition): StepInfo {
  return {
    id: def.id,
    stage: def.stage,
    kind: def.kind,
    title: def.title,
    instructions: def.instructions,
    why: def.why,
    source: { section: def.source.section, url: def.source.url },
    dependsOn: [...def.dependsOn],
    ...(def.action ? { action: def.action } : {}),
  };
}
