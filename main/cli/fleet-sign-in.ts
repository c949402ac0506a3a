/**
 * The command line's own tenant sign-in, for `hvv fleet report --remediation`: the lab's app
 * registration (tenant-settings.json in the app's data folder, or HVV_CLIENT_ID / HVV_AUTHORITY /
 * HVV_GRAPH_BASE_URL), MSAL's device code flow (a terminal has no browser redirect to wait on; the
 * code and URL go to stderr so stdout stays the document), and the app's own sealed token cache
 * when the OS secret store is at hand (the packaged exe), else a cache kept for this run only.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { SignInError } from '../auth/auth-errors.js';
import { createAuthService, type MsalConfigOverrides } from '../auth/auth-service.js';
import { fleetScopesFor, FLEET_PERMISSION, resolveAuthConfig } from '../auth/config.js';
import { readTenantSettings } from '../auth/tenant-settings.js';
import { cacheFilePath, createTokenCacheStore } from '../auth/token-cache.js';
import { createGraphClient, type GraphClient } from '../graph/graph-client.js';
import type { SecretBox } from '../shell-env.js';
import { UsageError, type CliIo } from './io.js';

/** What a test or the packaged exe hands the command line for its sign-in. */
export interface CliTenantDeps {
  /** Where tenant-settings.json and the app's token cache live (default: the app's data folder). */
  appDataDir?: string;
  /** The OS secret store (Electron safeStorage in the exe); without it the cache is not kept. */
  secrets?: SecretBox;
  msalConfigOverrides?: MsalConfigOverrides;
  fetchImpl?: typeof fetch;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

const PRODUCT = 'Hybrid VPN Validator';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** Electron's userData for this product, where the app keeps its settings and sealed cache. */
export function defaultAppDataDir(env: Readonly<Record<string, string | undefined>>): string {
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT);
}

/** `--tenant` names a directory: its GUID, a verified domain, or organizations. Checked before it enters a URL. */
export function authorityForTenant(authority: string, tenant: string): string {
  const value = tenant.trim();
  if (value !== 'organizations' && !GUID.test(value) && !DOMAIN.test(value)) {
    throw new UsageError(`--tenant "${value.slice(0, 60)}" is not a tenant id (a GUID) or a domain name`);
  }
  return `${new URL(authority).origin}/${value}`;
}

/** For one run: MSAL refills its cache from here before each lookup. */
function runOnlyCache(): ICachePlugin {
  let snapshot: string | null = null;
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      if (snapshot !== null) context.tokenCache.deserialize(snapshot);
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (context.cacheHasChanged) snapshot = context.tokenCache.serialize();
    },
  };
}

/** A Graph client that signs in with the device code the first time it needs a token. */
export async function createCliFleetGraph(
  opts: { tenant?: string | undefined; io: CliIo; signal?: AbortSignal | undefined },
  deps: CliTenantDeps = {},
): Promise<Pick<GraphClient, 'get'>> {
  const env = opts.io.env ?? {};
  const appDataDir = deps.appDataDir ?? defaultAppDataDir(env);
  const settings = await readTenantSettings(appDataDir, env);
  const resolved = settings.ok ? resolveAuthConfig(settings.settings) : settings;
  if (!resolved.ok) throw new UsageError(resolved.reason);
  const { config } = resolved;
  const authority = opts.tenant ? authorityForTenant(config.authority, opts.tenant) : config.authority;
  const persistent = deps.secrets?.isAvailable() === true;
  const auth = createAuthService({
    clientId: config.clientId,
    authority,
    scopes: fleetScopesFor(config.graphBaseUrl),
    openBrowser: () => Promise.reject(new Error('the command line signs in with a device code')),
    cachePlugin:
      persistent && deps.secrets
        ? createTokenCacheStore({ filePath: cacheFilePath(appDataDir), secrets: deps.secrets })
        : runOnlyCache(),
    ...(deps.msalConfigOverrides ? { msalConfigOverrides: deps.msalConfigOverrides } : {}),
  });

  let signingIn: Promise<unknown> | null = null;
  async function getToken(signal?: AbortSignal): Promise<string> {
    try {
      return await auth.getAccessToken(signal);
    } catch (error) {
      if (!(error instanceof SignInError) || error.kind !== 'not-signed-in') throw fleetSignInError(error);
    }
    signingIn ??= auth
      .signIn(
        'device-code',
        (info) => {
          opts.io.stderr.write(`hvv: ${info.message}\n`);
          if (!persistent) opts.io.stderr.write('hvv: this sign-in is kept for this run only\n');
        },
        signal,
      )
      .catch((error: unknown) => {
        throw fleetSignInError(error);
      });
    await signingIn;
    try {
      return await auth.getAccessToken(signal);
    } catch (error) {
      throw fleetSignInError(error);
    }
  }

  return createGraphClient({
    baseUrl: config.graphBaseUrl,
    getToken,
    ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
}

/** The sign-in's own sentences, with the fleet's permission named where consent is missing. */
function fleetSignInError(error: unknown): Error {
  if (!(error instanceof SignInError)) return error instanceof Error ? error : new Error(String(error));
  if (error.kind === 'cancelled') return error;
  if (error.kind === 'consent-required') {
    return new UsageError(
      `sign-in: your administrator must grant the app the Microsoft Graph permission ${FLEET_PERMISSION} (admin consent) to read remediation results`,
    );
  }
  return new UsageError(`sign-in: ${error.message}`);
}
