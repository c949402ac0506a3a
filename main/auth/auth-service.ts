/**
 * Azure AD sign-in for the tenant checks, on MSAL's public client: the system browser with a
 * loopback redirect (never an embedded window), the device code when no browser can be used (OOBE,
 * locked-down devices), and silent renewal from the encrypted cache.
 */
import { LogLevel, PublicClientApplication } from '@azure/msal-node';
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  DeviceCodeRequest,
  ICachePlugin,
  INetworkModule,
} from '@azure/msal-node';
import type { AuthStatus } from '../../common/ipc/contract.js';
import type { AuthService, DeviceCodeInfo } from '../services.js';
import { NOT_SIGNED_IN, SignInError, describeAuthError } from './auth-errors.js';
import { DEFAULT_AUTHORITY, GRAPH_SCOPE } from './config.js';
import { SIGN_IN_ERROR_PAGE, SIGN_IN_SUCCESS_PAGE } from './sign-in-pages.js';
import { untilAborted } from '../../common/cancel.js';

export interface MsalConfigOverrides {
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
  knownAuthorities?: string[];
  networkClient?: INetworkModule;
}

/** The cache plugin, plus what our own store adds (token-cache.ts); a bare ICachePlugin also works. */
export type AuthCachePlugin = ICachePlugin & { clear?(): Promise<void>; note?: string | null };

export interface AuthServiceOptions {
  clientId: string;
  authority?: string;
  scopes?: string[];
  /** Opens the sign-in page in the system browser (shell.openExternal in the app). */
  openBrowser(url: string): Promise<void>;
  cachePlugin: AuthCachePlugin;
  msalConfigOverrides?: MsalConfigOverrides;
  /** MSAL's warnings and errors, without personal data. */
  log?(line: string): void;
}

export interface TenantAuthService extends AuthService {
  signIn(
    method: 'browser' | 'device-code',
    onDeviceCode: (info: DeviceCodeInfo) => void,
    signal?: AbortSignal,
  ): Promise<AuthStatus>;
  /** Stops a sign-in waiting for the browser or the device code. */
  cancelSignIn(): void;
  /**
   * A Graph access token, renewed silently; rejects with SignInError('not-signed-in') when none can
   * be had. `scopes` asks for other permissions of the same account (the fleet's), from the same
   * refresh token, so reading the fleet needs no second sign-in once the admin has consented.
   */
  getAccessToken(signal?: AbortSignal, scopes?: string[]): Promise<string>;
}

