/**
 * Every language's catalog as plain data, for the i18next instances renderer and main create
 * (renderer/i18n/i18n.ts, main/i18n/i18n.ts). English = what code declares (./source-catalog.ts)
 * + the screens' and reports' words (./catalogs/en/*.ts); the others translate exactly those keys,
 * file by file (CATALOG_FILES), so the completeness test can name the file to fix.
 */
import type { Language } from './languages.js';
import { sourceCatalog, type Catalog } from './source-catalog.js';
import { enUi } from './catalogs/en/ui.js';
import { enScreens } from './catalogs/en/screens.js';
import { frUi } from './catalogs/fr/ui.js';
import { frSteps } from './catalogs/fr/steps.js';
import { frRasVerdict } from './catalogs/fr/ras-verdict.js';
import { frScreens } from './catalogs/fr/screens.js';
import { deUi } from './catalogs/de/ui.js';
import { deSteps } from './catalogs/de/steps.js';
import { deRasVerdict } from './catalogs/de/ras-verdict.js';
import { deScreens } from './catalogs/de/screens.js';
import { jaUi } from './catalogs/ja/ui.js';
import { jaSteps } from './catalogs/ja/steps.js';
import { jaRasVerdict } from './catalogs/ja/ras-verdict.js';
import { jaScreens } from './catalogs/ja/screens.js';

export type { Catalog };

export type TranslatedLanguage = Exclude<Language, 'en'>;

/** One catalog file per language: `common/i18n/catalogs/<lang>/<file>.ts`. */
export interface CatalogFile {
  file: string;
  /** The keys and English every translation of this file must have. */
  english: () => Catalog;
  translations: Record<TranslatedLanguage, Catalog>;
}

const declaredWhere = (keep: (key: string) => boolean) => (): Catalog =>
  Object.fromEntries(Object.entries(sourceCatalog()).filter(([key]) => keep(key)));

export const CATALOG_FILES: readonly CatalogFile[] = [
  { file: 'ui', english: () => enUi, translations: { fr: frUi, de: deUi, ja: jaUi } },
  {
    file: 'steps',
    english: declaredWhere((key) => key.startsWith('step.')),
    translations: { fr: frSteps, de: deSteps, ja: jaSteps },
  },
  {
    file: 'ras-verdict',
    english: declaredWhere((key) => !key.startsWith('step.')),
    translations: { fr: frRasVerdict, de: deRasVerdict, ja: jaRasVerdict },
  },
  // Words moved out of renderer and report code after the first catalogs were handed to translators.
  {
    file: 'screens',
    english: () => enScreens,
    translations: { fr: frScreens, de: deScreens, ja: jaScreens },
  },
];

/** The English screens' and reports' words (the rest of English lives beside the code that uses it). */
export const ENGLISH_UI: Catalog = { ...enUi, ...enScreens };

export function catalogFor(language: Language): Catalog {
  if (language === 'en') return { ...sourceCatalog(), ...ENGLISH_UI };
  return Object.assign({}, ...CATALOG_FILES.map((f) => f.translations[language])) as Catalog;
}
