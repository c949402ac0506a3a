/**
 * Issue 14: one odd entry in the sessions folder must never hide or hang the whole history. Real
 * folders, links, FIFOs and a sparse file larger than any session, made on this machine's disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionStore, SESSION_FILE_MAX_BYTES } from '../../../../main/sessions/store.js';
import { makeSnapshot } from './snapshot-fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-store-odd-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ODDITIES: readonly [string, (file: string) => Promise<void>][] = [
  ['a folder', (file) => mkdir(file)],
  ['a symlink loop', (file) => symlink(file, file)],
  ['a symlink to a real session elsewhere', async (file) => symlink(join(dir, 'good.session.json'), file)],
  [
    'a file larger than any session (sparse)',
    async (file) => {
      const handle = await open(file, 'w');
      await handle.truncate(SESSION_FILE_MAX_BYTES + 1);
      await handle.close();
    },
  ],
  // A FIFO that nobody writes to: reading it would block forever.
  ['a FIFO', async (file) => void execFileSync('mkfifo', [file])],
];

describe('the session history with odd entries in its folder', () => {
  it.skipIf(process.platform === 'win32').each(ODDITIES)(
    'lists the other sessions and skips %s with a note, leaving it in place',
    async (_label, make) => {
      const store = createSessionStore(dir);
      await store.save(makeSnapshot({ id: 'good' }));
      const odd = join(dir, 'odd.session.json');
      await make(odd);
      const notes: string[] = [];
      const history = createSessionStore(dir, { onSkipped: (r) => notes.push(r.reason) });
      const list = await history.list();
      expect(list.map((s) => s.id)).toEqual(['good']);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('odd.session.json');
      expect((await readdir(dir)).sort()).toEqual(['good.session.json', 'odd.session.json']);
      await expect(history.load('odd')).rejects.toMatchObject({ code: 'not-a-session-file' });
    },
  );

  it('reads a session file saved with a UTF-8 byte order mark instead of setting it aside', async () => {
    const store = createSessionStore(dir, {
      onSetAside: (r) => {
        throw new Error(`set aside: ${r.reason}`);
      },
    });
    await store.save(makeSnapshot({ id: 'bom' }));
    const file = join(dir, 'bom.session.json');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    expect((await store.load('bom')).id).toBe('bom');
    expect((await store.list()).map((s) => s.id)).toEqual(['bom']);
  });
});
