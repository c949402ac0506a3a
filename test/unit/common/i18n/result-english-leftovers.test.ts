/**
 * Every recorded scenario replayed and each step's summary and remediation read in French, German
 * and Japanese as the app and the report show them (localizeResult): no English word may be left
 * inside, such as a fragment the engine built (a profile setting's "on/off", a certificate's "no
 * private key", an event's sentence) or a remediation line built for one verdict. English words
 * are found as on the screens (test/browser/english-leftovers.ts): words of the English catalog the
 * target catalog does not use, the recording's own data left out.
 */
import { describe, expect, it } from 'vitest';
import { localizeResult } from '../../../../common/i18n/step-text.js';
import type { TranslatedLanguage } from '../../../../common/i18n/catalogs.js';
import { translatorFor } from '../../../../main/i18n/i18n.js';
import {
  collectLeftovers,
  describeLeftover,
  englishOnlyWords,
  type Leftover,
} from '../../../browser/english-leftovers.js';
import { RECORDING_FILES, replayWithData } from './replay-recordings.js';

const replay = replayWithData;
const files = RECORDING_FILES;

const LANGUAGES: readonly TranslatedLanguage[] = ['fr', 'de', 'ja'];

/**
 * English still built in the engine, each by the text that gives it away, and why it is left:
 * remove a line when its English is said by id (the test then fails until it is).
 */
const NOT_YET_SAID_BY_ID: readonly [RegExp, string][] = [];

const notYet = (text: string): RegExp | undefined =>
  NOT_YET_SAID_BY_ID.map(([pattern]) => pattern).find((pattern) => pattern.test(text));

describe('summaries and remediation of recorded scenarios keep no English inside', () => {
  it.each(LANGUAGES)(
    'in %s',
    async (language) => {
      const tr = translatorFor(language);
      const english = englishOnlyWords(language);
      const found = new Map<string, Leftover>();
      for (const file of files) {
        const { results, data } = await replay(file);
        for (const result of results) {
          const shown = localizeResult(result, tr);
          collectLeftovers(
            found,
            file,
            [
              { path: result.id, kind: 'summary', text: shown.summary },
              ...shown.remediation.map((text, i) => ({ path: result.id, kind: `remediation ${i}`, text })),
            ],
            english,
            data,
          );
        }
      }
      const left = [...found.values()];
      expect(left.filter((l) => !notYet(l.text)).map(describeLeftover)).toEqual([]);
      // Each known leftover is still there: once said by id, its line above must go.
      const gone = NOT_YET_SAID_BY_ID.filter(([pattern]) => !left.some((l) => pattern.test(l.text))).map(
        ([, why]) => why,
      );
      expect(gone).toEqual([]);
    },
    120_000,
  );
});
