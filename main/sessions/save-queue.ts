/**
 * The session controller's saves. They run one at a time, newest state first: while one is being
 * written, later changes of the same session wait and only the latest of them is written next (a
 * superseded state is never needed, and each write is an fsync). The last change is always saved.
 */
import type { SessionSnapshot } from '../../common/ipc/contract.js';

export interface SaveQueue {
  /** Queues `snapshot` to be saved (read-only snapshots never are). */
  persist(snapshot: SessionSnapshot): void;
  /** The first save that failed since the last call. */
  takeError(): Error | null;
  /** Waits for every save queued so far. */
  flush(): Promise<void>;
}

export function createSaveQueue(save: (snapshot: SessionSnapshot) => Promise<void>): SaveQueue {
  const waiting = new Map<string, SessionSnapshot>();
  let writing: Promise<void> | null = null;
  let saveError: Error | null = null;

  function firstWaiting(): SessionSnapshot | undefined {
    return waiting.values().next().value;
  }

  async function drain(): Promise<void> {
    for (let next = firstWaiting(); next; next = firstWaiting()) {
      waiting.delete(next.id);
      try {
        await save(next);
      } catch (error) {
        const err = new Error(
          `The session could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        );
        // Main's log keeps the first of a streak even if no request comes to report it.
        if (!saveError) console.error(err.message);
        saveError ??= err;
      }
    }
    writing = null;
  }

  return {
    persist(snapshot) {
      if (snapshot.readOnly) return;
      waiting.delete(snapshot.id);
      waiting.set(snapshot.id, snapshot);
      writing ??= drain();
    },
    takeError() {
      const e = saveError;
      saveError = null;
      return e;
    },
    async flush() {
      while (writing) await writing;
    },
  };
}
