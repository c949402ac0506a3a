/**
 * Every sentence the engine writes in its steps and rules is declared in a catalog (a step's
 * `messages` or `remediation`, the engine's words), so a fix line built for one verdict, even one
 * no recorded scenario reaches, is read in the technician's language (issue 19). A sentence written
 * straight into a verdict would be found by nobody and stay English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyOfDeclaredEnglish } from '../../../../common/i18n/source-catalog.js';
import { REPO_ROOT } from '../../../paths.js';

const ENGINE = join(REPO_ROOT, 'common', 'engine');
const FOLDERS = ['steps', 'rules'];

/** One quoted literal alone on its line (how prettier writes a long sentence in an array). */
const LITERAL_LINE = /^\s*(?:\w+:\s*)?(?:'((?:[^'\\]|\\.)*)'|`([^`$]*)`),?$/;

/** A whole sentence: starts with a capital, has several words, ends with a full stop. */
const isSentence = (text: string): boolean =>
  /^[A-Z]/.test(text) && /\s\S+\s\S+\s/.test(text) && text.endsWith('.');

const unescape = (text: string): string => text.replace(/\\(.)/g, '$1');

function sentencesIn(file: string): { where: string; text: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const match = LITERAL_LINE.exec(line);
      const text = unescape(match?.[1] ?? match?.[2] ?? '');
      return isSentence(text) ? [{ where: `${file.slice(ENGINE.length + 1)}:${i + 1}`, text }] : [];
    });
}

describe('engine sentences', () => {
  it.each(FOLDERS)('written in %s are all declared in a catalog', (folder) => {
    const files = readdirSync(join(ENGINE, folder)).filter((f) => f.endsWith('.ts'));
    const undeclared = files
      .flatMap((f) => sentencesIn(join(ENGINE, folder, f)))
      .filter(({ text }) => keyOfDeclaredEnglish(text) === undefined)
      .map(({ where, text }) => `${where}: ${text}`);
    expect(undeclared).toEqual([]);
  });

  it('finds a sentence written straight into a verdict', () => {
    const line = "          'Type the domain in the start screen, then run this step again.',";
    const match = LITERAL_LINE.exec(line);
    expect(isSentence(unescape(match?.[1] ?? ''))).toBe(true);
    expect(
      keyOfDeclaredEnglish('Type the domain in the start screen, then run this step again.'),
    ).toBeUndefined();
  });
});
