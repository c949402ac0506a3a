import { useText } from '../i18n/use-text.js';
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
  const { t } = useText();
  if (!snapshot) return null;
  const live = snapshot.mode === 'live';
  const result = state.result;
  const needsRestart = result?.status === 'pass' && result.details['rebootRequired'] === true;

  return (
    <div className="update-controls">
      {needsRestart ? (
        <div className="callout">
          <p>
            <strong>{t('update.restartNeeded')}</strong>{' '}
            {live ? t('update.restartLive') : t('update.restartReplay')}
          </p>
          {live ? (
            <button
              type="button"
              className="button danger"
              disabled={snapshot.readOnly}
              onClick={() => setAsking(true)}
            >
              {t('update.restartNow')}
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="hint">{t('update.noMsu')}</p>
      <button
        type="button"
        className="button"
        disabled={!live || snapshot.readOnly}
        onClick={() => void openWindowsUpdate()}
      >
        {t('update.openWindowsUpdate')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('update.restartTitle')}
          confirmLabel={t('update.restartConfirm')}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void reboot();
          }}
        >
          <p>{t('update.restartBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
