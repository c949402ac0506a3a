/**
 * A summary's English, filled as the catalogs read it (ICU MessageFormat): `{name}`, `{n, plural,
 * =0 {…} one {…} other {…}}` with `#`, and `{key, select, a {…} other {…}}`. The pure layer may not
 * import intl-messageformat (docs/ARCHITECTURE.md), and English needs only this subset; the
 * completeness test parses every message with the real ICU parser. Tags are text, as i18next-icu
 * reads them, and a plain `{code}` prints as String() does ("809").
 */
import type { MessageParams } from './translate.js';

const PLURALS = new Intl.PluralRules('en');
const NUMBERS = new Intl.NumberFormat('en');

interface Cursor {
  text: string;
  at: number;
}

/** Reads up to the `}` that closes the current block (or the end), filling as it goes. */
function readMessage(c: Cursor, params: MessageParams, hash: number | null): string {
  let out = '';
  while (c.at < c.text.length) {
    const ch = c.text[c.at];
    if (ch === '}') return out;
    if (ch === '{') {
      out += readArgument(c, params, hash);
      continue;
    }
    out += ch === '#' && hash !== null ? NUMBERS.format(hash) : ch;
    c.at += 1;
  }
  return out;
}

/** Skips a `{…}` block without filling it (an option that is not chosen). */
function skipBlock(c: Cursor): void {
  let depth = 0;
  do {
    const ch = c.text[c.at];
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    c.at += 1;
  } while (depth > 0 && c.at < c.text.length);
}

function readArgument(c: Cursor, params: MessageParams, hash: number | null): string {
  const head = /^\{\s*(\w+)\s*(?:,\s*(plural|select)\s*,)?\s*/.exec(c.text.slice(c.at));
  if (!head?.[1]) throw new Error(`Not a message argument at ${c.at}: ${c.text}`);
  c.at += head[0].length;
  const name = head[1];
  const value = params[name];
  if (!head[2]) {
    if (c.text[c.at] !== '}') throw new Error(`Unsupported argument {${name}, …} in: ${c.text}`);
    c.at += 1;
    if (value === undefined) throw new Error(`No value for {${name}} in: ${c.text}`);
    return String(value);
  }
  const plural = head[2] === 'plural';
  const count = Number(value);
  const wanted = plural ? [`=${count}`, PLURALS.select(count), 'other'] : [String(value), 'other'];
  // Where each option's block starts; only the chosen one is filled (the others may name
  // parameters this sentence does not give).
  const options = new Map<string, number>();
  while (c.text[c.at] !== '}') {
    const key = /^\s*(=?\w+)\s*(?=\{)/.exec(c.text.slice(c.at));
    if (!key?.[1] || c.at >= c.text.length) throw new Error(`Not an option at ${c.at}: ${c.text}`);
    c.at += key[0].length;
    options.set(key[1], c.at);
    skipBlock(c);
    while (/\s/.test(c.text[c.at] ?? '')) c.at += 1;
  }
  c.at += 1;
  const chosen = wanted.find((k) => options.has(k));
  const start = chosen === undefined ? undefined : options.get(chosen);
  if (start === undefined) return '';
  const inner: Cursor = { text: c.text, at: start + 1 };
  return readMessage(inner, params, plural ? count : hash);
}

export function formatEnglish(message: string, params: MessageParams = {}): string {
  const c: Cursor = { text: message, at: 0 };
  const out = readMessage(c, params, null);
  if (c.at < message.length) throw new Error(`Unbalanced braces in: ${message}`);
  return out;
}
