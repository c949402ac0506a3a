/**
 * Sessions on disk: one file per session in the app's data folder, replaced atomically on every
 * save so a kill or a reboot at any moment leaves the last complete state readable. A file that
 * cannot be read is set aside under a new name (never deleted) and reported.
 */
import { access, lstat, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SessionSnapshotSchema,
  type SessionSnapshot,
  type SessionSummary,
} from '../../common/ipc/contract.js';
import type { SessionStore } from '../services.js';
import { TEMP_SUFFIX, tempFileOwner, writeFileAtomic } from '../atomic-write.js';
import { assertValidSessionId, isValidSessionId } from './session-id.js';
import { SESSION_FILE_SUFFIX, parseSessionFile, serializeSession, summarize } from './session-file.js';

export interface SetAsideReport {
  file: string;
  movedTo: string;
  reason: string;
}

export interface SessionStoreOptions {
  now?: () => Date;
  /** Told about every corrupt file set aside, so the app can show it rather than drop it silently. */
  onSetAside?: (report: SetAsideReport) => void;
  /**
   * Told about every entry the history skips without touching it (a folder, a link, a pipe, a file
   * too large to be a session). Default: a warning in the main process's log.
   */
  onSkipped?: (report: { file: string; reason: string }) => void;
}

/**
 * No session comes near this (a replay with 40 MB of output is about 100 MB); a larger file is not
 * read at all, so one stray file cannot exhaust memory or hide the history.
 */
export const SESSION_FILE_MAX_BYTES = 256 * 1024 * 1024;

export type SessionFileErrorCode = 'invalid-id' | 'missing' | 'corrupt' | 'not-a-session-file';

export class SessionFileError extends Error {
  constructor(
    readonly code: SessionFileErrorCode,
    message: string,
    readonly movedTo: string | null = null,
  ) {
    super(message);
    this.name = 'SessionFileError';
  }
}

function timestampForFileName(date: Date): string {
  // Colons are not allowed in Windows file names.
  return date.toISOString().replace(/[:.]/g, '-');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function createSessionStore(dir: string, options: SessionStoreOptions = {}): SessionStore {
  const now = options.now ?? (() => new Date());
  const queues = new Map<string, Promise<unknown>>();
  const ready = mkdir(dir, { recursive: true });
  // Surfaced by the first operation that awaits it, not as an unhandled rejection at start-up.
  ready.catch(() => undefined);

  const fileOf = (id: string): string => join(dir, `${id}${SESSION_FILE_SUFFIX}`);
  const skipped =
    options.onSkipped ??
    ((report: { file: string; reason: string }) => console.warn(`session history: ${report.reason}`));

  /** Runs operations on one id strictly one after another, so saves never interleave. */
  function serialized<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    queues.set(id, settled);
    void settled.then(() => {
      if (queues.get(id) === settled) queues.delete(id);
    });
    return next;
  }

  async function setAside(id: string, reason: string): Promise<string> {
    const file = fileOf(id);
    let movedTo = `${file}.corrupt-${timestampForFileName(now())}`;
    for (let n = 2; await exists(movedTo); n += 1)
      movedTo = `${file}.corrupt-${timestampForFileName(now())}-${n}`;
    await rename(file, movedTo);
    options.onSetAside?.({ file, movedTo, reason });
    return movedTo;
  }

  /**
   * Only a regular file is opened: a FIFO would block the read forever, a symlink may loop or point
   * anywhere, a folder cannot be read. lstat does not follow links and never blocks.
   */
  async function checkRegularFile(id: string, file: string): Promise<void> {
    let info;
    try {
      info = await lstat(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new SessionFileError('missing', `Session ${id} was not found in ${dir}.`);
      }
      throw error;
    }
    const kind = info.isFile()
      ? null
      : info.isDirectory()
        ? 'a folder'
        : info.isSymbolicLink()
          ? 'a link'
          : info.isFIFO()
            ? 'a pipe'
            : 'a special file';
    if (kind) {
      throw new SessionFileError(
        'not-a-session-file',
        `${file} is ${kind}, not a session file; it was left alone.`,
      );
    }
    if (info.size > SESSION_FILE_MAX_BYTES) {
      throw new SessionFileError(
        'not-a-session-file',
        `${file} is ${Math.round(info.size / 1e6)} MB, more than any session; it was left alone.`,
      );
    }
  }

  async function readOne(id: string): Promise<SessionSnapshot> {
    await ready;
    const file = fileOf(id);
    await checkRegularFile(id, file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new SessionFileError('missing', `Session ${id} was not found in ${dir}.`);
      }
      throw error;
    }
    // A file saved by an editor with a UTF-8 byte order mark is still the same session.
    const parsed = parseSessionFile(text.replace(/^\uFEFF/, ''), id);
    if (parsed.ok) return parsed.session;
    const movedTo = await setAside(id, parsed.reason);
    throw new SessionFileError(
      'corrupt',
      `Session ${id} could not be read (${parsed.reason}). The file was set aside as ${movedTo} so nothing is lost.`,
      movedTo,
    );
  }

  async function sweepDeadWritersTemps(names: readonly string[]): Promise<void> {
    for (const name of names) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const owner = tempFileOwner(name);
      // A temp file of a writer that died mid-save holds nothing the session file lacks.
      if (owner !== null && owner !== process.pid && !isAlive(owner)) {
        await rm(join(dir, name), { force: true });
      }
    }
  }

  return {
    save(snapshot) {
      // Rejects rather than throws, so a caller's .catch() sees every failure.
      let valid: SessionSnapshot;
      try {
        assertValidSessionId(snapshot.id);
        valid = SessionSnapshotSchema.parse(snapshot);
      } catch (error) {
        return Promise.reject(error);
      }
      return serialized(valid.id, async () => {
        await ready;
        await writeFileAtomic(fileOf(valid.id), serializeSession(valid, now()));
      });
    },

    load(id) {
      if (!isValidSessionId(id)) {
        return Promise.reject(
          new SessionFileError('invalid-id', `Invalid session id ${JSON.stringify(id)}.`),
        );
      }
      return serialized(id, () => readOne(id));
    },

    async list(): Promise<SessionSummary[]> {
      await ready;
      const names = await readdir(dir);
      await sweepDeadWritersTemps(names);
      const summaries: SessionSummary[] = [];
      for (const name of names) {
        if (!name.endsWith(SESSION_FILE_SUFFIX)) continue;
        const id = name.slice(0, -SESSION_FILE_SUFFIX.length);
        if (!isValidSessionId(id)) continue;
        try {
          summaries.push(summarize(await serialized(id, () => readOne(id))));
        } catch (error) {
          // Corrupt files were set aside and reported through onSetAside; one bad file must not hide
          // the rest, whatever went wrong with it.
          const reason = error instanceof Error ? error.message : String(error);
          if (!(error instanceof SessionFileError) || error.code !== 'corrupt')
            skipped({ file: join(dir, name), reason });
        }
      }
      return summaries.sort(
        (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt),
      );
    },

    delete(id) {
      if (!isValidSessionId(id)) {
        return Promise.reject(
          new SessionFileError('invalid-id', `Invalid session id ${JSON.stringify(id)}.`),
        );
      }
      return serialized(id, async () => {
        await ready;
        await rm(fileOf(id), { force: true });
      });
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
