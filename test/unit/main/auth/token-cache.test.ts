import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCacheContext } from '@azure/msal-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEMORY_ONLY_NOTE, cacheFilePath, createTokenCacheStore } from '../../../../main/auth/token-cache.js';
import { testSecretBox } from './test-secret-box.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SECRET_CACHE = JSON.stringify({ RefreshToken: { k: { secret: 'RT-SECRET-0123456789' } } });

/** Stands in for MSAL's TokenCacheContext: only what the plugin touches. */
function context(serialized: string, changed: boolean): { ctx: TokenCacheContext; loaded: string[] } {
  const loaded: string[] = [];
  const ctx = {
    cacheHasChanged: changed,
    tokenCache: { serialize: () => serialized, deserialize: (text: string) => loaded.push(text) },
  } as unknown as TokenCacheContext;
  return { ctx, loaded };
}

describe('encrypted token cache', () => {
  it('writes the cache sealed, so the refresh token cannot be read from the file', async () => {
    const store = createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() });
    await store.afterCacheAccess(context(SECRET_CACHE, true).ctx);
    const onDisk = await readFile(join(dir, 'msal-cache.bin'));
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk.includes('RT-SECRET')).toBe(false);
    expect(await readdir(dir)).toEqual(['msal-cache.bin']);
  });

  it('reads the sealed cache back after a restart', async () => {
    const first = createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() });
    await first.afterCacheAccess(context(SECRET_CACHE, true).ctx);
    const second = createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() });
    const { ctx, loaded } = context('', false);
    await second.beforeCacheAccess(ctx);
    expect(loaded).toEqual([SECRET_CACHE]);
  });

  it('starts signed out, without crashing, when the cache file is corrupt', async () => {
    await writeFile(cacheFilePath(dir), 'not a sealed cache');
    const discarded: string[] = [];
    const store = createTokenCacheStore({
      filePath: cacheFilePath(dir),
      secrets: testSecretBox(),
      onDiscarded: (reason) => discarded.push(reason),
    });
    const { ctx, loaded } = context('', false);
    await store.beforeCacheAccess(ctx);
    expect(loaded).toEqual([]);
    expect(discarded).toEqual([expect.stringContaining('sign in again')]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the cache in memory only and never writes plain text when encryption is unavailable', async () => {
    const store = createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox(false) });
    expect(store.persistent).toBe(false);
    expect(store.note).toBe(MEMORY_ONLY_NOTE);
    await store.afterCacheAccess(context(SECRET_CACHE, true).ctx);
    expect(await readdir(dir)).toEqual([]);
    const { ctx, loaded } = context('', false);
    await store.beforeCacheAccess(ctx);
    expect(loaded).toEqual([SECRET_CACHE]);
  });

  it('forgets everything on sign-out', async () => {
    const store = createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() });
    await store.afterCacheAccess(context(SECRET_CACHE, true).ctx);
    await store.clear();
    expect(await readdir(dir)).toEqual([]);
    const { ctx, loaded } = context('', false);
    await store.beforeCacheAccess(ctx);
    expect(loaded).toEqual([]);
  });
});
