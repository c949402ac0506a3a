/**
 * `sessionDelta` (issue 14): every change used to send the whole snapshot, 966 MB serialized for one
 * replay with 40 MB of output. Main now sends what changed since the previous revision: the fields
 * and the step states that are new objects. A delta with `base: null` carries the whole session.
 * The renderer applies a delta only on the revision it was made from; a gap (an event dropped while
 * the page reloaded) or an unknown base makes it fetch the full snapshot once.
 */
import type { SessionDelta, SessionSnapshot, StepState } from './contract.js';

type Fields = Omit<SessionSnapshot, 'steps'>;

function fieldsOf(snapshot: SessionSnapshot): Fields {
  const { steps: _steps, ...fields } = snapshot;
  return fields;
}

function sameStepOrder(a: readonly StepState[], b: readonly StepState[]): boolean {
  return a.length === b.length && a.every((step, i) => step.id === b[i]?.id);
}

/** Main's side: numbers the revisions and keeps the last snapshot sent to diff the next one against. */
export function createDeltaEncoder(): { encode(next: SessionSnapshot): SessionDelta } {
  let previous: SessionSnapshot | null = null;
  let revision = 0;
  return {
    encode(next) {
      const base = previous;
      previous = next;
      revision += 1;
      // Another session, a different step list or a removed field: only the whole session says it.
      if (
        !base ||
        base.id !== next.id ||
        !sameStepOrder(base.steps, next.steps) ||
        Object.keys(base).some((key) => !(key in next))
      ) {
        return { id: next.id, base: null, revision, fields: fieldsOf(next), steps: next.steps };
      }
      // The controller builds a new object only for what it changes: identity is the cheap test,
      // and a false "changed" merely sends one step too many.
      const fields: Partial<Fields> = {};
      const before = fieldsOf(base) as Record<string, unknown>;
      for (const [key, value] of Object.entries(fieldsOf(next))) {
        if (before[key] !== value) (fields as Record<string, unknown>)[key] = value;
      }
      const steps = next.steps.filter((step, i) => base.steps[i] !== step);
      return { id: next.id, base: revision - 1, revision, fields, steps };
    },
  };
}

/** What the renderer holds of the stream: the session and the revision it is at (null: unknown). */
export interface StreamState {
  snapshot: SessionSnapshot;
  revision: number | null;
}

/**
 * The renderer's side. `refetch`: the delta does not apply to what is held; fetch the full snapshot.
 * A full snapshot fetched with no revision accepts the next delta whatever its base: events and
 * the fetch's answer arrive in the order main sent them, so every later delta is newer.
 */
export function applyDelta(held: StreamState | null, delta: SessionDelta): StreamState | 'refetch' {
  if (delta.base === null) {
    return { snapshot: { ...(delta.fields as Fields), steps: delta.steps }, revision: delta.revision };
  }
  if (!held || held.snapshot.id !== delta.id) return 'refetch';
  if (held.revision !== null && held.revision !== delta.base) return 'refetch';
  const changed = new Map(delta.steps.map((step) => [step.id, step]));
  const heldIds = new Set(held.snapshot.steps.map((step) => step.id));
  if (delta.steps.some((step) => !heldIds.has(step.id))) return 'refetch';
  const steps = held.snapshot.steps.map((step) => changed.get(step.id) ?? step);
  return { snapshot: { ...held.snapshot, ...delta.fields, steps }, revision: delta.revision };
}
