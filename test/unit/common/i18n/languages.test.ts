import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../../common/i18n/languages.js';

describe("the technician's language", () => {
  it('follows the first supported Windows display language, region or not', () => {
    expect(pickLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLanguage(['nl-NL', 'de-DE'])).toBe('de');
    expect(pickLanguage(['ja'])).toBe('ja');
  });
  it('falls back to English when no preferred language is supported', () => {
    expect(pickLanguage(['nl-NL', 'pt-BR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
