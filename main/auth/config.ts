/**
 * Which Azure AD app the sign-in uses. There is no shared Microsoft app for this tool: each lab
 * registers its own public client (docs/TENANT-CHECKS.md) and puts its id in the settings, so the
 * tenant's admin stays in control of who may read Autopilot data.
 */
export const GRAPH_SCOPE = 'https://graph.microsoft.com/DeviceManagementServiceConfig.Read.All';
/**
 * What `hvv fleet report --remediation` and the Fleet screen read (remediations and their run
 * states): a separate permission, asked for only when the fleet is read, so a lab that only runs
 * the tenant checks never has to consent to it.
 */
export const FLEET_PERMISSION = 'DeviceManagementConfiguration.Read.All';
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

/** Empty on purpose: the app ships without a client id and says so until a lab configures one. */
export const DEFAULT_CLIENT_ID = '';

export interface TenantSettings {
  clientId?: string | null;
  /** Tenant-specific or sovereign-cloud authority, e.g. https://login.microsoftonline.us/<tenant>. */
  authority?: string | null;
  /** Graph root for sovereign clouds, e.g. https://graph.microsoft.us. */
  graphBaseUrl?: string | null;
}

export interface AuthConfig {
  clientId: string;
  authority: string;
  graphBaseUrl: string;
  scopes: string[];
}

export type AuthConfigOutcome = { ok: true; config: AuthConfig } | { ok: false; reason: string };

export const CLIENT_ID_MISSING =
  'Tenant checks need an Azure AD app registration: ask your administrator to register a public client ' +
  'app (redirect URI http://localhost, Graph permission DeviceManagementServiceConfig.Read.All) and put ' +
  'its Application (client) ID in the settings as "clientId".';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Settings override the built-in defaults; an invalid value is refused with the reason, not ignored. */
export function resolveAuthConfig(settings: TenantSettings = {}): AuthConfigOutcome {
  const clientId = (settings.clientId ?? DEFAULT_CLIENT_ID).trim();
  if (clientId === '') return { ok: false, reason: CLIENT_ID_MISSING };
  if (!GUID.test(clientId)) {
    return {
      ok: false,
      reason: `The configured client id "${clientId}" is not an Application (client) ID (a GUID).`,
    };
  }
  const authority = (settings.authority ?? DEFAULT_AUTHORITY).trim();
  const graphBaseUrl = (settings.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL).trim().replace(/\/+$/, '');
  for (const [name, value] of [
    ['authority', authority],
    ['graphBaseUrl', graphBaseUrl],
  ] as const) {
    if (!isHttpsUrl(value))
      return { ok: false, reason: `The configured ${name} "${value}" must be an https URL.` };
  }
  return { ok: true, config: { clientId, authority, graphBaseUrl, scopes: [scopeFor(graphBaseUrl)] } };
}

/** The fleet's scope on the same Graph host as the tenant checks'. */
export function fleetScopesFor(graphBaseUrl: string): string[] {
  return [`${graphBaseUrl}/${FLEET_PERMISSION}`];
}

/** Sovereign clouds have their own Graph host, and the scope must name that host. */
function scopeFor(graphBaseUrl: string): string {
  return `${graphBaseUrl}/DeviceManagementServiceConfig.Read.All`;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
