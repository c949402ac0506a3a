/**
 * The service connection point (issue 17a, docs/CONTRACT-EXTENSIONS.md): hybrid join finds its
 * tenant in the keywords of CN=62a0ff2e-97b9-4513-943f-0d221bd30080 in the domain's configuration
 * partition ("azureADName:contoso.com", "azureADId:<tenant id>"), or in the client-side registry
 * values TenantId / TenantName under HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\CDJ\AAD that
 * replace it for a targeted rollout.
 */
import { z } from 'zod';

export const SCP_OBJECT_GUID = '62a0ff2e-97b9-4513-943f-0d221bd30080';

/** A tenant as the SCP names it: either part may be missing on a half-configured SCP. */
export interface ScpTenant {
  tenantId: string | null;
  tenantName: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tenant id compares as a GUID: braces and case do not matter. */
export function normalTenantId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const bare = value.trim().replace(/^\{(.*)\}$/, '$1');
  return GUID.test(bare) ? bare.toLowerCase() : null;
}

function normalName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().toLowerCase();
  return name === '' ? null : name;
}

/** Reads the SCP's keywords; the prefixes are case-insensitive, unknown keywords are ignored. */
export function tenantFromKeywords(keywords: readonly unknown[]): ScpTenant {
  let tenantId: string | null = null;
  let tenantName: string | null = null;
  for (const keyword of keywords) {
    if (typeof keyword !== 'string') continue;
    const match = /^\s*(azureADId|azureADName)\s*:\s*(.*?)\s*$/i.exec(keyword);
    if (!match) continue;
    if ((match[1] as string).toLowerCase() === 'azureadid') tenantId ??= normalTenantId(match[2]);
    else tenantName ??= normalName(match[2]);
  }
  return { tenantId, tenantName };
}

export function namesATenant(tenant: ScpTenant | null): tenant is ScpTenant {
  return tenant !== null && (tenant.tenantId !== null || tenant.tenantName !== null);
}

/** Output of scp.registry: the CDJ\AAD values, null when the key does not exist. */
export const ScpRegistrySchema = z.object({
  Path: z.string().nullish(),
  Values: z.record(z.string(), z.unknown()).nullish(),
});

export function tenantFromRegistry(values: Record<string, unknown> | null | undefined): ScpTenant | null {
  if (!values) return null;
  return { tenantId: normalTenantId(values.TenantId), tenantName: normalName(values.TenantName) };
}

/** Output of scp.domain: Found false when the domain has no SCP object (LDAP "no such object"). */
export const ScpDomainSchema = z.object({
  Domain: z.string().nullish(),
  ConfigurationNamingContext: z.string().nullish(),
  Path: z.string().nullish(),
  Found: z.boolean(),
  Keywords: z.array(z.unknown()).nullish(),
});

/**
 * Tenants compare by id only: a tenant has many verified domains, and the SCP may name any of them
 * (contoso.com) while Autopilot names another (contoso.onmicrosoft.com). Without both ids there is
 * nothing that can disagree.
 */
export function sameTenant(a: ScpTenant, b: ScpTenant): boolean {
  return a.tenantId === null || b.tenantId === null || a.tenantId === b.tenantId;
}

export function describeTenant(t: ScpTenant): string {
  if (t.tenantName && t.tenantId) return `${t.tenantName} (${t.tenantId})`;
  return t.tenantName ?? t.tenantId ?? 'no tenant';
}
