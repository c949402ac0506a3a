/** The start screen's language choice: follows Windows until chosen, then remembered by main. */
import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, LanguageSchema } from '../../common/i18n/languages.js';
import { useText } from '../i18n/use-text.js';
import { useApp } from '../store.js';

export function LanguageSwitch() {
  const { t, language } = useText();
  const chooseLanguage = useApp((s) => s.chooseLanguage);
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="field-label">
        {t('language.label')}
        {/* The word a reader of any language recognises, when the screen is in one they do not read. */}
        {language !== 'en' ? <span lang="en"> (Language)</span> : null}
      </label>
      <select
        id={id}
        className="input"
        value={language}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const chosen = LanguageSchema.safeParse(e.target.value);
          if (chosen.success) void chooseLanguage(chosen.data);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t('language.hint')}
      </p>
    </div>
  );
}
