import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSessionStore,
  SessionFileError,
  type SetAsideReport,
} from '../../../../main/sessions/store.js';
import { SESSION_FORMAT } from '../../../../main/sessions/session-file.js';
import { makeSnapshot } from './snapshot-fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fixedNow = () => new Date('2026-11-24T11:00:00.000Z');

describe('session store', () => {
  it('saves a session to <id>.session.json with its format version and loads it back unchanged', async () => {
    const store = createSessionStore(dir, { now: fixedNow });
    const snapshot = makeSnapshot();
    await store.save(snapshot);
    const raw = JSON.parse(await readFile(join(dir, 'session-20261124-0001.session.json'), 'utf8'));
    expect(raw.format).toBe(SESSION_FORMAT);
    expect(raw.savedAt).toBe('2026-11-24T11:00:00.000Z');
    expect(await store.load(snapshot.id)).toEqual(snapshot);
  });

  it('leaves no temporary files behind after saving', async () => {
    const store = createSessionStore(dir);
    await store.save(makeSnapshot());
    await store.save(makeSnapshot({ title: 'second' }));
    expect(await readdir(dir)).toEqual(['session-20261124-0001.session.json']);
  });

  it.each(['../escape', 'a/b', 'a\\b', 'C:evil', 'id with space', '', 'x'.repeat(129), 'name.session'])(
    'refuses the session id %j so no file can be written outside the sessions folder',
    async (id) => {
      const store = createSessionStore(dir);
      await expect(store.save(makeSnapshot({ id }))).rejects.toThrow(/Invalid session id/);
      await expect(store.load(id)).rejects.toMatchObject({ code: 'invalid-id' });
      await expect(store.delete(id)).rejects.toMatchObject({ code: 'invalid-id' });
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it('keeps the last of many concurrent saves and never interleaves them', async () => {
    const store = createSessionStore(dir);
    const big = 'x'.repeat(200_000);
    const saves = Array.from({ length: 25 }, (_, i) =>
      store.save(
        makeSnapshot({
          title: `save ${i} ${big}`,
          updatedAt: `2026-11-24T10:21:${String(i).padStart(2, '0')}.000Z`,
        }),
      ),
    );
    await Promise.all(saves);
    const loaded = await store.load('session-20261124-0001');
    expect(loaded.title.startsWith('save 24 ')).toBe(true);
    expect(await readdir(dir)).toEqual(['session-20261124-0001.session.json']);
  });

  it('refuses to save a snapshot that does not match the session schema', async () => {
    const store = createSessionStore(dir);
    const broken = { ...makeSnapshot(), mode: 'sometimes' } as unknown as ReturnType<typeof makeSnapshot>;
    await expect(store.save(broken)).rejects.toThrow(/mode/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('sets a corrupt session file aside instead of deleting it and says where it went', async () => {
    const reports: SetAsideReport[] = [];
    const store = createSessionStore(dir, { now: fixedNow, onSetAside: (r) => reports.push(r) });
    const file = join(dir, 'broken-1.session.json');
    await writeFile(file, '{"format":"hvv-session/1","savedAt":"x","session":{"id":"bro');
    const error = await store.load('broken-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionFileError);
    const movedTo = join(dir, 'broken-1.session.json.corrupt-2026-11-24T11-00-00-000Z');
    expect((error as SessionFileError).code).toBe('corrupt');
    expect((error as SessionFileError).message).toContain('not valid JSON');
    expect((error as SessionFileError).message).toContain(movedTo);
    expect(await readFile(movedTo, 'utf8')).toContain('"id":"bro');
    expect(reports).toEqual([{ file, movedTo, reason: expect.stringContaining('not valid JSON') }]);
  });

  it('treats a file with the wrong format version or a schema mismatch as corrupt', async () => {
    const store = createSessionStore(dir, { now: fixedNow });
    await writeFile(
      join(dir, 'old-1.session.json'),
      JSON.stringify({ format: 'hvv-session/0', session: {} }),
    );
    await expect(store.load('old-1')).rejects.toThrow(/expected "hvv-session\/1".*set aside/);
    const wrongShape = {
      format: SESSION_FORMAT,
      savedAt: 'x',
      session: { ...makeSnapshot({ id: 'shape-1' }), steps: 'none' },
    };
    await writeFile(join(dir, 'shape-1.session.json'), JSON.stringify(wrongShape));
    await expect(store.load('shape-1')).rejects.toThrow(/session\.steps/);
  });

  it('treats a file that holds another session id as corrupt (renamed by hand)', async () => {
    const store = createSessionStore(dir, { now: fixedNow });
    await store.save(makeSnapshot({ id: 'real-1' }));
    await writeFile(join(dir, 'copy-1.session.json'), await readFile(join(dir, 'real-1.session.json')));
    await expect(store.load('copy-1')).rejects.toThrow(/holds session "real-1"/);
  });

  it('says plainly when a session does not exist', async () => {
    const store = createSessionStore(dir);
    await expect(store.load('nope')).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringContaining('nope'),
    });
  });

  it('lists past sessions newest first with the count of each status, skipping and setting aside corrupt files', async () => {
    const reports: SetAsideReport[] = [];
    const store = createSessionStore(dir, { now: fixedNow, onSetAside: (r) => reports.push(r) });
    await store.save(makeSnapshot({ id: 'older', updatedAt: '2026-11-20T09:00:00.000Z' }));
    await store.save(makeSnapshot({ id: 'newer', updatedAt: '2026-11-25T09:00:00.000Z', device: null }));
    await writeFile(join(dir, 'garbage.session.json'), 'not json at all');
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const list = await store.list();
    expect(list.map((s) => s.id)).toEqual(['newer', 'older']);
    expect(list[1]).toMatchObject({
      computerName: 'DESKTOP-7H2K9QX',
      mode: 'live',
      title: 'Contoso laptop, IKEv2 device VPN',
    });
    expect(list[0]?.computerName).toBeNull();
    expect(list[1]?.counts).toEqual({ pass: 2, warn: 1, fail: 1, manual: 0, blocked: 0, skip: 0, error: 0 });
    expect(reports.map((r) => r.file)).toEqual([join(dir, 'garbage.session.json')]);
    expect((await readdir(dir)).sort()).toEqual(
      [
        'garbage.session.json.corrupt-2026-11-24T11-00-00-000Z',
        'newer.session.json',
        'notes.txt',
        'older.session.json',
      ].sort(),
    );
  });

  it('removes the temporary file a killed writer left behind, but not one of a live writer', async () => {
    const store = createSessionStore(dir);
    await store.save(makeSnapshot());
    // Pid 2^22+ is above Linux's pid_max, so no process owns it.
    const dead = '.session-20261124-0001.session.json.4194399.7.tmp';
    const live = `.session-20261124-0001.session.json.${process.ppid}.3.tmp`;
    await writeFile(join(dir, dead), '{"format":"hvv-sess');
    await writeFile(join(dir, live), '{"format":"hvv-sess');
    expect((await store.list()).map((s) => s.id)).toEqual(['session-20261124-0001']);
    expect((await readdir(dir)).sort()).toEqual([live, 'session-20261124-0001.session.json'].sort());
  });

  it('deletes a session, and deleting it twice is harmless', async () => {
    const store = createSessionStore(dir);
    await store.save(makeSnapshot());
    await store.delete('session-20261124-0001');
    await store.delete('session-20261124-0001');
    expect(await store.list()).toEqual([]);
    await expect(store.load('session-20261124-0001')).rejects.toMatchObject({ code: 'missing' });
  });

  it('creates the sessions folder on first use', async () => {
    const store = createSessionStore(join(dir, 'nested', 'sessions'));
    expect(await store.list()).toEqual([]);
    await store.save(makeSnapshot());
    expect(await readdir(join(dir, 'nested', 'sessions'))).toEqual(['session-20261124-0001.session.json']);
  });
});
