/**
 * The verdict in words, one set of them for every face (the banner, the report's first page, the
 * terminal), so the technician reads the same sentence in the app, on paper and in a lab log.
 * Only the wording lives here; the verdict itself comes from ./verdict.ts.
 */
import type { StepId, StepResult } from '../model.js';
import type { Verdict, VerdictOutcome } from './verdict.js';

export const VERDICT_WORD: Record<Verdict, string> = {
  ready: 'Ready',
  'not-ready': 'Not ready',
  incomplete: 'Incomplete',
};

/** Shown beside the word, so the verdict reads without colour (print, colour blindness). */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  ready: '✔',
  'not-ready': '✘',
  incomplete: '?',
};

/** What a failing step means for the device, in the words a technician says to a customer. */
const PROBLEM: Record<StepId, string> = {
  'os-build': 'this Windows build does not support the VPN during Autopilot',
  'join-state': 'the device is not joined to the domain',
  'mdm-enrollment': 'the device is not enrolled in Intune',
  'autopilot-profile': 'the Autopilot profile is not a hybrid join profile',
  proxy: 'the proxy settings are in the way',
  'network-endpoints': 'Autopilot and Azure AD endpoints cannot be reached',
  'autopilot-registration': 'the device is not registered in Autopilot',
  'tenant-profile': 'the assigned Autopilot profile is not right for hybrid join over VPN',
  'vpn-kind': 'no VPN usable before sign-in was found',
  'vpn-client-prelogon': 'the VPN client cannot connect before sign-in',
  'vpn-profile': 'there is no per-machine VPN connection usable before sign-in',
  'vpn-certificate': 'the VPN has no usable machine certificate',
  'vpn-connect': 'the VPN does not connect',
  'dc-over-vpn': 'no domain controller answers over the VPN',
  'vpn-disconnect': 'the VPN does not disconnect',
  'logon-vpn-icon': 'the VPN icon is missing on the logon screen',
  'offnetwork-signin': 'the sign-in off the corporate network did not reach the domain',
  'update-install': 'the cumulative update did not install',
};

/** What a step looks at, for "… could not be checked". */
const SUBJECT: Record<StepId, string> = {
  'os-build': 'the Windows build',
  'join-state': 'the domain join',
  'mdm-enrollment': 'the Intune enrollment',
  'autopilot-profile': 'the Autopilot profile',
  proxy: 'the proxy',
  'network-endpoints': 'the Autopilot endpoints',
  'autopilot-registration': 'the Autopilot registration',
  'tenant-profile': 'the assigned Autopilot profile',
  'vpn-kind': 'the kind of VPN',
  'vpn-client-prelogon': "the VPN client's pre-logon setting",
  'vpn-profile': 'the VPN connection',
  'vpn-certificate': 'the VPN certificate',
  'vpn-connect': 'the VPN connection test',
  'dc-over-vpn': 'the domain controller over the VPN',
  'vpn-disconnect': 'the VPN disconnect',
  'logon-vpn-icon': 'the VPN icon on the logon screen',
  'offnetwork-signin': 'the sign-in off the corporate network',
  'update-install': 'the cumulative update',
};

/** What is still unproven, when a step is blocked or waits for a person. */
const UNPROVEN: Record<StepId, string> = {
  'os-build': 'the Windows build was not checked',
  'join-state': 'the domain join was not checked',
  'mdm-enrollment': 'the Intune enrollment was not checked',
  'autopilot-profile': 'the Autopilot profile was not checked',
  proxy: 'the proxy was not checked',
  'network-endpoints': 'the Autopilot endpoints were not checked',
  'autopilot-registration': 'the Autopilot registration was not checked',
  'tenant-profile': 'the assigned Autopilot profile was not checked',
  'vpn-kind': 'the kind of VPN was not checked',
  'vpn-client-prelogon': "the VPN client's pre-logon setting was not checked",
  'vpn-profile': 'the VPN connection was not checked',
  'vpn-certificate': 'the VPN certificate was not checked',
  'vpn-connect': 'the VPN was never tested',
  'dc-over-vpn': 'the domain controller was not reached over the VPN',
  'vpn-disconnect': 'the VPN disconnect was not tested',
  'logon-vpn-icon': 'the VPN icon on the logon screen is not confirmed',
  'offnetwork-signin': 'the sign-in off the corporate network is not confirmed',
  'update-install': 'the cumulative update was not installed',
};

type Described = Pick<StepResult, 'id' | 'status' | 'details'>;

/** The problem in words, with the number that identifies it better than words (a RAS code). */
function problemOf(id: StepId, step: Described | undefined): string {
  // An error proves nothing about the device: say the check could not be made, not that it failed.
  if (step?.status === 'error') return `${SUBJECT[id]} could not be checked`;
  const code = step?.details['errorCode'];
  if (id === 'vpn-connect' && typeof code === 'number' && code !== 0) return `${PROBLEM[id]} (RAS ${code})`;
  return PROBLEM[id];
}

function more(count: number, one: string, many: string): string {
  if (count <= 0) return '';
  return ` — and ${count} more ${count === 1 ? one : many}`;
}

/**
 * The one-line reason: "the VPN does not connect (RAS 809)". `steps` are the run's results (or
 * the session's), looked up by the outcome's reason ids.
 */
export function verdictReason(outcome: VerdictOutcome, steps: readonly Described[]): string {
  const [first, ...rest] = outcome.verdictReasons;
  if (outcome.verdict === 'ready' || first === undefined) {
    const warnings = steps.filter((s) => s.status === 'warn').length;
    const read = warnings === 0 ? '' : ` (${warnings} warning${warnings === 1 ? '' : 's'} to read)`;
    return `every step of the procedure passed${read}`;
  }
  if (outcome.verdict === 'not-ready') {
    const step = steps.find((s) => s.id === first);
    return problemOf(first, step) + more(rest.length, 'problem', 'problems');
  }
  if (steps.length === 0) return 'nothing has been checked yet';
  return UNPROVEN[first] + more(rest.length, 'step to finish', 'steps to finish');
}

/** "Not ready — the VPN does not connect (RAS 809)". */
export function verdictLine(outcome: VerdictOutcome, steps: readonly Described[]): string {
  return `${VERDICT_WORD[outcome.verdict]} — ${verdictReason(outcome, steps)}`;
}
