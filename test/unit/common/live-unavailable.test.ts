import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../common/i18n/catalogs.js';
import { LANGUAGES } from '../../../common/i18n/languages.js';
import {
  LIVE_UNAVAILABLE_REASON_IDS,
  liveUnavailableKey,
  REFUSED_REASON,
  RESTRICTED_REASON,
} from '../../../common/live-unavailable.js';

describe('why live checks are unavailable, said by id', () => {
  it('has a sentence for every id in every language', () => {
    for (const language of LANGUAGES) {
      const missing = LIVE_UNAVAILABLE_REASON_IDS.filter(
        (id) => !catalogFor(language)[liveUnavailableKey(id)],
      );
      expect(missing, language).toEqual([]);
    }
  });

  it('says in English exactly what main’s English reason says for the two policies', () => {
    const en = catalogFor('en');
    expect(en[liveUnavailableKey('restricted')]).toBe(RESTRICTED_REASON);
    expect(en[liveUnavailableKey('refused')]).toBe(REFUSED_REASON);
  });
});
