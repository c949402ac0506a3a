/**
 * Reads the few small entries hvv needs from a zip someone downloaded from Intune, without trusting
 * it: entry names that climb out of the archive, absolute or drive paths, encrypted or unknown
 * compression, entries bigger than a text file can be, and data that inflates beyond what the entry
 * declares (a zip bomb) are refused with a reason. Only the central directory is read whole; each
 * entry is read from its offset on demand.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  flags: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Largest entry hvv will inflate: its text files are kilobytes. */
  maxEntryBytes: number;
  /** More entries than any diagnostics bundle holds means something else. */
  maxEntries: number;
  /** Inflated over compressed beyond this, for an entry over 1 MiB, is a bomb. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 16 * 1024 * 1024,
  maxEntries: 20_000,
  maxRatio: 200,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A name that stays inside the archive: relative, no `..`, no drive, no NUL. */
export function checkEntryName(name: string): string | null {
  if (name.includes('\0')) return 'holds a NUL character';
  const unified = name.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return 'is an absolute path';
  if (unified.split('/').some((part) => part === '..')) return 'climbs out of the archive (..)';
  return null;
}

export class ZipReader {
  private constructor(
    private readonly file: FileHandle,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
  ) {}

  static async open(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipReader> {
    let file: FileHandle;
    try {
      file = await open(path, 'r');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      throw new ZipError(`cannot read the file (${code})`);
    }
    try {
      const entries = await readCentralDirectory(file, limits);
      return new ZipReader(file, entries, limits);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.file.close();
  }

  /** The entry's bytes, inflated, within the limits. */
  async read(entry: ZipEntry): Promise<Buffer> {
    if (entry.flags & 0x1) throw new ZipError(`${entry.name}: encrypted entries are not read`);
    if (entry.size > this.limits.maxEntryBytes || entry.compressedSize > this.limits.maxEntryBytes) {
      throw new ZipError(
        `${entry.name}: ${entry.size} bytes is more than the ${this.limits.maxEntryBytes} a diagnostics text file can be`,
      );
    }
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * this.limits.maxRatio) {
      throw new ZipError(
        `${entry.name}: inflates ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times (a zip bomb?)`,
      );
    }
    const header = Buffer.alloc(30);
    await this.file.read(header, 0, 30, entry.localOffset);
    if (header.readUInt32LE(0) !== LOCAL) throw new ZipError(`${entry.name}: the entry's header is damaged`);
    const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = Buffer.alloc(entry.compressedSize);
    const { bytesRead } = await this.file.read(raw, 0, entry.compressedSize, start);
    if (bytesRead !== entry.compressedSize)
      throw new ZipError(`${entry.name}: the archive ends inside this entry`);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipError(`${entry.name}: stored sizes disagree`);
      return raw;
    }
    if (entry.method !== 8)
      throw new ZipError(`${entry.name}: compression method ${entry.method} is not supported`);
    try {
      // Never more than the entry declares: a bomb that lies about its size stops here.
      const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
      if (out.length !== entry.size)
        throw new ZipError(`${entry.name}: inflates to another size than it declares`);
      return out;
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`${entry.name}: inflates beyond its declared ${entry.size} bytes or is damaged`);
    }
  }
}

async function readCentralDirectory(file: FileHandle, limits: ZipLimits): Promise<ZipEntry[]> {
  const { size } = await file.stat();
  const tailLength = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError('not a zip archive (no end of central directory)');
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
  if (count > limits.maxEntries)
    throw new ZipError(`${count} entries is more than a diagnostics bundle holds`);
  if (dirOffset + dirSize > size)
    throw new ZipError('the central directory lies outside the file (damaged or cut)');
  const dir = Buffer.alloc(dirSize);
  await file.read(dir, 0, dirSize, dirOffset);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL)
      throw new ZipError('the central directory is damaged');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const flags = dir.readUInt16LE(p + 8);
    // Bit 11: the name is UTF-8; otherwise CP437, which is ASCII for the names that matter here.
    const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    const problem = checkEntryName(name);
    if (problem) throw new ZipError(`refused: the entry "${name.slice(0, 120)}" ${problem}`);
    entries.push({
      name,
      flags,
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
