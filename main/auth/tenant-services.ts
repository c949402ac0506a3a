/**
 * Everything the tenant checks need, built from the shell's pieces in one call for compose.ts:
 * the sign-in service (always present, so the UI can say why sign-in is unavailable), and the
 * executor wrapper that answers the tenant probes through Graph.
 */
import { join } from 'node:path';
import type { ProbeExecutor } from '../../common/model.js';
import { createGraphClient, type GraphClient } from '../graph/graph-client.js';
import { tenantReaderFromGraph, withTenantProbes, type TenantReader } from '../probes/tenant-executor.js';
import type { SecretBox } from '../shell-env.js';
import { NOT_SIGNED_IN, SignInError } from './auth-errors.js';
import { createAuthService, type MsalConfigOverrides, type TenantAuthService } from './auth-service.js';
import { CLIENT_ID_MISSING, fleetScopesFor, resolveAuthConfig, type TenantSettings } from './config.js';
import { readTenantSettings, TENANT_SETTINGS_FILE } from './tenant-settings.js';
import { cacheFilePath, createTokenCacheStore } from './token-cache.js';

export interface TenantServices {
  auth: TenantAuthService;
  /** Null when tenant checks are not configured; `unavailableReason` says why. */
  reader: TenantReader | null;
  unavailableReason: string | null;
  /** Adds the tenant probes to an executor (live runs only; replays read the recording). */
  withTenantProbes(executor: ProbeExecutor): ProbeExecutor;
  /**
   * Graph for the Fleet screen, with tokens for the fleet's own permission from the same sign-in;
   * null when tenant sign-in is not configured.
   */
  fleetGraph: GraphClient | null;
}

export interface TenantServicesOptions {
  userDataDir: string;
  secrets: SecretBox;
  openExternal(url: string): Promise<void>;
  /** Overrides the settings file (tests, CLI flags). */
  settings?: TenantSettings;
  fetchImpl?: typeof fetch;
  msalConfigOverrides?: MsalConfigOverrides;
  log?(line: string): void;
}

export async function createTenantServices(opts: TenantServicesOptions): Promise<TenantServices> {
  const settings = opts.settings
    ? { ok: true as const, settings: opts.settings }
    : await readTenantSettings(opts.userDataDir);
  const resolved = settings.ok ? resolveAuthConfig(settings.settings) : settings;
  if (!resolved.ok) {
    const reason = resolved.reason;
    return {
      auth: unconfiguredAuth(reason, join(opts.userDataDir, TENANT_SETTINGS_FILE)),
      reader: null,
      unavailableReason: reason,
      withTenantProbes: (executor) => withTenantProbes(executor, null, { unavailableReason: reason }),
      fleetGraph: null,
    };
  }
  const { config } = resolved;
  const auth = createAuthService({
    clientId: config.clientId,
    authority: config.authority,
    scopes: config.scopes,
    openBrowser: opts.openExternal,
    cachePlugin: createTokenCacheStore({
      filePath: cacheFilePath(opts.userDataDir),
      secrets: opts.secrets,
      onDiscarded: (reason) => opts.log?.(reason),
    }),
    ...(opts.msalConfigOverrides ? { msalConfigOverrides: opts.msalConfigOverrides } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
  const graph = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getToken: (signal) => auth.getAccessToken(signal),
    ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}),
  });
  const reader: TenantReader = {
    ...tenantReaderFromGraph(graph),
    // Issue 17a: the SCP step compares the SCP's tenant with the account's; no Graph call needed.
    async signedIn() {
      const status = await auth.status();
      if (!status.signedIn) throw new SignInError('not-signed-in', NOT_SIGNED_IN);
      return { tenantId: status.tenantId, username: status.username };
    },
  };
  const fleetScopes = fleetScopesFor(config.graphBaseUrl);
  const fleetGraph = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getToken: (signal) => auth.getAccessToken(signal, fleetScopes),
    ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}),
  });
  return {
    auth,
    reader,
    unavailableReason: null,
    withTenantProbes: (executor) => withTenantProbes(executor, reader),
    fleetGraph,
  };
}

/** Sign-in without an app registration: says what to configure instead of failing obscurely. */
function unconfiguredAuth(reason: string, settingsPath: string): TenantAuthService {
  const status = {
    signedIn: false,
    username: null,
    tenantId: null,
    // No client id at all: the panel already says, translated, that sign-in is not set up and where
    // to set it up, so the note would only repeat it in English. A real configuration fault (invalid
    // JSON, a client id that is no GUID, a non-https URL) keeps its note: it is the administrator's
    // detail, naming the file and the value, and stays English like other administrator messages.
    note: reason === CLIENT_ID_MISSING ? null : reason,
    configured: false,
    settingsPath,
  };
  return {
    status: async () => status,
    signIn: async () => {
      throw new SignInError('not-configured', reason);
    },
    signOut: async () => status,
    cancelSignIn: () => undefined,
    getAccessToken: async () => {
      throw new SignInError('not-configured', reason);
    },
  };
}
