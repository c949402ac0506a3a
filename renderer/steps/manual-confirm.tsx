import { useId, useState } from 'react';
import type { StepInfo } from '../../common/ipc/contract.js';
import { formatWhen, useText } from '../i18n/use-text.js';
import { richText } from '../i18n/rich-text.js';
import { useApp } from '../store.js';

/** What only a person can see (the VPN icon on the logon screen): the technician says pass or fail. */
export function ManualConfirm({ info }: { info: StepInfo }) {
  const { t, language } = useText();
  const snapshot = useApp((s) => s.snapshot);
  const confirm = useApp((s) => s.confirm);
  const noteId = useId();
  const existing = snapshot?.confirmations[info.id];
  const [note, setNote] = useState(existing?.note ?? '');
  if (!snapshot) return null;
  const disabled = snapshot.readOnly;

  return (
    <div className="manual">
      {existing ? (
        <p className="confirmed">
          {richText(t, 'manual.youMarked', {
            result: <strong>{t(existing.result === 'pass' ? 'manual.passed' : 'manual.failed')}</strong>,
          })}
          {existing.confirmedAt ? t('manual.at', { when: formatWhen(existing.confirmedAt, language) }) : ''}
          {existing.note ? t('manual.noting', { note: existing.note }) : t('manualConfirm.fullStop')}
        </p>
      ) : null}
      <label htmlFor={noteId} className="field-label">
        {t('manual.note')}
      </label>
      <textarea
        id={noteId}
        className="note"
        rows={2}
        maxLength={4000}
        value={note}
        disabled={disabled}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          className="button pass"
          disabled={disabled}
          onClick={() => void confirm(info.id, 'pass', note)}
        >
          <span aria-hidden="true">✓ </span>
          {t('manual.markPassed')}
        </button>
        <button
          type="button"
          className="button fail"
          disabled={disabled}
          onClick={() => void confirm(info.id, 'fail', note)}
        >
          <span aria-hidden="true">✕ </span>
          {t('manual.markFailed')}
        </button>
      </div>
    </div>
  );
}
