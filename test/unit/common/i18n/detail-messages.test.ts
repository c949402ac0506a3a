/**
 * English the engine keeps in details (a VPN client's pre-logon evidence, a certificate's problems,
 * a profile setting that drifted, why an events probe gave nothing) is said by id beside it
 * (`detailMessages`): replayed in fr/de/ja, what the report and the app show of each said detail
 * keeps no English word, while English readers and JSON see the details exactly as stored.
 */
import { describe, expect, it } from 'vitest';
import type { StepResult } from '../../../../common/model.js';
import { localizeDetails } from '../../../../common/i18n/step-text.js';
import { localizeSaidDetails } from '../../../../common/i18n/detail-text.js';
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

/** Every text a said path holds, as shown. */
function saidTexts(result: StepResult, details: Record<string, unknown>): string[] {
  return Object.keys(result.detailMessages ?? {}).flatMap((path) => {
    const value = path
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], details);
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  });
}

describe('details said by id', () => {
  it.each(['fr', 'de', 'ja'] as const satisfies readonly TranslatedLanguage[])(
    'keep no English in %s',
    async (language) => {
      const tr = translatorFor(language);
      const english = englishOnlyWords(language);
      const found = new Map<string, Leftover>();
      const saidSteps = new Set<string>();
      for (const file of files) {
        const { results, data } = await replay(file);
        for (const result of results.filter((r) => r.detailMessages)) {
          saidSteps.add(result.id);
          const shown = saidTexts(result, localizeDetails(result, tr)).map((text) => ({
            path: result.id,
            kind: 'detail',
            text,
          }));
          collectLeftovers(found, file, shown, english, data);
        }
      }
      expect([...found.values()].map(describeLeftover)).toEqual([]);
      // The recordings reach each kind of said detail, so this test reads something.
      expect([...saidSteps].sort()).toEqual([
        'profile-drift',
        'vpn-certificate',
        'vpn-client-prelogon',
        'vpn-kind',
      ]);
    },
    120_000,
  );

  it('leaves the details as stored in English', async () => {
    for (const file of files) {
      const { results } = await replay(file);
      for (const result of results)
        expect(localizeDetails(result, translatorFor('en'))).toEqual(result.details);
    }
  });

  it('shows a recording whose details no longer have the said shape as recorded', () => {
    const details = { client: 'Some client', differences: [] };
    const said = localizeSaidDetails(
      {
        details,
        detailMessages: {
          'client.prelogonEvidence': { id: 'x', params: {} },
          'differences.0.setting': { id: 'x', params: {} },
        },
      },
      () => 'said',
    );
    expect(said).toEqual(details);
  });
});
