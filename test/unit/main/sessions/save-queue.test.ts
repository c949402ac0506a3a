import { describe, expect, it, vi } from 'vitest';
import type { SessionSnapshot } from '../../../../common/ipc/contract.js';
import { createSaveQueue } from '../../../../main/sessions/save-queue.js';
import { makeSnapshot } from './snapshot-fixture.js';

describe('the save queue', () => {
  it('writes one at a time and skips states superseded while a write was under way', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const queue = createSaveQueue(async (s: SessionSnapshot) => {
      saved.push(s.updatedAt);
      if (saved.length === 1) await new Promise<void>((r) => (release = r));
    });
    queue.persist(makeSnapshot({ updatedAt: 'a' }));
    queue.persist(makeSnapshot({ updatedAt: 'b' }));
    queue.persist(makeSnapshot({ updatedAt: 'c' }));
    release();
    await queue.flush();
    expect(saved).toEqual(['a', 'c']);
  });

  it('never saves a read-only snapshot, and reports the first failure once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const save = vi.fn(async () => {
      throw new Error('disk full');
    });
    const queue = createSaveQueue(save);
    queue.persist(makeSnapshot({ readOnly: true }));
    await queue.flush();
    expect(save).not.toHaveBeenCalled();
    queue.persist(makeSnapshot());
    await queue.flush();
    expect(queue.takeError()?.message).toBe('The session could not be saved: disk full');
    expect(queue.takeError()).toBeNull();
    error.mockRestore();
  });
});
