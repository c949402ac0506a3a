/**
 * Finds known names (computer, user, serial) in text in one pass, case-insensitively, whatever the
 * number of names: a character trie walked from each word start, so a recording that names ten
 * thousand people costs about what one name costs (a regex alternation of every name costs one
 * attempt per name at every word: quadratic, issue 14).
 *
 * A name matches where no letter or digit touches it on either side: "DESKTOP-7H2K9QX_log.txt" and
 * "jdoe-laptop" hold the names, "jdoe2" does not hold "jdoe". The longest name wins.
 */

/** Longer strings are not names (a path or a sentence learned by accident); they would only slow every match. */
export const MAX_NAME_LENGTH = 128;

interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  /** Set when a name ends here: the value its caller stored. */
  value?: V;
}

const ALNUM = /[\p{L}\p{N}]/u;
const alnumCache = new Int8Array(0x10000);

function isAlnum(unit: number): boolean {
  // Surrogate halves count as letters: a letter outside the BMP glued to a name makes another word.
  if (unit >= 0xd800 && unit <= 0xdfff) return true;
  let known = alnumCache[unit] ?? 0;
  if (known === 0) {
    known = ALNUM.test(String.fromCharCode(unit)) ? 1 : -1;
    alnumCache[unit] = known;
  }
  return known === 1;
}

const lowerCache = new Uint16Array(0x10000);

function lowerUnit(unit: number): number {
  let lower = lowerCache[unit] ?? 0;
  if (lower === 0) {
    const mapped = String.fromCharCode(unit).toLowerCase();
    // A character whose lower case is longer ("İ") is compared as itself.
    lower = mapped.length === 1 ? mapped.charCodeAt(0) : unit;
    lowerCache[unit] = lower;
  }
  return lower;
}

/** Every UTF-16 unit whose lower case is `lower`, for each `lower` asked for: built once, on first use. */
let unitsByLower: Map<number, number[]> | undefined;

function unitsLoweringTo(lower: number): readonly number[] {
  if (!unitsByLower) {
    unitsByLower = new Map();
    for (let unit = 0; unit < 0x10000; unit++) {
      const key = lowerUnit(unit);
      const units = unitsByLower.get(key);
      if (units) units.push(unit);
      else unitsByLower.set(key, [unit]);
    }
  }
  return unitsByLower.get(lower) ?? [lower];
}

function hex4(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * Where a name may start: one of the names' first characters in any case, not after an ASCII letter
 * or digit or "<" (the rest of the rule, non-ASCII letters before it, is checked in code). A
 * pattern over one character class lets the engine skip the text far faster than a loop over every
 * character (issue 14: 50 MB of output).
 */
function startPattern(firstUnits: ReadonlySet<number>): RegExp {
  const units = new Set<number>();
  for (const lower of firstUnits) for (const unit of unitsLoweringTo(lower)) units.add(unit);
  const chars = [...units].map(hex4).join('');
  return new RegExp(`(?<![A-Za-z0-9<])[${chars}]`, 'g');
}

export interface NameMatcher<V extends string> {
  /** Adds a name; returns false when it was already there (or is not a usable name). */
  add(name: string, value: V): boolean;
  readonly size: number;
  /** Replaces every occurrence; `replace` gets the text as written and the stored value. */
  replaceAll(text: string, replace: (found: string, value: V) => string): string;
}

/** "<user-1>"'s "user-1>": our own placeholders are never names. */
function isPlaceholderTail(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x2d /* - */) return false;
  let i = at + 1;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i > at + 1 && text.charCodeAt(i) === 0x3e; /* > */
}

export function createNameMatcher<V extends string>(): NameMatcher<V> {
  const root: TrieNode<V> = { next: new Map() };
  let size = 0;
  const firstUnits = new Set<number>();
  let starts: RegExp | undefined;

  return {
    get size() {
      return size;
    },
    add(name, value) {
      if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
      let node = root;
      for (let i = 0; i < name.length; i++) {
        const unit = lowerUnit(name.charCodeAt(i));
        let child = node.next.get(unit);
        if (!child) {
          child = { next: new Map() };
          node.next.set(unit, child);
        }
        node = child;
      }
      if (node.value !== undefined) return false;
      node.value = value;
      size++;
      const first = lowerUnit(name.charCodeAt(0));
      if (!firstUnits.has(first)) {
        firstUnits.add(first);
        starts = undefined;
      }
      return true;
    },
    replaceAll(text, replace) {
      if (size === 0) return text;
      starts ??= startPattern(firstUnits);
      const parts: string[] = [];
      let copied = 0;
      starts.lastIndex = 0;
      // `test` moves lastIndex past the start it found without building a match object.
      while (starts.test(text)) {
        const i = starts.lastIndex - 1;
        const before = i === 0 ? -1 : text.charCodeAt(i - 1);
        if (before !== -1 && isAlnum(before)) continue;
        let node: TrieNode<V> | undefined = root;
        let end = -1;
        let value: V | undefined;
        for (let j = i; j < text.length && j - i < MAX_NAME_LENGTH; j++) {
          node = node.next.get(lowerUnit(text.charCodeAt(j)));
          if (!node) break;
          const after = j + 1;
          if (
            node.value !== undefined &&
            (after === text.length || !isAlnum(text.charCodeAt(after))) &&
            !isPlaceholderTail(text, after)
          ) {
            end = after;
            value = node.value;
          }
        }
        if (end < 0 || value === undefined) continue;
        parts.push(text.slice(copied, i), replace(text.slice(i, end), value));
        copied = end;
        starts.lastIndex = end;
      }
      if (copied === 0) return text;
      parts.push(text.slice(copied));
      return parts.join('');
    },
  };
}
