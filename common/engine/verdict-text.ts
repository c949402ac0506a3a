/**
 * The verdict in words, one set of them for every face (the banner, the report's first page, the
 * terminal), so the technician reads the same sentence in the app, on paper and in a lab log.
 * Only the wording lives here; the verdict itself comes from ./verdict.ts.
 */
import type { StepId, StepResult, StepStatus } from '../model.js';
import type { Verdict, VerdictOutcome } from './verdict.js';
import { inEnglish, type Translate } from '../i18n/translate.js';

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

/** A step's status the same way, in every report (the app's screen draws its own, SHOWN_LABEL). */
export const STATUS_SYMBOL: Record<StepStatus, string> = {
  pass: '✔',
  warn: '!',
  fail: '✘',
  manual: '?',
  blocked: '⊘',
  skip: '–',
  error: '⚠',
};

/** What a failing step means for the device, in the words a technician says to a customer. */
const PROBLEM: Record<StepId, string> = {
  'os-build': 'this Windows build does not support the VPN during Autopilot',
  'join-state': 'the device is not joined to the domain',
  'mdm-enrollment': 'the device is not enrolled in Intune',
  'autopilot-profile': 'the Autopilot profile is not a hybrid join profile',
  proxy: 'the proxy settings are in the way',
  'machine-network': 'the device (SYSTEM) cannot reach what the technician can',
  'network-endpoints': 'Autopilot and Azure AD endpoints cannot be reached',
  'tls-inspection': 'a proxy decrypts the traffic to Microsoft endpoints',
  'autopilot-registration': 'the device is not registered in Autopilot',
  'tenant-profile': 'the assigned Autopilot profile is not right for hybrid join over VPN',
  'profile-drift': 'the device holds an out-of-date Autopilot profile',
  'vpn-kind': 'no VPN usable before sign-in was found',
  'vpn-client-prelogon': 'the VPN client cannot connect before sign-in',
  'vpn-profile': 'there is no per-machine VPN connection usable before sign-in',
  'vpn-certificate': 'the VPN has no usable machine certificate',
  'vpn-connect': 'the VPN does not connect',
  'dc-over-vpn': 'no domain controller answers over the VPN',
  scp: 'hybrid join cannot find the tenant (service connection point)',
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
  'machine-network': 'the network as SYSTEM sees it',
  'network-endpoints': 'the Autopilot endpoints',
  'tls-inspection': 'the certificates the Microsoft endpoints serve',
  'autopilot-registration': 'the Autopilot registration',
  'tenant-profile': 'the assigned Autopilot profile',
  'profile-drift': 'the cached Autopilot profile against the assigned one',
  'vpn-kind': 'the kind of VPN',
  'vpn-client-prelogon': "the VPN client's pre-logon setting",
  'vpn-profile': 'the VPN connection',
  'vpn-certificate': 'the VPN certificate',
  'vpn-connect': 'the VPN connection test',
  'dc-over-vpn': 'the domain controller over the VPN',
  scp: 'the service connection point',
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
  'machine-network': 'the network as SYSTEM sees it was not checked',
  'network-endpoints': 'the Autopilot endpoints were not checked',
  'tls-inspection': 'TLS inspection was not checked',
  'autopilot-registration': 'the Autopilot registration was not checked',
  'tenant-profile': 'the assigned Autopilot profile was not checked',
  'profile-drift': 'the cached Autopilot profile was not compared with the assigned one',
  'vpn-kind': 'the kind of VPN was not checked',
  'vpn-client-prelogon': "the VPN client's pre-logon setting was not checked",
  'vpn-profile': 'the VPN connection was not checked',
  'vpn-certificate': 'the VPN certificate was not checked',
  'vpn-connect': 'the VPN was never tested',
  'dc-over-vpn': 'the domain controller was not reached over the VPN',
  scp: 'the service connection point was not checked',
  'vpn-disconnect': 'the VPN disconnect was not tested',
  'logon-vpn-icon': 'the VPN icon on the logon screen is not confirmed',
  'offnetwork-signin': 'the sign-in off the corporate network is not confirmed',
  'update-install': 'the cumulative update was not installed',
};

type Described = Pick<StepResult, 'id' | 'status' | 'details'>;

