/**
 * Where a lab puts its app registration: `<userData>/tenant-settings.json`
 * (`{"clientId": "…", "authority": "…", "graphBaseUrl": "…"}`), with environment overrides
 * (HVV_CLIENT_ID, HVV_AUTHORITY, HVV_GRAPH_BASE_URL) for a USB-key build that cannot write userData.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { TenantSettings } from './config.js';

export const TENANT_SETTINGS_FILE = 'tenant-settings.json';

const SettingsSchema = z
  .object({
    clientId: z.string().nullish(),
    authority: z.string().nullish(),
    graphBaseUrl: z.string().nullish(),
  })
  .loose();

export type SettingsOutcome = { ok: true; settings: TenantSettings } | { ok: false; reason: string };

export async function readTenantSettings(
  userDataDir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<SettingsOutcome> {
  const path = join(userDataDir, TENANT_SETTINGS_FILE);
  let fromFile: TenantSettings = {};
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    // No file: defaults and environment only.
  }
  if (text !== null) {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, reason: `${path} is not valid JSON; fix or delete it to use the tenant checks.` };
    }
    const parsed = SettingsSchema.safeParse(json);
    if (!parsed.success) {
      return { ok: false, reason: `${path} must hold text values for clientId, authority and graphBaseUrl.` };
    }
    fromFile = parsed.data;
  }
  return {
    ok: true,
    settings: {
      clientId: env.HVV_CLIENT_ID || fromFile.clientId,
      authority: env.HVV_AUTHORITY || fromFile.authority,
      graphBaseUrl: env.HVV_GRAPH_BASE_URL || fromFile.graphBaseUrl,
    },
  };
}
