/**
 * The languages the technician can read the app and its reports in. English is the source:
 * every other catalog is checked against it (test/unit/common/i18n/catalogs.test.ts).
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'fr', 'de', 'ja'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;
export const SOURCE_LANGUAGE: Language = 'en';

/** Each language in its own words, so a technician finds theirs whatever is on screen. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
};

/**
 * The first supported language among the system's preferred ones (BCP 47 tags such as `fr-CA`,
 * `de-DE`, `ja`), in their order; English when none is supported.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return SOURCE_LANGUAGE;
}