/** The English of every phrase above and below, keyed for the catalogs (common/i18n/source-catalog.ts). */
export const VERDICT_TEXT_SOURCE: readonly [string, string][] = [
  ...Object.entries(VERDICT_WORD).map(([v, w]): [string, string] => [`verdict.word.${v}`, w]),
  ...Object.entries(PROBLEM).map(([id, t]): [string, string] => [`verdict.problem.${id}`, t]),
  ...Object.entries(SUBJECT).map(([id, t]): [string, string] => [`verdict.subject.${id}`, t]),
  ...Object.entries(UNPROVEN).map(([id, t]): [string, string] => [`verdict.unproven.${id}`, t]),
  ['verdict.couldNotBeChecked', '{subject} could not be checked'],
  ['verdict.problemWithRas', '{problem} (RAS {code})'],
  ['verdict.allPassed', 'every step of the procedure passed'],
  ['verdict.warningsToRead', '{count, plural, one {# warning} other {# warnings}} to read'],
  ['verdict.moreProblems', 'and {count, plural, one {# more problem} other {# more problems}}'],
  ['verdict.moreSteps', 'and {count, plural, one {# more step to finish} other {# more steps to finish}}'],
  ['verdict.nothingChecked', 'nothing has been checked yet'],
  ['verdict.line', '{word} — {reason}'],
];

/** The verdict's word in the reader's language. */
export function verdictWord(verdict: Verdict, tr: Translate = inEnglish): string {
  return tr(`verdict.word.${verdict}`, VERDICT_WORD[verdict]);
}

/** The problem in words, with the number that identifies it better than words (a RAS code). */
function problemOf(id: StepId, step: Described | undefined, tr: Translate): string {
  // An error proves nothing about the device: say the check could not be made, not that it failed.
  if (step?.status === 'error') {
    const subject = tr(`verdict.subject.${id}`, SUBJECT[id]);
    return tr('verdict.couldNotBeChecked', '{subject} could not be checked', { subject });
  }
  const problem = tr(`verdict.problem.${id}`, PROBLEM[id]);
  const code = step?.details['errorCode'];
  if (id === 'vpn-connect' && typeof code === 'number' && code !== 0) {
    return tr('verdict.problemWithRas', '{problem} (RAS {code})', { problem, code });
  }
  return problem;
}

function more(count: number, key: string, one: string, many: string, tr: Translate): string {
  if (count <= 0) return '';
  return ` — ${tr(key, `and {count} ${count === 1 ? one : many}`, { count })}`;
}

/**
 * The one-line reason: "the VPN does not connect (RAS 809)". `steps` are the run's results (or
 * the session's), looked up by the outcome's reason ids.
 */
export function verdictReason(
  outcome: VerdictOutcome,
  steps: readonly Described[],
  tr: Translate = inEnglish,
): string {
  const [first, ...rest] = outcome.verdictReasons;
  if (outcome.verdict === 'ready' || first === undefined) {
    const warnings = steps.filter((s) => s.status === 'warn').length;
    const passed = tr('verdict.allPassed', 'every step of the procedure passed');
    if (warnings === 0) return passed;
    const english = `{count} warning${warnings === 1 ? '' : 's'} to read`;
    return `${passed} (${tr('verdict.warningsToRead', english, { count: warnings })})`;
  }
  if (outcome.verdict === 'not-ready') {
    const step = steps.find((s) => s.id === first);
    return (
      problemOf(first, step, tr) +
      more(rest.length, 'verdict.moreProblems', 'more problem', 'more problems', tr)
    );
  }
  if (steps.length === 0) return tr('verdict.nothingChecked', 'nothing has been checked yet');
  return (
    tr(`verdict.unproven.${first}`, UNPROVEN[first]) +
    more(rest.length, 'verdict.moreSteps', 'more step to finish', 'more steps to finish', tr)
  );
}

/** "Not ready — the VPN does not connect (RAS 809)". */
export function verdictLine(
  outcome: VerdictOutcome,
  steps: readonly Described[],
  tr: Translate = inEnglish,
): string {
  const word = verdictWord(outcome.verdict, tr);
  return tr('verdict.line', '{word} — {reason}', { word, reason: verdictReason(outcome, steps, tr) });
}
