/**
 * The run states of one remediation straight from Graph (beta
 * `deviceManagement/deviceHealthScripts/{id}/deviceRunStates`, `managedDevice` expanded), through the
 * tenant checks' client: its paging, throttling and readable errors. Needs the delegated permission
 * DeviceManagementConfiguration.Read.All (docs/TENANT-CHECKS.md).
 */
import type { DeviceInput } from '../../common/fleet/device-verdict.js';
import type { GraphClient } from '../graph/graph-client.js';
import { devicesFromGraphJson, FleetInputError } from './inputs/read-input.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function fetchRunStates(
  client: Pick<GraphClient, 'get'>,
  remediationId: string,
  signal?: AbortSignal,
): Promise<DeviceInput[]> {
  const id = remediationId.trim();
  // Checked before it becomes part of a URL path.
  if (!GUID.test(id)) throw new FleetInputError(`"${id.slice(0, 60)}" is not a remediation id (a GUID)`);
  const body = await client.get(
    `/beta/deviceManagement/deviceHealthScripts/${id}/deviceRunStates?$expand=managedDevice`,
    signal,
  );
  return devicesFromGraphJson(JSON.stringify(body), `remediation ${id}`);
}
