/**
 * Where the device's event timeline starts (issue 16): the logon-screen and sign-in steps read the
 * VPN, join and sign-in events from this moment on. Empty means since Windows last started. The
 * picker shows local time; the engine gets ISO-8601 in UTC (`inputs.eventsSince`).
 */
import { useText } from '../i18n/use-text.js';
import { useId } from 'react';

/** "2026-11-24T07:45" (local, from the picker) → "2026-11-24T06:45:00.000Z"; empty or invalid → null. */
export function eventsSinceIso(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function EventsSinceField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  const { t } = useText();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('form.eventsSince')}
      </label>
      <input
        id={id}
        type="datetime-local"
        className="input"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('form.eventsSinceHint')}
      </p>
    </div>
  );
}
