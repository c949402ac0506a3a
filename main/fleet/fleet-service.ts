/**
 * The Fleet screen's work in main: read an export (file or folder) or a remediation's run states
 * from Graph, judge every device with the same engine as `hvv fleet report`, keep the fleet on
 * screen for export, and let the technician stop a slow Graph read.
 */
import { basename } from 'node:path';
import { DEFAULT_ENGINE_CONFIG } from '../../common/engine/endpoints.js';
import type { RequiredEndpoint } from '../../common/engine/step-definition.js';
import type { DeviceInput } from '../../common/fleet/device-verdict.js';
import { buildFleetReport, toFleetJson, type FleetReport } from '../../common/fleet/fleet-report.js';
import { toFleetView, type FleetView, type RemediationChoice } from '../../common/fleet/fleet-view.js';
import type { GraphClient } from '../graph/graph-client.js';
import { GraphError } from '../graph/graph-error.js';
import { FLEET_PERMISSION } from '../auth/config.js';
import { SignInError } from '../auth/auth-errors.js';
import { buildDetectScript } from './detect-script.js';
import { renderFleetHtml } from './fleet-html.js';
import { fetchRunStates, listRemediations } from './graph-run-states.js';
import { FleetInputError, readFleetInput } from './inputs/read-input.js';

export interface FleetServiceDeps {
  /** A Graph client for the signed-in technician, asking for the fleet's permission; null with why when none. */
  graph(): Promise<{ client: Pick<GraphClient, 'get'> } | { client: null; reason: string }>;
  onProgress(progress: { devices: number; pages: number }): void;
  /** The endpoints the detection script was made with (default: the built-in list). */
  endpoints?: readonly RequiredEndpoint[];
  clock?(): Date;
}

export interface FleetService {
  openPath(path: string): Promise<FleetView>;
  remediations(): Promise<RemediationChoice[]>;
  loadRemediation(id: string, name: string): Promise<FleetView>;
  cancel(): void;
  /** The fleet on screen as a file's text, or null when none is loaded. */
  exported(format: 'html' | 'json'): string | null;
}

export function createFleetService(deps: FleetServiceDeps): FleetService {
  const endpoints = deps.endpoints ?? DEFAULT_ENGINE_CONFIG.endpoints;
  let current: FleetReport | null = null;
  let reading: AbortController | null = null;

  async function judge(rows: DeviceInput[], source: string): Promise<FleetView> {
    const script = await buildDetectScript({ endpoints });
    const report = await buildFleetReport(rows, {
      endpoints,
      scriptId: script.id,
      ...(deps.clock ? { now: deps.clock() } : {}),
    });
    current = report;
    return toFleetView(report, source);
  }

  async function signedInGraph(): Promise<Pick<GraphClient, 'get'>> {
    const graph = await deps.graph();
    if (!graph.client) throw new Error(graph.reason);
    return graph.client;
  }

  return {
    async openPath(path) {
      try {
        return await judge(await readFleetInput(path), basename(path));
      } catch (error) {
        if (error instanceof FleetInputError) throw new Error(error.message, { cause: error });
        throw error;
      }
    },
    async remediations() {
      try {
        return await listRemediations(await signedInGraph());
      } catch (error) {
        throw readable(error);
      }
    },
    async loadRemediation(id, name) {
      reading?.abort();
      const controller = new AbortController();
      reading = controller;
      try {
        const rows = await fetchRunStates(await signedInGraph(), id, controller.signal, {
          onProgress: (devices, pages) => deps.onProgress({ devices, pages }),
        });
        return await judge(rows, `Remediation ${name.trim() || id}`);
      } catch (error) {
        if (controller.signal.aborted) {
          throw new Error('Reading the remediation results was cancelled.', { cause: error });
        }
        throw readable(error);
      } finally {
        if (reading === controller) reading = null;
      }
    },
    cancel() {
      reading?.abort();
    },
    exported(format) {
      if (!current) return null;
      return format === 'html'
        ? renderFleetHtml(current)
        : `${JSON.stringify(toFleetJson(current), null, 2)}\n`;
    },
  };
}

/** Graph's 403 names the tenant checks' permission; the fleet needs its own. */
function readable(error: unknown): Error {
  const denied =
    (error instanceof GraphError && error.kind === 'forbidden') ||
    (error instanceof SignInError && error.kind === 'consent-required');
  if (denied) {
    return new Error(
      `You may not read remediation results: the app needs the Microsoft Graph permission ${FLEET_PERMISSION} (admin consent), and your account an Intune role that can read remediations.`,
    );
  }
  if (error instanceof FleetInputError) return new Error(error.message);
  return error instanceof Error ? error : new Error(String(error));
}
