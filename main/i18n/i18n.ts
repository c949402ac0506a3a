/**
 * Main's words for reports and the CLI: one i18next instance per language, created on first use
 * from the same catalogs as the renderer (common/i18n), with ICU plurals and numbers.
 */
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { catalogFor } from '../../common/i18n/catalogs.js';
import { LANGUAGES, type Language } from '../../common/i18n/languages.js';
import { fillPlaceholders, type MessageParams, type Translate } from '../../common/i18n/translate.js';

const instances = new Map<Language, I18n>();

function instanceFor(language: Language): I18n {
  let found = instances.get(language);
  if (!found) {
    found = i18next.createInstance();
    void found.use(ICU).init({
      initAsync: false,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: catalogFor(l) }])),
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
    instances.set(language, found);
  }
  return found;
}

/** The Translate the pure layer takes, in `language`. */
export function translatorFor(language: Language): Translate {
  const i18n = instanceFor(language);
  // In English the text in code is the source of truth (the catalog's English is derived from it).
  return (key, english, params) =>
    language !== 'en' && i18n.exists(key) ? i18n.t(key, { ...params }) : fillPlaceholders(english, params);
}

/** A screen or report word by key (catalogs/en/ui.ts has the English). */
export function uiText(language: Language, key: string, params?: MessageParams): string {
  return instanceFor(language).t(key, { ...params });
}
