/**
 * Every language's catalog as plain data, for the i18next instances renderer and main create
 * (renderer/i18n/i18n.ts, main/i18n/i18n.ts). English = what code declares (./source-catalog.ts)
 * + the screens' words (./catalogs/en/ui.ts); the others translate exactly those keys.
 */
import type { Language } from './languages.js';
import { sourceCatalog, type Catalog } from './source-catalog.js';
import { enUi } from './catalogs/en/ui.js';
import { frUi } from './catalogs/fr/ui.js';
import { frDeclared } from './catalogs/fr/declared.js';
import { deUi } from './catalogs/de/ui.js';
import { deDeclared } from './catalogs/de/declared.js';
import { jaUi } from './catalogs/ja/ui.js';
import { jaDeclared } from './catalogs/ja/declared.js';

export type { Catalog };

/** The English screens' words only (the rest of English lives beside the code that uses it). */
export const ENGLISH_UI: Catalog = enUi;

/** What each language translates itself, kept apart so the completeness test can name the file. */
export const TRANSLATIONS: Record<Exclude<Language, 'en'>, { ui: Catalog; declared: Catalog }> = {
  fr: { ui: frUi, declared: frDeclared },
  de: { ui: deUi, declared: deDeclared },
  ja: { ui: jaUi, declared: jaDeclared },
};

export function catalogFor(language: Language): Catalog {
  if (language === 'en') return { ...sourceCatalog(), ...enUi };
  const { ui, declared } = TRANSLATIONS[language];
  return { ...declared, ...ui };
}
