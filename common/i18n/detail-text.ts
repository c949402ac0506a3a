/**
 * English a step keeps in its details (an event problem, a VPN client's pre-logon evidence), put in
 * the reader's language where the engine said it by id beside it (`detailMessages`, issue 19). The
 * details cross IPC and are stored in English; only what is shown changes. A recording without
 * `detailMessages`, or whose English no longer has the shape they name, is shown as recorded.
 */
import type { ResultMessage, StepResult } from '../model.js';

type Say = (message: ResultMessage, english: string) => string;
type Said = NonNullable<StepResult['detailMessages']>[string];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One detail's value with its said text replaced; anything else unchanged. */
function sayValue(value: unknown, said: Said, sayIt: Say): unknown {
  if (Array.isArray(said)) {
    if (!Array.isArray(value) || value.length !== said.length) return value;
    return value.map((item, i) => {
      const message = said[i];
      return typeof item === 'string' && message ? sayIt(message, item) : item;
    });
  }
  return typeof value === 'string' ? sayIt(said, value) : value;
}

/** `path` names a detail or a field inside one: `client.prelogonEvidence`, `differences.0.setting`. */
function sayAt(value: unknown, path: readonly string[], said: Said, sayIt: Say): unknown {
  const [name, ...rest] = path;
  if (name === undefined) return sayValue(value, said, sayIt);
  if (Array.isArray(value)) {
    const index = /^\d+$/.test(name) ? Number(name) : -1;
    if (index < 0 || index >= value.length) return value;
    return value.map((item, i) => (i === index ? sayAt(item, rest, said, sayIt) : item));
  }
  if (!isRecord(value) || !Object.hasOwn(value, name)) return value;
  return { ...value, [name]: sayAt(value[name], rest, said, sayIt) };
}

export function localizeSaidDetails(
  result: Pick<StepResult, 'details' | 'detailMessages'>,
  sayIt: Say,
): Record<string, unknown> {
  let details: unknown = result.details;
  for (const [path, said] of Object.entries(result.detailMessages ?? {})) {
    details = sayAt(details, path.split('.'), said, sayIt);
  }
  return isRecord(details) ? details : result.details;
}
