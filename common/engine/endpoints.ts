/**
 * The endpoints a device must reach during Autopilot hybrid join (contract §3), from Microsoft's
 * Autopilot networking requirements and the hybrid join prerequisites. Labs behind their own
 * proxies or sovereign clouds override the list with a JSON file (docs/CONTRACT-EXTENSIONS.md).
 */
import { HOST_NAME } from '../vocabulary.js';
import { z } from 'zod';
import { notUnderstood, parsed, type ParseOutcome } from './parsers/parse-outcome.js';
import type { EngineConfig, RequiredEndpoint } from './step-definition.js';

export const DEFAULT_ENDPOINTS: readonly RequiredEndpoint[] = [
  { host: 'ztd.dds.microsoft.com', port: 443, why: 'Autopilot deployment service' },
  { host: 'cs.dds.microsoft.com', port: 443, why: 'Autopilot deployment service' },
  { host: 'login.live.com', port: 443, why: 'Autopilot deployment service' },
  { host: 'login.microsoftonline.com', port: 443, why: 'Azure AD sign-in' },
  { host: 'device.login.microsoftonline.com', port: 443, why: 'Azure AD device authentication' },
  { host: 'enterpriseregistration.windows.net', port: 443, why: 'device registration for hybrid join' },
  { host: 'enrollment.manage.microsoft.com', port: 443, why: 'Intune enrollment' },
  { host: 'www.msftconnecttest.com', port: 80, why: 'network connection status indicator' },
];

/** Time sync is UDP: a TCP connect cannot prove it, so the step reminds instead of deciding. */
export const TIME_SYNC_REMINDER =
  'Also make sure UDP 123 to time.windows.com is open: Windows needs the right time for Azure AD sign-in and certificates, and a TCP test cannot prove UDP.';

export const DEFAULT_ENGINE_CONFIG: EngineConfig = { endpoints: DEFAULT_ENDPOINTS };

const EndpointSchema = z.object({
  host: z.string().regex(HOST_NAME, 'must be a host name like login.microsoftonline.com'),
  port: z.number().int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535'),
  why: z.string().default('required by the lab configuration'),
});

const ConfigSchema = z.union([
  z.object({ endpoints: z.array(EndpointSchema).min(1, 'must list at least one endpoint') }),
  z.array(EndpointSchema).min(1, 'must list at least one endpoint'),
]);

/**
 * Reads a lab's endpoint list: `{ "endpoints": [{ "host", "port", "why"? }] }` or the bare array.
 * It replaces the default list entirely, so a lab states exactly what it requires.
 */
export function parseEndpointsConfig(json: unknown): ParseOutcome<EngineConfig> {
  const result = ConfigSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues.reduce((deepest, i) =>
      i.path.length > deepest.path.length ? i : deepest,
    );
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    const message =
      issue.code === 'invalid_union'
        ? 'must be {"endpoints": [{"host": "...", "port": 443}]}'
        : issue.message;
    return notUnderstood(`${where}: ${message}`);
  }
  const endpoints = Array.isArray(result.data) ? result.data : result.data.endpoints;
  return parsed({ endpoints });
}
