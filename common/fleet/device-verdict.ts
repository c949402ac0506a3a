/**
 * One device of the fleet: its detection line replayed through the unchanged engine (the fleet
 * steps only), and the verdict decided by the same decideVerdict as hvv run (contract §4, §5).
 */
import {
  ProbeFailure,
  type ProbeExecutor,
  type RecordedProbe,
  type StepId,
  type StepResult,
} from '../model.js';
import type { RequiredEndpoint } from '../engine/step-definition.js';
import { runChecklist } from '../engine/run.js';
import { decideVerdict, type Verdict } from '../engine/verdict.js';
import { decodeLine } from './line.js';
import { FLEET_STEPS } from './fleet-steps.js';

export type FleetVerdict = Verdict | 'unknown';

export interface DeviceInput {
  device: string;
  /** When the script last ran on it, as Intune reports it (ISO-8601), or null. */
  lastRun: string | null;
  /** The last line of the script's output as Intune kept it, or null when Intune has none. */
  output: string | null;
  /** What Intune says went wrong running the script (its error column), when anything. */
  scriptError?: string | null;
}

export interface DeviceOutcome {
  device: string;
  lastRun: string | null;
  verdict: FleetVerdict;
  /** Steps with status fail or error, in checklist order. */
  failed: StepId[];
  /** Why the verdict is unknown; null otherwise. */
  reason: string | null;
  /** The device's own exit code disagreed with the engine (a sign of a script from another hvv). */
  disagreement: string | null;
  steps: Pick<StepResult, 'id' | 'status' | 'summary' | 'remediation'>[];
}

function lineExecutor(probes: readonly RecordedProbe[]): ProbeExecutor {
  const byKey = new Map(
    probes.map((p) => [`${p.probe} ${String(p.args.host ?? '')}:${String(p.args.port ?? '')}`, p]),
  );
  return {
    mode: 'replay',
    run(request) {
      const key = `${request.probe} ${String(request.args.host ?? '')}:${String(request.args.port ?? '')}`;
      const entry = byKey.get(key);
      if (!entry) {
        return Promise.reject(
          new ProbeFailure(
            'not-recorded',
            request.probe,
            `the fleet line has no answer for ${request.probe}`,
          ),
        );
      }
      return Promise.resolve({ ...entry.result });
    },
  };
}

function unknown(input: DeviceInput, reason: string): DeviceOutcome {
  return {
    device: input.device,
    lastRun: input.lastRun,
    verdict: 'unknown',
    failed: [],
    reason,
    disagreement: null,
    steps: [],
  };
}

export interface JudgeOptions {
  endpoints: readonly RequiredEndpoint[];
  /** The id this hvv's script carries for the same configuration; other ids are another script. */
  scriptId: string;
}

export async function judgeDevice(input: DeviceInput, options: JudgeOptions): Promise<DeviceOutcome> {
  if (input.output === null || input.output.trim() === '') {
    const error = input.scriptError?.trim();
    return unknown(
      input,
      error
        ? `the script failed on the device: ${error.slice(0, 200)}`
        : 'no output from the detection script',
    );
  }
  // Intune keeps the last line only; a device that printed more kept its last one.
  const lastLine =
    input.output
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .pop() ?? '';
  const decoded = decodeLine(lastLine, options.endpoints);
  if (!decoded.ok) return unknown(input, decoded.reason);
  if (decoded.line.id !== options.scriptId) {
    return unknown(
      input,
      `made by another version of the detection script (${decoded.line.id}; this hvv makes ${options.scriptId}): deploy the current script, or report with the --config it was made with`,
    );
  }
  const results = await runChecklist({
    executor: lineExecutor(decoded.probes),
    inputs: {},
    confirmations: {},
    now: new Date(decoded.recordedAt),
    steps: FLEET_STEPS,
    config: { endpoints: options.endpoints },
    concurrency: FLEET_STEPS.length,
    clock: () => new Date(decoded.recordedAt),
  });
  const { verdict } = decideVerdict(results);
  const failed = results.filter((r) => r.status === 'fail' || r.status === 'error').map((r) => r.id);
  const deviceSaid = decoded.line.x;
  const disagreement =
    deviceSaid !== undefined && (deviceSaid === 1) !== (verdict === 'not-ready')
      ? `the device exited ${deviceSaid}, the engine says ${verdict}`
      : null;
  return {
    device: input.device,
    lastRun: input.lastRun,
    verdict,
    failed,
    reason: null,
    disagreement,
    steps: results.map((r) => ({
      id: r.id,
      status: r.status,
      summary: r.summary,
      remediation: r.remediation,
    })),
  };
}
