/**
 * The engine's own sentences: the summaries and fixed remediation lines it gives a step that could
 * not decide (engine/run.ts#verdictFromError, rules/probe-call.ts). Keyed `engine.<name>` and
 * `engine.remediation.<name>` in the catalogs (i18n/source-catalog.ts); a result carries the
 * summary's id, and a remediation line is found by its English (keyOfDeclaredEnglish).
 */
import { CANCELLED_SUMMARY } from '../cancel.js';
import type { ProbeFailure, ProbeFailureKind } from '../model.js';
import type { MessageParams } from '../i18n/translate.js';
import { fillPlaceholders } from '../i18n/translate.js';
import { sayById, type Said, type SayParam, type StepMessage } from './say.js';

export const ENGINE_MESSAGES = {
  cancelled: CANCELLED_SUMMARY,
  couldNotCheck: 'Could not check: {reason}',
  failedUnexpectedly: 'The check failed unexpectedly: {reason}',
  actionNotAllowed: 'Not run: actions change the device; run with --connect/--install.',
  // What rules/probe-call.ts says when a probe's result cannot be read, for every step.
  probeTimedOut: 'The {probe} probe timed out after {duration}.',
  exitCodeNotUnderstood: 'The exit code of {probe} was not understood: {raw} is not a 32-bit exit code.',
  probeFailed: 'The {probe} probe failed with exit code {code}.',
  probeFailedSaid: 'The {probe} probe failed with exit code {code}: {output}',
  outputNotUnderstood: 'The output of {probe} was not understood: {reason}.',
  // Why a probe gave no result, by ProbeFailure kind: the runner's own English stays in the
  // evidence (`failure`) and in the JSON summary (couldNotCheck), these say it to the reader.
  probeNotRecorded: 'Could not check: this recording holds no result for {probe}.',
  probeUnavailable: 'Could not check: the {probe} probe could not run on this device.',
  probeRestricted:
    'Could not check: a policy (AppLocker/WDAC or the execution policy) kept the {probe} probe from running.',
} as const;

export const ENGINE_REMEDIATION = {
  runAgainWhenReady: 'Run the step again when ready.',
  recordAgain:
    'Record the device again with every probe (hvv record --out <file>), or run this step live on the device.',
  restrictedSignedApp:
    'Run the signed app installed in Program Files, or ask IT to allow its publisher certificate in the AppLocker/WDAC policy or the execution policy.',
  restrictedMeanwhile:
    'Until then, record this device with a copy of the app the policy trusts, or check it by hand.',
  checkPowerShell:
    'Check that PowerShell runs on this device (powershell.exe -NoProfile -Command $PSVersionTable), then run the step again.',
  checkError:
    'Run the step again; if it keeps failing, run the command shown in the evidence by hand in PowerShell and keep its output for support.',
  // Said by the tenant steps in each other's place (rules/tenant.ts, steps/tenant-profile.ts).
  recordWithThisVersion:
    'Record the device again with this version of the app, or run the check live on the device.',
  fixRegistrationFirst: 'Fix the "Device is registered in Autopilot" step first.',
  grantConsent:
    'Ask an administrator to grant admin consent for the Microsoft Graph permission DeviceManagementServiceConfig.Read.All to the app registration.',
  intuneRole:
    'The signed-in account also needs an Intune role that can read Windows Autopilot devices (for example Intune Read Only Operator).',
  graphRetry:
    'Run the tenant checks again in a few minutes; if it keeps failing, keep the request-id for Microsoft support.',
} as const;

/**
 * Words several steps build into their sentences (parameters, not whole verdicts): what the
 * device's events say about the sign-in (timeline.ts). `locale` is the catalog's own language tag,
 * which joins lists of built words the language's way (i18n/step-text.ts).
 */
export const ENGINE_WORDS = {
  locale: 'en',
  rasUnknownMeaning: 'The VPN connection failed with error {code}, which this app has no description for.',
  rasUnknownLookUp: 'Look up error {code} in Microsoft\'s "Routing and Remote Access error codes" list.',
  eventsAgree: "The device's events agree: the VPN connected at {vpnAt}, before the sign-in at {signInAt}.",
  eventsAgreeNamed:
    'The device\'s events agree: the VPN "{connection}" connected at {vpnAt}, before the sign-in at {signInAt}.',
  eventsContradict: "The device's events contradict this: {contradiction}.",
  eventsSecurityUnreadable:
    'The sign-in events could not be read (the Security log needs an administrator): the events neither confirm nor contradict this.',
  eventsVpnUnreadable: 'The VPN events could not be read: the events neither confirm nor contradict this.',
  eventsThirdParty:
    "This device's VPN is a third-party client, which writes no RasClient events: no VPN event before the sign-in is expected, so the events neither confirm nor contradict this.",
  eventsNoSignIn:
    'No user sign-in was logged in the window read: the events neither confirm nor contradict this.',
  contradictionCached:
    'the last sign-in ({signInAt}) used cached credentials (logon type 11), so the domain never saw it',
  contradictionNoVpn: 'no VPN connection was up before the last sign-in ({signInAt})',
  // Why a parser did not understand a command's output (parsers/*.ts); the output stays verbatim.
  commandPrintedNothing: '{command} printed nothing',
  commandPrintedNothingExitZero: '{command} printed nothing and exited with 0',
  commandOutputNotUnderstood: '{command} output not understood: "{output}"',
  proxyDirectAndServer: '{command} says both direct access and a proxy: "{output}"',
} as const;

export const LOCALE_KEY = 'engine.locale';

export const engineKey = (name: string): string => `engine.${name}`;

/** Built words shared by several steps, said by id (engine/say.ts). */
export function engineWords(name: keyof typeof ENGINE_WORDS, params: Record<string, SayParam> = {}): Said {
  return sayById(engineKey(name), ENGINE_WORDS[name], params);
}

/** `{ summary, message }` for a verdict the engine gives in a step's place. */
export function engineSays(
  name: keyof typeof ENGINE_MESSAGES,
  params: MessageParams = {},
): { summary: string; message: StepMessage } {
  return {
    summary: fillPlaceholders(ENGINE_MESSAGES[name], params),
    message: { id: engineKey(name), params: { ...params } },
  };
}

const PROBE_FAILURE_MESSAGES: Record<ProbeFailureKind, keyof typeof ENGINE_MESSAGES> = {
  'not-recorded': 'probeNotRecorded',
  unavailable: 'probeUnavailable',
  restricted: 'probeRestricted',
  // Said before a failure is read this way (engine/run.ts#verdictFromError); kept for a full table.
  cancelled: 'cancelled',
  'not-allowed': 'actionNotAllowed',
};

/** Why a probe gave no result, by its kind: the runner's own English stays in the evidence. */
export function probeFailureMessage(failure: ProbeFailure): StepMessage {
  return engineSays(PROBE_FAILURE_MESSAGES[failure.kind], { probe: failure.probe }).message;
}

/** Every engine sentence by catalog key, for the source catalog. */
export function engineCatalogEntries(): [string, string][] {
  return [
    ...Object.entries(ENGINE_MESSAGES).map(([name, english]): [string, string] => [engineKey(name), english]),
    ...Object.entries(ENGINE_WORDS).map(([name, english]): [string, string] => [engineKey(name), english]),
    ...Object.entries(ENGINE_REMEDIATION).map(([name, english]): [string, string] => [
      engineKey(`remediation.${name}`),
      english,
    ]),
  ];
}
