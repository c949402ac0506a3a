/** Applies redaction to a whole session before any export format sees it. */
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { createRedactor, type RedactionOptions } from './redact.js';

export function redactSnapshot(snapshot: SessionSnapshot, options: RedactionOptions): SessionSnapshot {
  const redactor = createRedactor(options, {
    computerNames: [snapshot.device?.computerName],
    serialNumbers: [snapshot.device?.serialNumber],
    // The technician's name is a person's name wherever it appears.
    userNames: [snapshot.signOff?.technician],
  });
  redactor.learn(snapshot);
  const { id, mode, validationType, createdAt, updatedAt, recordedAt, readOnly } = snapshot;
  // Identifiers and dates are structure, not content: they stay as they are so the file still validates.
  const steps = snapshot.steps.map((s) => ({
    ...s,
    result: s.result
      ? {
          ...redactor.value({ ...s.result, id: undefined, stage: undefined, status: undefined }),
          id: s.result.id,
          stage: s.result.stage,
          status: s.result.status,
          startedAt: s.result.startedAt,
          finishedAt: s.result.finishedAt,
        }
      : null,
  }));
  return {
    ...redactor.value({
      title: snapshot.title,
      inputs: snapshot.inputs,
      confirmations: snapshot.confirmations,
      device: snapshot.device,
      ...(snapshot.signOff ? { signOff: snapshot.signOff } : {}),
    }),
    id,
    mode,
    validationType,
    createdAt,
    updatedAt,
    recordedAt,
    readOnly,
    steps,
  };
}
