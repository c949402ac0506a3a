import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../../../main/sessions/store.js';

const WRITER = resolve('test/fakes/session-writer.mjs');
const ROUNDS = 16;
// The kill points are random but seeded: a failure names its seed, and HVV_TEST_SEED=<seed>
// replays exactly the same kill points.
const SEED = Number(process.env.HVV_TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a tiny deterministic generator, good enough to spread kill points. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-kill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type KillPoint = { afterSaves: number } | { afterFileEvents: number };

/**
 * Starts the writer and SIGKILLs it either right after an acknowledged save (it is then building the
 * next one) or on the n-th file-system event in the folder (mid-write, between write and rename, …).
 * Resolves the last save the writer acknowledged before it died.
 */
function runAndKill(firstN: number, point: KillPoint): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(firstN)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acknowledged = -1;
    let seen = 0;
    let events = 0;
    let buffered = '';
    let stderr = '';
    const watcher = watch(dir, () => {
      events += 1;
      if ('afterFileEvents' in point && events === point.afterFileEvents) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^saved (\d+)$/.exec(line);
        if (!match) continue;
        acknowledged = Number(match[1]);
        seen += 1;
        if ('afterSaves' in point && seen === point.afterSaves) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    // 'close' waits for the pipes to drain, so every acknowledgement the writer printed is counted.
    child.on('close', (code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${signal ?? code}): ${stderr}`));
      else resolvePromise(acknowledged);
    });
  });
}

describe('a session survives the app being killed in the middle of a save', () => {
  it('always reloads one complete snapshot, old or new, after SIGKILL at random moments', async () => {
    const random = seededRandom(SEED);
    let next = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const point: KillPoint =
        round % 2 === 0
          ? { afterSaves: 1 + Math.floor(random() * 6) }
          : { afterFileEvents: 1 + Math.floor(random() * 40) };
      const where = `HVV_TEST_SEED=${SEED}, round ${round}, kill ${JSON.stringify(point)}`;
      const acknowledged = await runAndKill(next, point);
      if (acknowledged < next) {
        // Killed before its first save landed: the previous round's file must still be intact.
        expect(round, where).toBeGreaterThan(0);
      }

      const store = createSessionStore(dir, {
        onSetAside: (r) => {
          throw new Error(`${where}: file set aside as corrupt: ${r.reason}`);
        },
      });
      const loaded = await store.load('killed-writer');
      const n = Number(/^save (\d+)$/.exec(loaded.title)?.[1]);
      // The save in flight at the kill may or may not have landed; nothing older than the last acknowledged one.
      const base = Math.max(acknowledged, next - 1);
      expect([base, base + 1], where).toContain(n);
      const note = loaded.confirmations['logon-vpn-icon']?.note ?? '';
      expect(note, where).toBe(String(n % 10).repeat(1_000_000 + (n % 7) * 200_000));
      expect(loaded.updatedAt).toBe(new Date(Date.UTC(2026, 10, 24, 10) + n * 1000).toISOString());

      const list = await store.list();
      expect(
        list.map((s) => s.id),
        where,
      ).toEqual(['killed-writer']);
      // The killed writer's temp file (if any) was swept: only the session file remains.
      expect(await readdir(dir), where).toEqual(['killed-writer.session.json']);
      next = n + 1;
    }
  }, 120_000);
});
