import { useState } from 'react';
import type { SessionSummary } from '../../common/ipc/contract.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { countWords } from '../steps/counts.js';
import { VERDICT_SYMBOL, VERDICT_WORD } from '../../common/engine/verdict-text.js';
import { useApp } from '../store.js';

function countsText(counts: SessionSummary['counts']): string {
  const parts = countWords(counts);
  return parts.length > 0 ? parts.join(' · ') : 'no results';
}

/** Past validations on this machine: open one read-only, or delete it after a yes. */
export function HistoryList() {
  const history = useApp((s) => s.history);
  const openSession = useApp((s) => s.openSession);
  const deleteSession = useApp((s) => s.deleteSession);
  const [deleting, setDeleting] = useState<SessionSummary | null>(null);

  return (
    <section className="panel history" aria-labelledby="history-heading">
      <h2 id="history-heading" className="panel-title">
        Past validations
      </h2>
      {history.length === 0 ? (
        <p className="muted">No past validations on this computer.</p>
      ) : (
        <ul className="history-list">
          {history.map((h) => (
            <li key={h.id} className="history-item">
              <div className="history-text">
                <span className="history-title">{h.title}</span>
                {h.verdict ? (
                  <span className={`history-verdict verdict-${h.verdict}`}>
                    <span aria-hidden="true">{VERDICT_SYMBOL[h.verdict]} </span>
                    {VERDICT_WORD[h.verdict]}
                  </span>
                ) : null}
                <span className="muted">
                  {h.mode === 'replay' ? 'Replay' : 'Live'}
                  {h.computerName ? ` · ${h.computerName}` : ''} · {new Date(h.updatedAt).toLocaleString()}
                </span>
                <span className="history-counts">{countsText(h.counts)}</span>
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Open ${h.title} (read-only)`}
                  onClick={() => void openSession(h.id)}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Delete ${h.title}`}
                  onClick={() => setDeleting(h)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title="Delete this validation?"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void deleteSession(id);
          }}
        >
          <p>
            &quot;{deleting.title}&quot; and its evidence are removed from this computer. Reports you exported
            are not affected. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
