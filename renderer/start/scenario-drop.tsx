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
): void {
  // A recording, or an Intune diagnostics zip that main turns into one.
  const zip = /\.zip$/i.test(file.name);
  if (zip && file.size > DIAGNOSTICS_MAX_BYTES) {
    reportError(
      `${file.name} is larger than 100 MB: import it with hvv import --intune-diagnostics, then open the recording.`,
    );
    return;
  }
  if (!zip && file.size > SCENARIO_MAX_BYTES) {
    reportError(`${file.name} is larger than 50 MB; a scenario file is much smaller. Is it the right file?`);
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

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) openDroppedFile(file, loadScenarioFile, reportError);
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
        Replay a recording
      </h2>
      <p className="muted">
        Walk through a validation recorded on another device, exactly as the technician saw it. Drop a{' '}
        <code>.scenario.json</code> file here, or the zip of Intune&apos;s &ldquo;Collect diagnostics&rdquo;
        for a remote device, or
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void openScenarioDialog()}>
        Open recorded scenario…
      </button>
    </section>
  );
}
