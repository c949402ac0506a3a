/**
 * MSAL and Azure AD errors, told the way a technician can act on them. Only our own sentences and
 * the AADSTS code leave this file: server descriptions and MSAL messages can echo request details,
 * so they are never passed through.
 */
import { AuthError } from '@azure/msal-node';

export type SignInErrorKind =
  | 'cancelled'
  | 'consent-required'
  | 'network'
  | 'wrong-tenant'
  | 'not-signed-in'
  | 'not-configured'
  | 'expired'
  | 'failed';

export class SignInError extends Error {
  constructor(
    readonly kind: SignInErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

export const NOT_SIGNED_IN = 'Sign in to your tenant to run tenant checks.';
export const CONSENT_MESSAGE =
  'Your administrator must grant the app the Microsoft Graph permission DeviceManagementServiceConfig.Read.All ' +
  '(admin consent) before you can check Autopilot registrations.';

const WRONG_TENANT_CODES = ['AADSTS50020', 'AADSTS90002', 'AADSTS700016', 'AADSTS50128', 'AADSTS50059'];
const CONSENT_CODES = ['AADSTS65001', 'AADSTS90094', 'AADSTS90008', 'AADSTS65004'];

export function describeAuthError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (!(error instanceof AuthError)) {
    return new SignInError(
      'failed',
      'Sign-in failed for an unexpected reason. Try again, or use the device code.',
    );
  }
  // Device code polling reports the server's `error` as the message of a generic failure.
  const code =
    error.errorCode === 'post_request_failed'
      ? (/^[a-z_]+/.exec(error.errorMessage)?.[0] ?? error.errorCode)
      : error.errorCode;
  const text = `${error.errorMessage} ${error.subError}`;
  const aadsts = /AADSTS\d+/.exec(text)?.[0] ?? null;
  const ref = aadsts ? ` (${aadsts})` : '';

  if (
    code === 'device_code_polling_cancelled' ||
    code === 'user_canceled' ||
    code === 'access_denied' ||
    code === 'authorization_declined'
  ) {
    return new SignInError('cancelled', 'Sign-in was cancelled.');
  }
  if (code === 'consent_required' || (aadsts !== null && CONSENT_CODES.includes(aadsts))) {
    return new SignInError('consent-required', `${CONSENT_MESSAGE}${ref}`);
  }
  if (
    (aadsts !== null && WRONG_TENANT_CODES.includes(aadsts)) ||
    code === 'unauthorized_client' ||
    code === 'invalid_client'
  ) {
    return new SignInError(
      'wrong-tenant',
      `This account or app does not belong to the configured tenant${ref}. Sign in with an account from the ` +
        'tenant the device is registered in, or check the tenant and client id in the settings.',
    );
  }
  if (
    code === 'network_error' ||
    code === 'no_network_connectivity' ||
    code === 'endpoints_resolution_error'
  ) {
    return new SignInError(
      'network',
      'Cannot reach the Microsoft sign-in service. Check the network connection (and proxy), then try again.',
    );
  }
  if (code === 'device_code_expired' || code === 'user_timeout_reached' || code === 'expired_token') {
    return new SignInError(
      'expired',
      'The sign-in code expired before it was used. Start the sign-in again.',
    );
  }
  if (
    code === 'interaction_required' ||
    code === 'login_required' ||
    code === 'no_account_found' ||
    code === 'no_tokens_found' ||
    code === 'refresh_token_expired' ||
    code === 'invalid_grant' ||
    code === 'bad_token'
  ) {
    return new SignInError('not-signed-in', `Your sign-in has expired${ref}. ${NOT_SIGNED_IN}`);
  }
  return new SignInError('failed', `Sign-in failed (${aadsts ?? code}). Try again, or use the device code.`);
}
