/**
 * The hand-over block the printed report ends page one with: typed here, kept in the session
 * (so it survives a restart and is redacted with the rest on export), printed on the report.
 */
import { useId, useState, type FormEvent } from 'react';
import type { SessionSnapshot, SignOff } from '../../common/ipc/contract.js';
import { useText } from '../i18n/use-text.js';
import { useApp } from '../store.js';

function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function SignOffForm({ snapshot }: { snapshot: SessionSnapshot }) {
  const { t } = useText();
  const saveSignOff = useApp((s) => s.saveSignOff);
  const id = useId();
  const saved = snapshot.signOff;
  const [draft, setDraft] = useState<SignOff>(
    () => saved ?? { technician: '', reference: '', notes: '', date: today() },
  );
  // A flag, not the words: a language switch after saving redraws the status in the new language.
  const [justSaved, setJustSaved] = useState(false);
  const readOnly = snapshot.readOnly;
  const change =
    (key: keyof SignOff) =>
    (event: { target: { value: string } }): void => {
      setDraft({ ...draft, [key]: event.target.value });
      setJustSaved(false);
    };

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await saveSignOff(draft)) setJustSaved(true);
  }

  return (
    <section className="panel sign-off" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('signOff.title')}
      </h2>
      <form className="sign-off-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-technician`}>{t('signOff.technician')}</label>
        <input
          className="input"
          id={`${id}-technician`}
          value={draft.technician}
          maxLength={200}
          readOnly={readOnly}
          onChange={change('technician')}
        />
        <label htmlFor={`${id}-reference`}>{t('signOff.reference')}</label>
        <input
          className="input"
          id={`${id}-reference`}
          value={draft.reference}
          maxLength={200}
          readOnly={readOnly}
          onChange={change('reference')}
        />
        <label htmlFor={`${id}-date`}>{t('signOff.date')}</label>
        <input
          className="input"
          id={`${id}-date`}
          type="date"
          value={draft.date}
          readOnly={readOnly}
          onChange={change('date')}
        />
        <label htmlFor={`${id}-notes`}>{t('signOff.notes')}</label>
        <textarea
          className="input"
          id={`${id}-notes`}
          value={draft.notes}
          maxLength={4000}
          rows={3}
          readOnly={readOnly}
          onChange={change('notes')}
        />
        {readOnly ? null : (
          <div className="sign-off-actions">
            <button type="submit" className="button">
              {t('signOff.save')}
            </button>
            <p role="status" className="muted">
              {justSaved ? t('signOff.saved') : ''}
            </p>
          </div>
        )}
      </form>
    </section>
  );
}
