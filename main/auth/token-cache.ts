/**
 * MSAL's token cache at rest: sealed with the OS secret store (Electron safeStorage, DPAPI on
 * Windows) in <userData>/msal-cache.bin. When the OS cannot seal secrets the cache lives in memory
 * only: a refresh token in plain text on a shared technician's USB key is worse than signing in again.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { writeFileAtomic } from '../atomic-write.js';
import type { SecretBox } from '../shell-env.js';

export const CACHE_FILE_NAME = 'msal-cache.bin';

export interface TokenCacheStore extends ICachePlugin {
  /** False when the cache is kept in memory only (no OS encryption available). */
  readonly persistent: boolean;
  /** Why sign-in will not survive a restart, for the status line; null when it will. */
  readonly note: string | null;
  /** Sign-out: forget everything, in memory and on disk. */
  clear(): Promise<void>;
}

export const MEMORY_ONLY_NOTE =
  'This computer cannot encrypt the sign-in cache, so you will need to sign in again after restarting the app.';

export function cacheFilePath(userDataDir: string): string {
  return join(userDataDir, CACHE_FILE_NAME);
}

export function createTokenCacheStore(opts: {
  filePath: string;
  secrets: SecretBox;
  /** Told once when a cache file could not be read (corrupt, or sealed on another machine). */
  onDiscarded?(reason: string): void;
}): TokenCacheStore {
  const persistent = opts.secrets.isAvailable();
  let loaded = false;

  async function load(): Promise<string | null> {
    let sealed: Buffer;
    try {
      sealed = await readFile(opts.filePath);
    } catch {
      return null;
    }
    try {
      const text = opts.secrets.decrypt(sealed);
      JSON.parse(text);
      return text;
    } catch {
      // A cache sealed by another user or machine, or cut short, must not stop the app: start empty.
      await rm(opts.filePath, { force: true });
      opts.onDiscarded?.('The saved sign-in could not be read and was discarded; sign in again.');
      return null;
    }
  }

  async function save(text: string): Promise<void> {
    await mkdir(dirname(opts.filePath), { recursive: true });
    // A crash mid-write leaves the previous cache intact.
    await writeFileAtomic(opts.filePath, opts.secrets.encrypt(text), { mode: 0o600 });
  }

  // MSAL empties its in-memory cache before each silent lookup and expects the plugin to refill it,
  // so the latest serialized cache is kept here and the file is only read once per process.
  let snapshot: string | null = null;

  return {
    persistent,
    note: persistent ? null : MEMORY_ONLY_NOTE,
    async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
      if (!loaded) {
        loaded = true;
        if (persistent) snapshot = await load();
      }
      if (snapshot !== null) context.tokenCache.deserialize(snapshot);
    },
    async afterCacheAccess(context: TokenCacheContext): Promise<void> {
      if (!context.cacheHasChanged) return;
      snapshot = context.tokenCache.serialize();
      if (persistent) await save(snapshot);
    },
    async clear(): Promise<void> {
      loaded = true;
      snapshot = null;
      await rm(opts.filePath, { force: true });
    },
  };
}
