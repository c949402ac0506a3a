/**
 * Registry exports (`reg export`, regedit's "Windows Registry Editor Version 5.00" format, UTF-16LE
 * with a byte order mark) as Intune's diagnostics bundle holds them: keys in square brackets,
 * `"Name"=value` lines, long hex values continued with a trailing backslash.
 */
export type RegValue = string | number | string[] | null;
export type RegKeys = Map<string, Map<string, RegValue>>;

export function decodeRegText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function hexBytes(text: string): Buffer {
  const parts = text
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return Buffer.from(parts.map((h) => Number.parseInt(h, 16) & 0xff));
}

function utf16Strings(bytes: Buffer): string[] {
  return bytes
    .toString('utf16le')
    .split('\0')
    .filter((s) => s !== '');
}

function unquote(text: string): string {
  return text.slice(1, -1).replace(/\\(["\\])/g, '$1');
}

export function parseValue(raw: string): RegValue {
  if (raw.startsWith('"') && raw.endsWith('"')) return unquote(raw);
  const dword = /^dword:([0-9a-fA-F]{8})$/.exec(raw);
  if (dword?.[1]) return Number.parseInt(dword[1], 16);
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/.exec(raw);
  if (hex) {
    const bytes = hexBytes(hex[2] ?? '');
    const type = Number.parseInt(hex[1] ?? '3', 16);
    if (type === 0xb && bytes.length === 8) return Number(bytes.readBigUInt64LE(0));
    if (type === 0x4 && bytes.length === 4) return bytes.readUInt32LE(0);
    if (type === 0x2) return utf16Strings(bytes)[0] ?? '';
    if (type === 0x7) return utf16Strings(bytes);
    return bytes.toString('hex');
  }
  return null;
}

/** Keys by their full path (HKEY_LOCAL_MACHINE\...), each a map of value name ("" = default) to value. */
export function parseRegFile(text: string): RegKeys {
  const keys: RegKeys = new Map();
  let current: Map<string, RegValue> | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i] ?? '';
    while (line.endsWith('\\') && i + 1 < lines.length) {
      i += 1;
      line = line.slice(0, -1) + (lines[i] ?? '').trim();
    }
    const key = /^\[(-?)(HKEY_[^\]]+)\]\s*$/.exec(line);
    if (key?.[2]) {
      current = new Map();
      if (key[1] !== '-') keys.set(key[2].toUpperCase(), current);
      continue;
    }
    if (!current) continue;
    const value = /^(@|"(?:[^"\\]|\\.)*")=(.*)$/.exec(line);
    if (value?.[1] && value[2] !== undefined) {
      const name = value[1] === '@' ? '' : unquote(value[1]);
      current.set(name, parseValue(value[2].trim()));
    }
  }
  return keys;
}
