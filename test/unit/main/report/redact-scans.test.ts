/**
 * Issue 14: the redactor's fast finders (GUIDs from their eighth digit, thumbprints from every 40th
 * character, e-mails from each "@", names from a pattern of their first characters) skip most of
 * the text. Whatever they skip must hold nothing their plain patterns would have found: each is
 * checked against that pattern on tricky inputs and on many generated ones.
 */
import { describe, expect, it } from 'vitest';
import { forEachEmail, localCharWidthBefore, replaceEmails } from '../../../../main/report/redact-emails.js';
import { forEachThumbprint, replaceGuids } from '../../../../main/report/redact-scans.js';
import { createNameMatcher } from '../../../../main/report/name-matcher.js';

const GUID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const PLAIN_GUID = /\{?\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b\}?/g;
const PLAIN_THUMBPRINT = /(?<![0-9a-fA-F])(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40})(?![0-9a-fA-F])/g;

/** A small deterministic generator, so a failure names an input that can be replayed. */
function generated(count: number, pieces: readonly string[], seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join(''),
  );
}

function thumbprints(text: string): string[] {
  const found: string[] = [];
  forEachThumbprint(text, (start, end) => found.push(`${start}-${end}`));
  return found;
}

function plainThumbprints(text: string): string[] {
  return [...text.matchAll(PLAIN_THUMBPRINT)].map((m) => `${m.index}-${m.index + m[0].length}`);
}

describe('GUIDs found from their eighth digit', () => {
  it.each([
    [GUID, '<G>'],
    [`{${GUID}}`, '<G>'],
    [`{${GUID}`, '<G>'],
    [`${GUID}}`, '<G>'],
    [`id=${GUID};`, 'id=<G>;'],
    [`x${GUID}`, `x${GUID}`],
    [`_${GUID}`, `_${GUID}`],
    [`${GUID}_`, `${GUID}_`],
    [`${GUID}0`, `${GUID}0`],
    [`-${GUID}-${GUID}-`, '-<G>-<G>-'],
    [`${GUID}${GUID}`, `${GUID}${GUID}`],
    [`${GUID.slice(1)} ${GUID}`, `${GUID.slice(1)} <G>`],
    // A candidate that fails (one digit too few before it) right before a real one.
    [`a-aaaa-aaaa-aaaa-aaaaaaaaaaaa ${GUID}`, 'a-aaaa-aaaa-aaaa-aaaaaaaaaaaa <G>'],
    [`g${GUID.slice(1)}-${GUID}`, `g${GUID.slice(1)}-<G>`],
  ])('replaces what the plain pattern replaces in %j', (input, expected) => {
    expect(replaceGuids(input, () => '<G>')).toBe(expected);
    expect(input.replace(PLAIN_GUID, '<G>')).toBe(expected);
  });

  it('agrees with the plain pattern on generated text', () => {
    const pieces = [GUID, '{', '}', '-', 'a', 'F', '0', 'x', '_', ' ', '88bf-86f1', '-41af-', 'db47'];
    for (const text of generated(3000, pieces, 14)) {
      const replaced = replaceGuids(text, (guid) => `<${guid}>`);
      expect(replaced, JSON.stringify(text)).toBe(text.replace(PLAIN_GUID, (guid) => `<${guid}>`));
    }
  });
});

describe('thumbprints found from every 40th character', () => {
  const hex = (n: number): string => 'a1B2c3D4e5F6'.repeat(6).slice(0, n);

  it.each([39, 40, 41, 63, 64, 65, 80, 128])('finds a run of exactly 40 or 64 digits (run of %i)', (n) => {
    for (let pad = 0; pad < 82; pad++) {
      for (const text of [`${'z'.repeat(pad)}${hex(n)}`, `${'z'.repeat(pad)}${hex(n)}z`]) {
        expect(thumbprints(text), `${n} after ${pad}`).toEqual(plainThumbprints(text));
      }
    }
    expect(thumbprints(hex(n)).length).toBe(n === 40 || n === 64 ? 1 : 0);
  });

  it('finds runs separated by a single character and runs that end the text', () => {
    const text = `${hex(40)}:${hex(64)}-${hex(40)}`;
    expect(thumbprints(text)).toEqual(['0-40', '41-105', '106-146']);
  });

  it('agrees with the plain pattern on generated text', () => {
    const pieces = [hex(40), hex(64), hex(39), hex(17), hex(1), ':', ' ', 'g', 'zz'];
    for (const text of generated(3000, pieces, 40)) {
      expect(thumbprints(text), JSON.stringify(text)).toEqual(plainThumbprints(text));
    }
  });
});

