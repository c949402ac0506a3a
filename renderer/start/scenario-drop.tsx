import type { TFunction } from 'i18next';
import { useText } from '../i18n/use-text.js';
import { useState, type DragEvent } from 'react';
import { DIAGNOSTICS_MAX_BYTES, SCENARIO_MAX_BYTES } from '../../common/limits.js';
import { useApp } from '../store.js';

/**
 * Same ceiling as the contract's loadScenario request, checked before reading a huge file.
 * Shared by this area and the page-wide drop (./page-drop.ts).
 */
export function openDroppedFile(
  file: File,
  loadScenarioFile: (file: File) => Promise<void>,
  reportError: (message: string) => void,
  t: TFunction,
): void {
  // A recording, or an Intune diagnostics zip that main turns into one.
  const zip = /\.zip$/i.test(file.name);
  if (zip && file.size > DIAGNOSTICS_MAX_BYTES) {
    reportError(t('replay.zipTooLarge', { file: file.name }));
    return;
  }
  if (!zip && file.size > SCENARIO_MAX_BYTES) {
    reportError(t('replay.fileTooLarge', { file: file.name }));
    return;
  }
  void loadScenarioFile(file);
}

/** Replay a recording: the open dialog, or a *.scenario.json or Intune diagnostics zip dropped onto this area. */
export function ScenarioDrop() {
  const openScenarioDialog = useApp((s) => s.openScenarioDialog);
  const loadScenarioFile = useApp((s) => s.loadScenarioFile);
  const reportError = useApp((s) => s.reportError);
  const busy = useApp((s) => s.busy);
  const [over, setOver] = useState(false);
  const { t } = useText();

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) openDroppedFile(file, loadScenarioFile, reportError, t);
  }

  return (
    <section
      className={over ? 'panel drop-zone over' : 'panel drop-zone'}
      aria-labelledby="replay-heading"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="replay-heading" className="panel-title">
        {t('replay.title')}
      </h2>
      <p className="muted">{t('replay.explain')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void openScenarioDialog()}>
        {t('replay.open')}
      </button>
    </section>
  );
}
