/**
 * What a parser of native output returns. A parser never throws and never guesses: output it does
 * not understand is `ok: false` with a reason the step shows next to the raw text (status `error`).
 */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parsed<T>(value: T): ParseOutcome<T> {
  return { ok: true, value };
}

export function notUnderstood<T>(reason: string): ParseOutcome<T> {
  return { ok: false, reason };
}
