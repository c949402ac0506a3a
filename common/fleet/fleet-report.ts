/**
 * The fleet report (contract v1.1 §5, `hvv-fleet/1`): every device with its verdict, the counts,
 * and the most common causes with the fix each step's declaration gives. Pure data; the HTML and
 * the JSON are two faces of it.
 */
import type { StepId } from '../model.js';
import type { RequiredEndpoint } from '../engine/step-definition.js';
import { findStep } from '../engine/checklist.js';
import { judgeDevice, type DeviceInput, type DeviceOutcome, type FleetVerdict } from './device-verdict.js';
import { ON_SITE_STEP_IDS } from './fleet-steps.js';

export const FLEET_FORMAT = 'hvv-fleet/1';
export const FLEET_VERDICTS: readonly FleetVerdict[] = ['not-ready', 'unknown', 'incomplete', 'ready'];

export interface FailureCause {
  step: StepId;
  /** fail: the check found a problem; error: it could not decide. */
  status: 'fail' | 'error';
  title: string;
  devices: number;
  fix: string[];
}

export interface FleetReport {
  format: typeof FLEET_FORMAT;
  generatedAt: string;
  scriptId: string;
  devices: DeviceOutcome[];
  counts: Record<FleetVerdict, number>;
  causes: FailureCause[];
  /** Why devices are unknown, most common first. */
  unknownReasons: { reason: string; devices: number }[];
  /** Steps the fleet verdict leaves for a technician on site. */
  onSite: { step: StepId; title: string }[];
}

function causesOf(devices: readonly DeviceOutcome[]): FailureCause[] {
  const byKey = new Map<string, FailureCause>();
  for (const device of devices) {
    for (const step of device.steps) {
      if (step.status !== 'fail' && step.status !== 'error') continue;
      const key = `${step.id} ${step.status}`;
      const known = byKey.get(key);
      if (known) {
        known.devices += 1;
        continue;
      }
      const def = findStep(step.id);
      byKey.set(key, {
        step: step.id,
        status: step.status,
        title:
          step.status === 'error' ? `Could not check: ${def?.title ?? step.id}` : (def?.title ?? step.id),
        devices: 1,
        fix:
          step.status === 'error'
            ? step.remediation.slice(0, 2)
            : [...(def?.remediation.fail ?? step.remediation)].slice(0, 3),
      });
    }
  }
  return [...byKey.values()].sort((a, b) => b.devices - a.devices || a.step.localeCompare(b.step));
}

/** Reasons grouped by their wording with device names and ids left out, so alike rows count together. */
function reasonKey(reason: string): string {
  return reason.replace(/\(([0-9a-f]{12}); this hvv makes [0-9a-f]{12}\)/, '(another id)').slice(0, 160);
}

export interface BuildFleetOptions {
  endpoints: readonly RequiredEndpoint[];
  scriptId: string;
  now?: Date;
}

export async function buildFleetReport(
  inputs: readonly DeviceInput[],
  options: BuildFleetOptions,
): Promise<FleetReport> {
  const devices: DeviceOutcome[] = [];
  for (const input of inputs) devices.push(await judgeDevice(input, options));
  const counts: Record<FleetVerdict, number> = { ready: 0, 'not-ready': 0, incomplete: 0, unknown: 0 };
  for (const device of devices) counts[device.verdict] += 1;
  const reasons = new Map<string, number>();
  for (const device of devices) {
    if (device.reason)
      reasons.set(reasonKey(device.reason), (reasons.get(reasonKey(device.reason)) ?? 0) + 1);
  }
  return {
    format: FLEET_FORMAT,
    generatedAt: (options.now ?? new Date()).toISOString(),
    scriptId: options.scriptId,
    devices,
    counts,
    causes: causesOf(devices),
    unknownReasons: [...reasons.entries()]
      .map(([reason, count]) => ({ reason, devices: count }))
      .sort((a, b) => b.devices - a.devices),
    onSite: ON_SITE_STEP_IDS.map((id) => ({ step: id, title: findStep(id)?.title ?? id })),
  };
}

/** `--json`: the contract's fields first, then this project's extensions (docs/CONTRACT-EXTENSIONS.md). */
export function toFleetJson(report: FleetReport): unknown {
  return {
    format: report.format,
    devices: report.devices.map((d) => ({
      device: d.device,
      verdict: d.verdict,
      failed: d.failed,
      lastRun: d.lastRun,
      reason: d.reason,
      ...(d.disagreement ? { disagreement: d.disagreement } : {}),
    })),
    counts: report.counts,
    causes: report.causes,
    unknownReasons: report.unknownReasons,
    onSite: report.onSite.map((s) => s.step),
    scriptId: report.scriptId,
    generatedAt: report.generatedAt,
  };
}
