/**
 * The renderer's i18next instance (react-i18next hooks, ICU messages through i18next-icu) over the
 * catalogs in common/i18n. A key missing from a catalog falls back to English, then to the
 * English text the caller passed (a step added after the catalogs were written).
 */
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { catalogFor } from '../../common/i18n/catalogs.js';
import { LANGUAGES, pickLanguage, type Language } from '../../common/i18n/languages.js';
import { fillPlaceholders, type Translate } from '../../common/i18n/translate.js';

export const i18n: I18n = i18next.createInstance();

void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    initAsync: false,
    // Windows' display language until main says what the technician chose on this machine.
    lng: pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: catalogFor(l) }])),
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export function currentLanguage(): Language {
  return pickLanguage([i18n.language]);
}

/** A Translate for the pure layer's functions (verdict words, step texts) in the current language. */
export function translator(instance: I18n = i18n): Translate {
  // In English the text main sent is the source of truth (the catalog's English is derived from it).
  return (key, english, params) =>
    instance.language !== 'en' && instance.exists(key)
      ? instance.t(key, { ...params })
      : fillPlaceholders(english, params);
}
