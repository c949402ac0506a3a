import { useText } from '../i18n/use-text.js';
import { useApp } from '../store.js';

/** Every failed call ends here, in main's own words, until the technician dismisses it. */
export function ErrorAlerts() {
  const { t } = useText();
  const errors = useApp((s) => s.errors);
  const dismissError = useApp((s) => s.dismissError);
  if (errors.length === 0) return null;
  return (
    <div className="alerts">
      {errors.map((e) => (
        <div key={e.id} role="alert" className="alert">
          <span className="alert-icon" aria-hidden="true">
            ⚠
          </span>
          <p className="alert-text">{e.message}</p>
          <button
            type="button"
            className="button small"
            aria-label={t('errors.dismissLabel')}
            onClick={() => dismissError(e.id)}
          >
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
