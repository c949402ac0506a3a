import { formatWhen, useText } from '../i18n/use-text.js';
import { useState } from 'react';
import type { SessionSummary } from '../../common/ipc/contract.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { countWords } from '../steps/counts.js';
import { VERDICT_SYMBOL, verdictWord } from '../../common/engine/verdict-text.js';
import { useApp } from '../store.js';

function countsText(counts: SessionSummary['counts'], noResults: string): string {
  const parts = countWords(counts);
  return parts.length > 0 ? parts.join(' · ') : noResults;
}

/** Past validations on this machine: open one read-only, or delete it after a yes. */
export function HistoryList() {
  const history = useApp((s) => s.history);
  const openSession = useApp((s) => s.openSession);
  const deleteSession = useApp((s) => s.deleteSession);
  const [deleting, setDeleting] = useState<SessionSummary | null>(null);
  const { t, tr, language } = useText();

  return (
    <section className="panel history" aria-labelledby="history-heading">
      <h2 id="history-heading" className="panel-title">
        {t('history.title')}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ul className="history-list">
          {history.map((h) => (
            <li key={h.id} className="history-item">
              <div className="history-text">
                <span className="history-title">{h.title}</span>
                {h.verdict ? (
                  <span className={`history-verdict verdict-${h.verdict}`}>
                    <span aria-hidden="true">{VERDICT_SYMBOL[h.verdict]} </span>
                    {verdictWord(h.verdict, tr)}
                  </span>
                ) : null}
                <span className="muted">
                  {h.mode === 'replay' ? t('history.replay') : t('history.live')}
                  {h.computerName ? ` · ${h.computerName}` : ''} · {formatWhen(h.updatedAt, language)}
                </span>
                <span className="history-counts">{countsText(h.counts, t('count.noResults'))}</span>
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button small"
                  aria-label={t('history.openLabel', { title: h.title })}
                  onClick={() => void openSession(h.id)}
                >
                  {t('history.open')}
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={t('history.deleteLabel', { title: h.title })}
                  onClick={() => setDeleting(h)}
                >
                  {t('history.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('history.deleteTitle')}
          confirmLabel={t('history.delete')}
          cancelLabel={t('history.keep')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void deleteSession(id);
          }}
        >
          <p>{t('history.deleteBody', { title: deleting.title })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