export function createAuthService(opts: AuthServiceOptions): TenantAuthService {
  const scopes = opts.scopes ?? [GRAPH_SCOPE];
  const overrides = opts.msalConfigOverrides ?? {};
  const config: Configuration = {
    auth: {
      clientId: opts.clientId,
      authority: opts.authority ?? DEFAULT_AUTHORITY,
      ...(overrides.authorityMetadata ? { authorityMetadata: overrides.authorityMetadata } : {}),
      ...(overrides.cloudDiscoveryMetadata
        ? { cloudDiscoveryMetadata: overrides.cloudDiscoveryMetadata }
        : {}),
      ...(overrides.knownAuthorities ? { knownAuthorities: overrides.knownAuthorities } : {}),
    },
    cache: { cachePlugin: opts.cachePlugin },
    system: {
      ...(overrides.networkClient ? { networkClient: overrides.networkClient } : {}),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (_level, message, containsPii) => {
          if (!containsPii) opts.log?.(message);
        },
      },
    },
  };
  const pca = new PublicClientApplication(config);
  let pendingCancel: (() => void) | null = null;

  async function currentAccount(): Promise<AccountInfo | null> {
    const accounts = await pca.getAllAccounts();
    return accounts[0] ?? null;
  }

  async function status(): Promise<AuthStatus> {
    const account = await currentAccount();
    const note = opts.cachePlugin.note ?? null;
    if (!account) return { signedIn: false, username: null, tenantId: null, note };
    return { signedIn: true, username: account.username || null, tenantId: account.tenantId || null, note };
  }

  /** MSAL can resolve with nothing (a 404 from the token endpoint): that is a failed sign-in. */
  function requireTokens(
    result: AuthenticationResult | null,
  ): AuthenticationResult & { account: AccountInfo } {
    if (!result || !result.accessToken || !result.account) {
      throw new SignInError(
        'failed',
        'The sign-in service answered without a token. Check the tenant settings.',
      );
    }
    return result as AuthenticationResult & { account: AccountInfo };
  }

  /** One account at a time: a new sign-in replaces the previous technician's. */
  async function keepOnly(account: AccountInfo): Promise<void> {
    for (const other of await pca.getAllAccounts()) {
      if (other.homeAccountId !== account.homeAccountId) await pca.getTokenCache().removeAccount(other);
    }
  }

  async function browserSignIn(signal: AbortSignal): Promise<AuthenticationResult | null> {
    let redirect: { uri: string; state: string } | null = null;
    const onAbort = (): void => {
      // MSAL's loopback server only stops when the browser comes back; answer it ourselves, as a
      // browser whose user declined would, so the port is released and MSAL settles.
      if (!redirect) return;
      const body = new URLSearchParams({ error: 'access_denied', state: redirect.state }).toString();
      void fetch(redirect.uri, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }).catch(() => undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await pca.acquireTokenInteractive({
        scopes,
        prompt: 'select_account',
        successTemplate: SIGN_IN_SUCCESS_PAGE,
        errorTemplate: SIGN_IN_ERROR_PAGE,
        openBrowser: async (url: string) => {
          const parsed = new URL(url);
          const uri = parsed.searchParams.get('redirect_uri');
          const state = parsed.searchParams.get('state');
          if (uri && state) redirect = { uri, state };
          if (signal.aborted) {
            onAbort();
            return;
          }
          await opts.openBrowser(url);
        },
      });
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  async function deviceCodeSignIn(
    signal: AbortSignal,
    onDeviceCode: (info: DeviceCodeInfo) => void,
  ): Promise<AuthenticationResult | null> {
    const request: DeviceCodeRequest = {
      scopes,
      deviceCodeCallback: (response) =>
        onDeviceCode({
          userCode: response.userCode,
          verificationUri: response.verificationUri,
          message: response.message,
        }),
    };
    return await new Promise<AuthenticationResult | null>((resolve, reject) => {
      const onAbort = (): void => {
        // MSAL stops at its next poll; the technician should not wait for it.
        request.cancel = true;
        reject(new SignInError('cancelled', 'Sign-in was cancelled.'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      pca
        .acquireTokenByDeviceCode(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async function signIn(
    method: 'browser' | 'device-code',
    onDeviceCode: (info: DeviceCodeInfo) => void,
    signal?: AbortSignal,
  ): Promise<AuthStatus> {
    pendingCancel?.();
    const controller = new AbortController();
    const forward = (): void => controller.abort();
    signal?.addEventListener('abort', forward, { once: true });
    if (signal?.aborted) controller.abort();
    const cancel = (): void => controller.abort();
    pendingCancel = cancel;
    try {
      const result = requireTokens(
        method === 'browser'
          ? await browserSignIn(controller.signal)
          : await deviceCodeSignIn(controller.signal, onDeviceCode),
      );
      await keepOnly(result.account);
      return await status();
    } catch (error) {
      throw describeAuthError(error);
    } finally {
      signal?.removeEventListener('abort', forward);
      if (pendingCancel === cancel) pendingCancel = null;
    }
  }

  async function signOut(): Promise<AuthStatus> {
    pendingCancel?.();
    for (const account of await pca.getAllAccounts()) await pca.signOut({ account });
    await opts.cachePlugin.clear?.();
    return status();
  }

  async function getAccessToken(signal?: AbortSignal, otherScopes?: string[]): Promise<string> {
    signal?.throwIfAborted();
    const account = await currentAccount();
    if (!account) throw new SignInError('not-signed-in', NOT_SIGNED_IN);
    try {
      const result = await raceAbort(
        pca.acquireTokenSilent({ account, scopes: otherScopes ?? scopes }),
        signal,
      );
      return requireTokens(result).accessToken;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw describeAuthError(error);
    }
  }

  return {
    status,
    signIn,
    signOut,
    cancelSignIn: () => pendingCancel?.(),
    getAccessToken,
  };
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  return untilAborted(work, signal, () => signal?.reason);
}
