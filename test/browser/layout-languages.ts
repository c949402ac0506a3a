/**
 * The UI languages the layout spec runs in, from one place: every language the app speaks
 * (common/i18n/languages.ts), chosen with the start screen's own switch. Buttons are found by the
 * catalog's words for the language on screen, so a walk reads as the technician's would.
 */
import { expect, type Page } from '@playwright/test';
import { catalogFor } from '../../common/i18n/catalogs.js';
import { LANGUAGES, type Language } from '../../common/i18n/languages.js';

export const UI_LANGUAGES: readonly Language[] = LANGUAGES;

/**
 * The language whose every screen (start, each stage, report screen, exported HTML report) is
 * measured; the others are measured where the words change the layout most (checklist, report).
 * German: the longest words of the four (compounds such as "Verbindungsherstellung"), so a box
 * that holds German holds the others. This replaces the pseudo-locale that doubled English words
 * before the German catalog existed: real German is the stress now, with its real hyphenation.
 */
export const FULL_WALK_LANGUAGE: Language = 'de';

/**
 * Chooses `code` with the start screen's own switch (found by its place, not its words, which
 * change with the language) and waits until the page says it is in that language.
 */
export async function useLanguage(page: Page, code: Language): Promise<void> {
  await page.locator('.language-switch select').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** The words of `language` for a catalog key (the key itself if the catalog lacks it). */
export function uiText(language: Language): (key: string) => string {
  const catalog = catalogFor(language);
  return (key) => catalog[key] ?? key;
}
