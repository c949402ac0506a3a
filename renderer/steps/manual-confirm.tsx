import { useId, useState } from 'react';
import type { StepInfo } from '../../common/ipc/contract.js';
import { useApp } from '../store.js';

/** What only a person can see (the VPN icon on the logon screen): the technician says pass or fail. */
export function ManualConfirm({ info }: { info: StepInfo }) {
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
          You marked this step as <strong>{existing.result === 'pass' ? 'passed' : 'failed'}</strong>
          {existing.confirmedAt ? ` at ${new Date(existing.confirmedAt).toLocaleString()}` : ''}
          {existing.note ? `, noting: "${existing.note}"` : '.'}
        </p>
      ) : null}
      <label htmlFor={noteId} className="field-label">
        Note (optional)
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
          <span aria-hidden="true">✓ </span>Mark as passed
        </button>
        <button
          type="button"
          className="button fail"
          disabled={disabled}
          onClick={() => void confirm(info.id, 'fail', note)}
        >
          <span aria-hidden="true">✕ </span>Mark as failed
        </button>
      </div>
    </div>
  );
}
