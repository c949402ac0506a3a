import { useText } from '../i18n/use-text.js';
import { useState } from 'react';
import { actionConfirmText, type StepInfo, type StepState } from '../../common/ipc/contract.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { useApp } from '../store.js';
import { isActive } from './status.js';

/** An action changes the device, so it runs only from its own button and after a yes. */
export function ActionControls({ info, state }: { info: StepInfo; state: StepState }) {
  const snapshot = useApp((s) => s.snapshot);
  const runStep = useApp((s) => s.runStep);
  const [asking, setAsking] = useState(false);
  const { t } = useText();
  const copy = info.action;
  if (!snapshot || !copy) return null;
  const active = isActive(state);
  const replay = snapshot.mode === 'replay';
  // wusa needs a file; without one the button would only ever produce "skipped".
  const missingPackage = copy.requires !== undefined && !snapshot.inputs[copy.requires];

  return (
    <div className="step-actions">
      <button
        type="button"
        className="button primary"
        disabled={snapshot.readOnly || active || missingPackage}
        onClick={() => setAsking(true)}
      >
        {copy.button}
      </button>
      {missingPackage ? <p className="hint">{t('action.choosePackageFirst')}</p> : null}
      {replay ? <p className="hint">{t('action.replayHint')}</p> : null}
      {asking ? (
        <ConfirmDialog
          title={copy.dialogTitle}
          confirmLabel={copy.confirmLabel}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void runStep(info.id, true);
          }}
        >
          <p>{actionConfirmText(copy, snapshot.inputs)}</p>
          {replay ? <p>{t('action.replayDialog')}</p> : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
