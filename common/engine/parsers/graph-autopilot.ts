/**
 * The Graph answers behind the tenant probes (docs/TENANT-CHECKS.md), validated before any rule
 * reads them. The graph client uses the same schemas on the live answer, so what a recording holds
 * is exactly what was checked.
 */
import { z } from 'zod';
import { notUnderstood, parsed, type ParseOutcome } from './parse-outcome.js';

const text = z.string().nullish();

export const AutopilotDeviceSchema = z
  .object({
    id: z.string().min(1),
    serialNumber: text,
    groupTag: text,
    manufacturer: text,
    model: text,
    displayName: text,
    enrollmentState: text,
    /** beta: unknown, assignedInSync, assignedOutOfSync, assignedUnkownSyncState (sic), notAssigned, pending, failed. */
    deploymentProfileAssignmentStatus: text,
    deploymentProfileAssignedDateTime: text,
    lastContactedDateTime: text,
    azureActiveDirectoryDeviceId: text,
  })
  .loose();
export type AutopilotDevice = z.infer<typeof AutopilotDeviceSchema>;

export const AutopilotDeviceListSchema = z.object({ value: z.array(AutopilotDeviceSchema) }).loose();
export type AutopilotDeviceList = z.infer<typeof AutopilotDeviceListSchema>;

export const HYBRID_PROFILE_TYPE = '#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile';
export const AZURE_AD_PROFILE_TYPE = '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile';

export const DeploymentProfileSchema = z
  .object({
    '@odata.type': z.string().min(1),
    id: z.string().min(1),
    displayName: text,
    /** Only on hybrid (activeDirectory…) profiles: "Skip AD connectivity check" in the Intune portal. */
    hybridAzureADJoinSkipConnectivityCheck: z.boolean().nullish(),
    // Issue 17a: what profile-drift compares with the device's cached profile.
    outOfBoxExperienceSettings: z.record(z.string(), z.unknown()).nullish(),
    outOfBoxExperienceSetting: z.record(z.string(), z.unknown()).nullish(),
    deviceNameTemplate: text,
    language: text,
    locale: text,
  })
  .loose();
export type DeploymentProfile = z.infer<typeof DeploymentProfileSchema>;

/** What the tenant executor records when Graph refused or failed (exit code 1). */
export const GraphFailureSchema = z.object({
  error: z.object({
    status: z.number().int().nullable(),
    code: z.string().nullable(),
    message: z.string(),
    requestId: z.string().nullable(),
  }),
});
export type GraphFailure = z.infer<typeof GraphFailureSchema>['error'];

function readJson(stdout: string): ParseOutcome<unknown> {
  try {
    return parsed(JSON.parse(stdout.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    return notUnderstood(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function check<T>(value: unknown, schema: z.ZodType<T>): ParseOutcome<T> {
  const result = schema.safeParse(value);
  if (result.success) return parsed(result.data);
  const first = result.error.issues[0];
  return notUnderstood(
    first ? `${first.path.join('.') || 'document'}: ${first.message}` : 'unexpected shape',
  );
}

export function parseAutopilotDevices(stdout: string): ParseOutcome<AutopilotDevice[]> {
  const json = readJson(stdout);
  if (!json.ok) return json;
  const list = check(json.value, AutopilotDeviceListSchema);
  return list.ok ? parsed(list.value.value) : list;
}

/** `null` stdout means Graph has no deployment profile for the device. */
export function parseDeploymentProfile(stdout: string): ParseOutcome<DeploymentProfile | null> {
  const json = readJson(stdout);
  if (!json.ok) return json;
  if (json.value === null) return parsed(null);
  return check(json.value, DeploymentProfileSchema);
}

export function parseGraphFailure(stdout: string): GraphFailure | null {
  const json = readJson(stdout);
  if (!json.ok) return null;
  const failure = GraphFailureSchema.safeParse(json.value);
  return failure.success ? failure.data.error : null;
}

/** Serial numbers compare as Intune does: trimmed, case-insensitive. */
export function sameSerial(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}
