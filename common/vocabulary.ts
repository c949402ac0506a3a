/**
 * The contract's statuses and stages, in its order (contract §3). Plain data without zod, so the
 * renderer can import the very same lists without pulling the schemas into its bundle.
 */
export const STEP_STATUSES = ['pass', 'warn', 'fail', 'manual', 'blocked', 'skip', 'error'] as const;

export const STAGES = [
  'Requirements',
  'Tenant',
  'VPN profile',
  'Connect',
  'Logon screen',
  'Off-network sign-in',
  'Cumulative update',
] as const;

/** Contract v1.1 §4's answer to "is this device ready?" (decided in engine/verdict.ts). */
export const VERDICTS = ['ready', 'not-ready', 'incomplete'] as const;

/**
 * The 14 steps contract v1 defines (§3), as plain data so the verdict can be decided in the
 * renderer without bundling the checklist; test/unit/common/engine/verdict.test.ts keeps it equal
 * to engine/checklist.ts CONTRACT_STEPS. Every other step is an optional extension.
 */
export const CONTRACT_STEP_IDS = [
  'os-build',
  'join-state',
  'mdm-enrollment',
  'autopilot-profile',
  'proxy',
  'network-endpoints',
  'vpn-profile',
  'vpn-certificate',
  'vpn-connect',
  'dc-over-vpn',
  'vpn-disconnect',
  'logon-vpn-icon',
  'offnetwork-signin',
  'update-install',
] as const;

/**
 * What each optional step waits on (its declaration's dependsOn), for the same reason and kept
 * equal to it by the same test.
 */
export const OPTIONAL_STEP_DEPENDS_ON: Readonly<Record<string, readonly string[]>> = {
  'autopilot-registration': [],
  'tenant-profile': ['autopilot-registration'],
  'machine-network': [],
  'tls-inspection': ['proxy'],
  // Issue 17a.
  'profile-drift': ['autopilot-registration', 'tenant-profile'],
  scp: ['dc-over-vpn'],
  'vpn-kind': [],
  'vpn-client-prelogon': ['vpn-kind'],
};

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

/** A DNS host name: labels of letters, digits and hyphens, dots between them (login.live.com, DC01). */
export const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);

/** An Active Directory DNS domain: a host name with at least one dot (corp.contoso.com). */
export const DOMAIN_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);
