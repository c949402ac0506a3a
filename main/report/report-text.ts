/**
 * The HTML/PDF report's words in the language chosen at export (issue 19): its own labels
 * (catalogs/<lang>/screens.ts, `htmlReport.*`), the steps' declared texts and results through the
 * same lookups as the renderer (common/i18n/step-text.ts), and dates in that locale.
 */
import type { Language } from '../../common/i18n/languages.js';
import type { MessageParams, Translate } from '../../common/i18n/translate.js';
import { stepKey } from '../../common/i18n/source-catalog.js';
import { localizeResult } from '../../common/i18n/step-text.js';
import type { StepResult } from '../../common/model.js';
import { ENGLISH_UI } from '../../common/i18n/catalogs.js';
import { translatorFor, uiText } from '../i18n/i18n.js';

export interface ReportText {
  language: Language;
  /** A report word by key (`htmlReport.*`). */
  say(key: string, params?: MessageParams): string;
  /** The pure layer's words (verdict, step texts). */
  tr: Translate;
  stepTitle(id: string, english: string): string;
  result(result: StepResult): Pick<StepResult, 'summary' | 'remediation'>;
  /** A date and time in the report's locale, in UTC and saying so; `—` when absent. */
  when(iso: string | null | undefined): string;
  /** A detail label, value or timeline word by its full key (catalogs/<lang>/report-details.ts). */
  word(key: string, params?: MessageParams): string;
  /** The same, or null when no catalog has the key (a detail field this build does not know). */
  wordIfKnown(key: string, params?: MessageParams): string | null;
  /** A duration as a technician reads a stopwatch: tenths under 10 s, whole seconds above. */
  seconds(durationMs: number): string;
}

export function reportText(language: Language = 'en'): ReportText {
  const tr = translatorFor(language);
  const dates = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  const word = (key: string, params?: MessageParams): string => uiText(language, key, params);
  return {
    language,
    word,
    // English has every key the others may have (catalogs.test.ts), so it alone says what is known.
    wordIfKnown: (key, params) => (key in ENGLISH_UI ? word(key, params) : null),
    seconds(durationMs) {
      const s = durationMs / 1000;
      return s < 10
        ? word('reportValue.seconds.tenths', { seconds: s })
        : word('reportValue.seconds.whole', { seconds: s });
    },
    say: (key, params) => uiText(language, `htmlReport.${key}`, params),
    tr,
    stepTitle: (id, english) => tr(stepKey(id, 'title'), english),
    result: (result) => localizeResult(result, tr),
    when(iso) {
      if (!iso) return '—';
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      // English keeps the report's sortable form that labs already parse.
      return language === 'en'
        ? `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
        : dates.format(date);
    },
  };
}
