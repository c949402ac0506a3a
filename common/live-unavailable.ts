/**
 * Why live checks cannot run on this computer (issue 19). Main decides and sends a reason id with
 * its English `reason`; the start screen says the reason from the catalogs by id, so a French or
 * Japanese technician reads it in their language. The CLI keeps printing the English `reason`.
 *
 * The two policy sentences are declared here once: main's English reason and the English
 * catalog's text for the same id are this one string, so they cannot drift apart.
 */
import { z } from 'zod';

/**
 * `not-windows`: not Windows at all. `no-answer`: PowerShell started but did not answer in time.
 * `restricted`: AppLocker/WDAC keeps PowerShell in ConstrainedLanguage. `refused`: the execution
 * policy refused the app's scripts. `failed`: PowerShell could not start or run the check.
 * `preview`: the browser preview, which replays recordings only, on any computer.
 */
export const LIVE_UNAVAILABLE_REASON_IDS = [
  'not-windows',
  'no-answer',
  'restricted',
  'refused',
  'failed',
  'preview',
] as const;
export const LiveUnavailableReasonIdSchema = z.enum(LIVE_UNAVAILABLE_REASON_IDS);
export type LiveUnavailableReasonId = z.infer<typeof LiveUnavailableReasonIdSchema>;

export const RESTRICTED_REASON =
  'PowerShell is restricted by AppLocker/WDAC on this device: it runs the app’s scripts in ConstrainedLanguage mode, so no live check can run. Run the signed app installed in Program Files, or ask IT to allow the app’s publisher certificate in the AppLocker/WDAC policy; until then, record this device from an allowed app or check it by hand.';

export const REFUSED_REASON =
  'PowerShell refused to run the app’s scripts: the execution policy (usually AllSigned or RemoteSigned set by Group Policy, which -ExecutionPolicy Bypass cannot override) does not accept them. Use the signed build of the app, or ask IT to trust its publisher certificate.';

/** The catalog key that says a reason id in the technician's language. */
export function liveUnavailableKey(id: LiveUnavailableReasonId): string {
  return `liveUnavailable.reason.${id}`;
}