describe('e-mail addresses found from each "@"', () => {
  it.each([
    ['mail jdoe@contoso.com now', 'mail <E> now'],
    ['jürgen.müller@contoso.com', '<E>'],
    ['zoë@exämple.de', '<E>'],
    ['\u{1D49C}lice@contoso.com', '<E>'],
    ['x\uDC9Cjdoe@contoso.com', 'x\uDC9C<E>'],
    ['@contoso.com and a@b', '@contoso.com and a@b'],
    ['a@b.cd@e.fg', '<E>@e.fg'],
    ['a@b.cd e@f.gh', '<E> <E>'],
    ["o'brien+tag@contoso.com;", '<E>;'],
  ])('replaces the whole address in %j', (input, expected) => {
    expect(replaceEmails(input, () => '<E>')).toBe(expected);
  });

  it('reports where the "@" is', () => {
    const found: number[][] = [];
    forEachEmail('to ben.okafor@contoso.com', (start, at, end) => found.push([start, at, end]));
    expect(found).toEqual([[3, 13, 25]]);
  });

  it('measures the local-part character before a position in UTF-16 units', () => {
    expect(localCharWidthBefore('a', 1)).toBe(1);
    expect(localCharWidthBefore('ü', 1)).toBe(1);
    expect(localCharWidthBefore('\u{1D49C}', 2)).toBe(2);
    expect(localCharWidthBefore(' ', 1)).toBe(0);
    expect(localCharWidthBefore('\uDC9C', 1)).toBe(0);
    expect(localCharWidthBefore('@', 1)).toBe(0);
  });
});

describe('names found from a pattern of their first characters', () => {
  function matcher(...names: string[]): (text: string) => string {
    const m = createNameMatcher<'host'>();
    for (const name of names) m.add(name, 'host');
    return (text) => m.replaceAll(text, () => '<N>');
  }

  it.each([
    ['DESKTOP-7H2K9QX', 'log desktop-7h2k9qx_setup.log', 'log <N>_setup.log'],
    ['DESKTOP-7H2K9QX', 'xDESKTOP-7H2K9QX', 'xDESKTOP-7H2K9QX'],
    ['DESKTOP-7H2K9QX', 'éDESKTOP-7H2K9QX', 'éDESKTOP-7H2K9QX'],
    ['DESKTOP-7H2K9QX', '<DESKTOP-7H2K9QX', '<DESKTOP-7H2K9QX'],
    ['DESKTOP-7H2K9QX', '-DESKTOP-7H2K9QX-old', '-<N>-old'],
    ['kiosk', 'on \u212Aiosk now', 'on <N> now'],
    ['Ölaf', 'by ölaf and ÖLAF', 'by <N> and <N>'],
    ['\u{1D49C}lice', 'by \u{1D49C}lice.', 'by <N>.'],
    ['jdoe', 'jdoe2 jdoe', 'jdoe2 <N>'],
  ])('finds %j in %j', (name, input, expected) => {
    expect(matcher(name)(input)).toBe(expected);
  });

  it('finds a name whose first character was added after a first search', () => {
    const m = createNameMatcher<'user'>();
    m.add('jdoe', 'user');
    expect(m.replaceAll('jdoe amy', () => '<N>')).toBe('<N> amy');
    m.add('amy', 'user');
    expect(m.replaceAll('jdoe amy', () => '<N>')).toBe('<N> <N>');
  });
});
