/**
 * The run states of one remediation straight from Graph (beta
 * `deviceManagement/deviceHealthScripts/{id}/deviceRunStates`, `managedDevice` expanded), through the
 * tenant checks' client: its paging, throttling and readable errors. Needs the delegated permission
 * DeviceManagementConfiguration.Read.All (docs/TENANT-CHECKS.md).
 */
import { z } from 'zod';
import type { DeviceInput } from '../../common/fleet/device-verdict.js';
import type { GraphClient } from '../graph/graph-client.js';
import { GraphError } from '../graph/graph-error.js';
import { devicesFromGraphJson, FleetInputError } from './inputs/read-input.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Graph pages run states by a few hundred; 10,000 devices must fit with room to spare. */
const RUN_STATE_MAX_PAGES = 500;

export interface RunStatesProgress {
  /** Run states read so far, after each page. */
  onProgress?(devices: number, pages: number): void;
}

export async function fetchRunStates(
  client: Pick<GraphClient, 'get'>,
  remediationId: string,
  signal?: AbortSignal,
  progress: RunStatesProgress = {},
): Promise<DeviceInput[]> {
  const id = remediationId.trim();
  // Checked before it becomes part of a URL path.
  if (!GUID.test(id)) throw new FleetInputError(`"${id.slice(0, 60)}" is not a remediation id (a GUID)`);
  const body = await client.get(
    `/beta/deviceManagement/deviceHealthScripts/${id}/deviceRunStates?$expand=managedDevice`,
    signal,
    {
      maxPages: RUN_STATE_MAX_PAGES,
      ...(progress.onProgress ? { onPage: progress.onProgress } : {}),
    },
  );
  return devicesFromGraphJson(JSON.stringify(body), `remediation ${id}`);
}

/** What the Fleet screen lists to choose from: the tenant's remediations (detection scripts). */
export interface RemediationSummary {
  id: string;
  displayName: string;
  publisher: string | null;
  lastModified: string | null;
}

const RemediationListSchema = z.object({
  value: z.array(
    z
      .object({
        id: z.string().regex(GUID),
        displayName: z.string().max(500).nullish(),
        publisher: z.string().max(500).nullish(),
        lastModifiedDateTime: z.string().max(60).nullish(),
      })
      .loose(),
  ),
});

export async function listRemediations(
  client: Pick<GraphClient, 'get'>,
  signal?: AbortSignal,
): Promise<RemediationSummary[]> {
  const body = await client.get(
    '/beta/deviceManagement/deviceHealthScripts?$select=id,displayName,publisher,lastModifiedDateTime',
    signal,
  );
  const parsed = RemediationListSchema.safeParse(body);
  if (!parsed.success) {
    throw new GraphError(
      'invalid-response',
      'Microsoft Graph sent the remediation list in an unexpected shape.',
    );
  }
  return parsed.data.value
    .map((r) => ({
      id: r.id,
      displayName: r.displayName?.trim() || r.id,
      publisher: r.publisher?.trim() || null,
      lastModified: r.lastModifiedDateTime ?? null,
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
