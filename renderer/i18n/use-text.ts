/**
 * What a component needs to speak the technician's language: `t` for the screens' own words
 * (catalogs/<lang>/ui.ts) and `tr` for the pure layer's (step texts, verdict words). Both re-render
 * the component when the language changes.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Translate } from '../../common/i18n/translate.js';
import { translator } from './i18n.js';

export interface Text {
  t: TFunction;
  tr: Translate;
  language: string;
}

export function useText(): Text {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new Translate per language, on purpose
  const tr = useMemo(() => translator(i18n), [i18n, language]);
  return { t, tr, language };
}

/** Dates and times in the technician's locale (Intl), whatever the OS locale of the test runner. */
export function formatWhen(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
