/**
 * What a parser of native output returns. A parser never throws and never guesses: output it does
 * not understand is `ok: false` with a reason the step shows next to the raw text (status `error`).
 */
import type { Said, StepMessage } from '../say.js';

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; reason: string; said?: StepMessage };

export function parsed<T>(value: T): ParseOutcome<T> {
  return { ok: true, value };
}

/** `said`: the reason by catalog id (engine/say.ts), so the verdict is translated where it is shown. */
export function notUnderstood<T>(reason: string | Said): ParseOutcome<T> {
  return typeof reason === 'string'
    ? { ok: false, reason }
    : { ok: false, reason: reason.summary, said: reason.message };
}
