/**
 * `hvv fleet script` and `hvv fleet report` (contract v1.1 §5): the detection script for Intune
 * Remediations, and the report on what Intune collected from it.
 */
import { resolve } from 'node:path';
import { DEFAULT_ENGINE_CONFIG } from '../../common/engine/endpoints.js';
import { buildFleetReport, toFleetJson } from '../../common/fleet/fleet-report.js';
import { buildDetectScript, ScriptBuildError } from '../fleet/detect-script.js';
import { renderFleetHtml } from '../fleet/fleet-html.js';
import { FleetInputError, readFleetInput } from '../fleet/inputs/read-input.js';
import { GraphError } from '../graph/graph-error.js';
import { fetchRunStates } from '../fleet/graph-run-states.js';
import { FLEET_PERMISSION } from '../auth/config.js';
import { SignInError } from '../auth/auth-errors.js';
import { createCliFleetGraph } from './fleet-sign-in.js';
import { UsageError, type CliIo } from './io.js';
import type { CliDeps } from './live-run.js';
import { writeOutputFile } from './outputs.js';
import { loadConfig, str, type Options, type Values } from './run-flags.js';

export const fleetOptions: Options = {
  out: { type: 'string' },
  config: { type: 'string' },
  input: { type: 'string' },
  remediation: { type: 'string' },
  tenant: { type: 'string' },
  json: { type: 'boolean' },
};

export const fleetHelp = [
  'hvv fleet script --out <detect.ps1> [--config <endpoints.json>]',
  '    write the detection script to upload to Intune > Devices > Remediations (detection only,',
  '    run as SYSTEM, 64-bit PowerShell). It prints one line and exits 1 when the device is not ready.',
  'hvv fleet report --input <export.csv|runstates.json|folder> [--out <fleet.html>] [--json] [--config <endpoints.json>]',
  '    read the device status Intune exported for that remediation (CSV from the admin center, or',
  '    the JSON of Graph deviceRunStates with managedDevice expanded) and report every device.',
  '    Use the --config the script was made with.',
  '    --remediation <id> reads the run states from Graph instead (needs a tenant sign-in; the app',
  '    provides it, the command line does not yet).',
];

async function endpointsFor(values: Values, io: CliIo) {
  return ((await loadConfig(str(values, 'config'), io)) ?? DEFAULT_ENGINE_CONFIG).endpoints;
}

async function scriptFor(endpoints: Awaited<ReturnType<typeof endpointsFor>>) {
  try {
    return await buildDetectScript({ endpoints });
  } catch (error) {
    if (error instanceof ScriptBuildError) throw new UsageError(error.message);
    throw error;
  }
}

async function writeScript(values: Values, io: CliIo): Promise<number> {
  const out = str(values, 'out');
  if (!out) throw new UsageError('fleet script needs --out <detect.ps1>');
  const script = await scriptFor(await endpointsFor(values, io));
  await writeOutputFile(out, script.text, io);
  io.stderr.write(`hvv: detection script ${script.id} written to ${out}\n`);
  return 0;
}

async function readRows(values: Values, io: CliIo, deps: CliDeps) {
  const input = str(values, 'input');
  const remediation = str(values, 'remediation');
  if (input && remediation) throw new UsageError('fleet report takes --input or --remediation, not both');
  try {
    if (remediation) return await readFromGraph(remediation, values, io, deps);
    if (str(values, 'tenant') !== undefined) throw new UsageError('--tenant goes with --remediation');
    if (!input) throw new UsageError('fleet report needs --input <export.csv|runstates.json|folder>');
    return await readFleetInput(resolve(io.cwd, input));
  } catch (error) {
    if (deps.signal?.aborted || (error instanceof SignInError && error.kind === 'cancelled')) {
      throw new UsageError('fleet report cancelled; nothing was written');
    }
    if (error instanceof FleetInputError) throw new UsageError(error.message);
    if (error instanceof GraphError) throw new UsageError(`Microsoft Graph: ${graphMessage(error)}`);
    throw error;
  }
}

async function readFromGraph(remediation: string, values: Values, io: CliIo, deps: CliDeps) {
  const graph =
    deps.graph ??
    (await createCliFleetGraph({ tenant: str(values, 'tenant'), io, signal: deps.signal }, deps.tenant));
  const devices = await fetchRunStates(graph, remediation, deps.signal, {
    // Progress on stderr: stdout is the document.
    onProgress: (count, pages) => io.stderr.write(`hvv: ${count} run states read (${pages} pages)\n`),
  });
  io.stderr.write(`hvv: ${devices.length} devices read from Microsoft Graph\n`);
  return devices;
}

/** Graph's 403 text names the tenant checks' permission; the fleet needs its own. */
function graphMessage(error: GraphError): string {
  if (error.kind !== 'forbidden') return error.message;
  return `the signed-in account may not read remediation results (403${error.code ? ` ${error.code}` : ''}): the app needs the permission ${FLEET_PERMISSION} with admin consent, and the account an Intune role that can read remediations.`;
}

async function writeReport(values: Values, io: CliIo, deps: CliDeps): Promise<number> {
  const out = str(values, 'out');
  if (!out && values.json !== true)
    throw new UsageError('fleet report needs --out <fleet.html>, --json, or both');
  const endpoints = await endpointsFor(values, io);
  const script = await scriptFor(endpoints);
  const rows = await readRows(values, io, deps);
  const report = await buildFleetReport(rows, { endpoints, scriptId: script.id });
  if (out) {
    await writeOutputFile(out, renderFleetHtml(report), io);
    io.stderr.write(`hvv: fleet report of ${report.devices.length} devices written to ${out}\n`);
  }
  if (values.json === true) io.stdout.write(`${JSON.stringify(toFleetJson(report), null, 2)}\n`);
  return 0;
}

export async function runFleet(
  positionals: readonly string[],
  values: Values,
  io: CliIo,
  deps: CliDeps = {},
): Promise<number> {
  const [action, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`fleet: unexpected argument "${extra[0]}"`);
  if (action === 'script') {
    if (
      str(values, 'input') !== undefined ||
      str(values, 'remediation') !== undefined ||
      values.json === true
    ) {
      throw new UsageError('fleet script takes --out and --config only');
    }
    return writeScript(values, io);
  }
  if (action === 'report') return writeReport(values, io, deps);
  throw new UsageError(
    action === undefined
      ? 'fleet needs "script" or "report" (try hvv --help)'
      : `fleet: unknown action "${action}"`,
  );
}
