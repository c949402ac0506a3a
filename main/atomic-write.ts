/**
 * Crash-safe file replacement: a reader sees either the old file or the new one, never a torn
 * mix, even when the process is killed or the device loses power mid-save.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export const TEMP_SUFFIX = '.tmp';

/** `.<name>.<pid>.<n>.tmp`: the pid lets a later sweep tell a dead writer's leftovers from live ones. */
export function tempNameFor(target: string): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${counter}${TEMP_SUFFIX}`);
}

/** The writer pid encoded in a temp file name, or null when the name is not one of ours. */
export function tempFileOwner(name: string): number | null {
  const match = /^\..+\.(\d+)\.\d+\.tmp$/.exec(name);
  return match?.[1] ? Number(match[1]) : null;
}

// Windows refuses to replace a file that an indexer or antivirus holds open for a moment.
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= 5 || !TRANSIENT_RENAME_ERRORS.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open a directory for sync, and NTFS
  // journals the rename anyway, so failure here is expected there and harmless.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* see above */
  }
}

export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  const temp = tempNameFor(target);
  const handle = await open(temp, 'wx', options.mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}
