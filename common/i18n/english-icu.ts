/**
 * English of an ICU MessageFormat message, for the sentences the engine says in English itself
 * (a verdict's summary, engine/say.ts). `common/` imports no ICU library (docs/ARCHITECTURE.md),
 * and English needs only this subset: `{name}`, `{n, plural, one {…} other {…}}` with `=N` and `#`,
 * `{name, select, a {…} other {…}}`, and ICU's apostrophe quoting. Other languages are formatted
 * by i18next-icu where they are shown.
 */
import type { MessageParams } from './translate.js';

const PLURAL = new Intl.PluralRules('en');
const NUMBER = new Intl.NumberFormat('en');

interface Cursor {
  text: string;
  at: number;
}

/** A message up to an unmatched `}` (or the end); `count` is the plural's number for `#`. */
function message(c: Cursor, params: MessageParams, count: number | null): string {
  let out = '';
  while (c.at < c.text.length) {
    const ch = c.text[c.at] as string;
    if (ch === '}') return out;
    if (ch === '{') {
      out += argument(c, params);
      continue;
    }
    if (ch === '#' && count !== null) {
      out += NUMBER.format(count);
      c.at += 1;
      continue;
    }
    if (ch === "'") {
      out += quoted(c, count !== null);
      continue;
    }
    out += ch;
    c.at += 1;
  }
  return out;
}

/** ICU quoting: `''` is one apostrophe; `'` before `{`, `}` (or `#` in a plural) quotes up to the next `'`. */
function quoted(c: Cursor, inPlural: boolean): string {
  const next = c.text[c.at + 1];
  if (next === "'") {
    c.at += 2;
    return "'";
  }
  if (next === '{' || next === '}' || (inPlural && next === '#')) {
    const end = c.text.indexOf("'", c.at + 1);
    const stop = end < 0 ? c.text.length : end;
    const literal = c.text.slice(c.at + 1, stop).replace(/''/g, "'");
    c.at = stop + 1;
    return literal;
  }
  c.at += 1;
  return "'";
}

function word(c: Cursor): string {
  const match = /^\s*([^\s,{}]+)\s*/.exec(c.text.slice(c.at));
  if (!match) throw new Error(`Not ICU at ${c.at}: ${c.text}`);
  c.at += match[0].length;
  return match[1] as string;
}

function expect(c: Cursor, ch: string): void {
  while (/\s/.test(c.text[c.at] ?? '')) c.at += 1;
  if (c.text[c.at] !== ch) throw new Error(`Expected "${ch}" at ${c.at}: ${c.text}`);
  c.at += 1;
}

function argument(c: Cursor, params: MessageParams): string {
  expect(c, '{');
  const name = word(c);
  const value = params[name];
  if (c.text[c.at] === '}') {
    c.at += 1;
    return value === undefined ? `{${name}}` : String(value);
  }
  expect(c, ',');
  const kind = word(c);
  if (kind !== 'plural' && kind !== 'select')
    throw new Error(`Unsupported ICU argument type "${kind}": ${c.text}`);
  expect(c, ',');
  const options = new Map<string, number>();
  // Each option's body is read once with the chosen params; remember where each starts.
  while (true) {
    while (/\s/.test(c.text[c.at] ?? '')) c.at += 1;
    if (c.text[c.at] === '}' || c.at >= c.text.length) break;
    const key = word(c);
    expect(c, '{');
    options.set(key, c.at);
    skipBody(c);
    expect(c, '}');
  }
  expect(c, '}');
  const end = c.at;
  let chosen: string;
  let count: number | null = null;
  if (kind === 'plural') {
    count = Number(value);
    const exact = `=${count}`;
    chosen = options.has(exact) ? exact : PLURAL.select(count);
  } else {
    chosen = String(value);
  }
  const start = options.get(chosen) ?? options.get('other');
  if (start === undefined) throw new Error(`No "other" option: ${c.text}`);
  const body: Cursor = { text: c.text, at: start };
  const said = message(body, params, count);
  c.at = end;
  return said;
}

/** Past one option's body, to its closing `}` (nested arguments and quotes included). */
function skipBody(c: Cursor): void {
  let depth = 0;
  while (c.at < c.text.length) {
    const ch = c.text[c.at];
    if (ch === "'" && /['{}#]/.test(c.text[c.at + 1] ?? '')) {
      if (c.text[c.at + 1] === "'") c.at += 2;
      else {
        const end = c.text.indexOf("'", c.at + 1);
        c.at = end < 0 ? c.text.length : end + 1;
      }
      continue;
    }
    if (ch === '{') depth += 1;
    if (ch === '}') {
      if (depth === 0) return;
      depth -= 1;
    }
    c.at += 1;
  }
}

/** The English sentence `text` says with `params`. */
export function formatEnglish(text: string, params: MessageParams = {}): string {
  const c: Cursor = { text, at: 0 };
  const out = message(c, params, null);
  if (c.at < text.length) throw new Error(`Unmatched "}" at ${c.at}: ${text}`);
  return out;
}
