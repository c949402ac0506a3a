/**
 * The on-disk shape of one session (`<id>.session.json`), documented in docs/SESSIONS-AND-REPORTS.md.
 * The envelope carries a format version so a later app can migrate or refuse old files knowingly.
 */
import { z } from 'zod';
import { countStatuses } from '../../common/engine/summary.js';
import { decideSessionVerdict } from '../../common/engine/verdict.js';
import {
  SessionSnapshotSchema,
  type SessionSnapshot,
  type SessionSummary,
} from '../../common/ipc/contract.js';

export const SESSION_FORMAT = 'hvv-session/1';
export const SESSION_FILE_SUFFIX = '.session.json';

const SessionFileSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  savedAt: z.string(),
  session: SessionSnapshotSchema,
});

export function serializeSession(snapshot: SessionSnapshot, savedAt: Date): string {
  return `${JSON.stringify({ format: SESSION_FORMAT, savedAt: savedAt.toISOString(), session: snapshot }, null, 2)}\n`;
}

export type ParsedSessionFile = { ok: true; session: SessionSnapshot } | { ok: false; reason: string };

export function parseSessionFile(text: string, expectedId: string): ParsedSessionFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== SESSION_FORMAT) {
    return { ok: false, reason: `format is ${JSON.stringify(format ?? null)}, expected "${SESSION_FORMAT}"` };
  }
  const parsed = SessionFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
  }
  if (parsed.data.session.id !== expectedId) {
    return { ok: false, reason: `holds session "${parsed.data.session.id}", expected "${expectedId}"` };
  }
  return { ok: true, session: parsed.data.session };
}

export function summarize(snapshot: SessionSnapshot): SessionSummary {
  return {
    id: snapshot.id,
    title: snapshot.title,
    mode: snapshot.mode,
    computerName: snapshot.device?.computerName ?? null,
    createdAt: snapshot.createdAt,
    updatedAt: snapshot.updatedAt,
    counts: countStatuses(snapshot.steps.flatMap((step) => (step.result ? [step.result] : []))),
    verdict: decideSessionVerdict(snapshot.steps).verdict,
  };
}
