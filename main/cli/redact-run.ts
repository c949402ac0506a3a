/**
 * `--json` and the batch document are machine-readable stdout that ends up in CI logs and tickets,
 * so they follow the exports' rule (main/report/redact.ts): secrets are always removed, people and
 * device identifiers only with `--redact` (issue 14).
 */
import type { RunDocument } from '../../common/engine/summary.js';
import { parseDeviceIdentity } from '../../common/engine/parsers/device-identity.js';
import { createRedactor } from '../report/redact.js';
import type { CompletedRun } from './outputs.js';

function knownDevice(run: CompletedRun): { computerName?: string | null; serialNumber?: string | null } {
  const identity = run.scenario?.probes.find((p) => p.probe === 'device.identity');
  const parsed = identity ? parseDeviceIdentity(identity.result.stdout) : null;
  return parsed?.ok ? parsed.value : {};
}

/** The run's document with its text redacted; ids, statuses, counts and the verdict stay as they are. */
export function redactRunDocument(run: CompletedRun, personal: boolean): RunDocument {
  const device = knownDevice(run);
  const redactor = createRedactor(
    { personal },
    { computerNames: [device.computerName], serialNumbers: [device.serialNumber] },
  );
  const { doc } = run;
  redactor.learn(doc);
  return {
    ...doc,
    title: redactor.text(doc.title),
    steps: doc.steps.map((step) => ({
      ...step,
      summary: redactor.text(step.summary),
      details: redactor.value(step.details),
      remediation: step.remediation.map((line) => redactor.text(line)),
    })),
  };
}

/** Every run with its document redacted for stdout (and the JUnit file, read by the same CI). */
export function redactRuns(runs: readonly CompletedRun[], personal: boolean): CompletedRun[] {
  return runs.map((run) => ({ ...run, doc: redactRunDocument(run, personal) }));
}
