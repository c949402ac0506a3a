import { useState } from 'react';
import type { StepState } from '../../common/ipc/contract.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { useApp } from '../store.js';

/** After wusa: restart when Windows asks for it, or fall back to Windows Update. */
export function UpdateControls({ state }: { state: StepState }) {
  const snapshot = useApp((s) => s.snapshot);
  const reboot = useApp((s) => s.reboot);
  const openWindowsUpdate = useApp((s) => s.openWindowsUpdate);
  const [asking, setAsking] = useState(false);
  if (!snapshot) return null;
  const live = snapshot.mode === 'live';
  const result = state.result;
  const needsRestart = result?.status === 'pass' && result.details['rebootRequired'] === true;

  return (
    <div className="update-controls">
      {needsRestart ? (
        <div className="callout">
          <p>
            <strong>Windows needs a restart to finish installing the update.</strong>{' '}
            {live
              ? 'After the restart, this app opens again and continues this validation where you left it.'
              : 'The recording says a restart was required; a replay never restarts this computer.'}
          </p>
          {live ? (
            <button
              type="button"
              className="button danger"
              disabled={snapshot.readOnly}
              onClick={() => setAsking(true)}
            >
              Restart now
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="hint">
        No .msu file? Windows Update can install the cumulative update instead; restart after it finishes.
      </p>
      <button
        type="button"
        className="button"
        disabled={!live || snapshot.readOnly}
        onClick={() => void openWindowsUpdate()}
      >
        Open Windows Update
      </button>
      {asking ? (
        <ConfirmDialog
          title="Restart this computer now?"
          confirmLabel="Yes, restart now"
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void reboot();
          }}
        >
          <p>
            Windows restarts immediately (shutdown /r /t 0). Anything unsaved in other apps is lost. This
            validation is saved and reopens after the restart.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
