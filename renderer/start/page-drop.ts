/**
 * A recording dropped anywhere on the page opens it. Without this, a drop that misses the
 * "Replay a recording" box makes the browser (or the Electron window) navigate to the raw JSON.
 */
import { useEffect } from 'react';
import { useApp } from '../store.js';
import { openDroppedFile } from './scenario-drop.js';
import { i18n } from '../i18n/i18n.js';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') === true;
}

export function usePageDrop(): void {
  const loadScenarioFile = useApp((s) => s.loadScenarioFile);
  const reportError = useApp((s) => s.reportError);
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      // The drop area handled it already (it prevents the default first).
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) openDroppedFile(file, loadScenarioFile, reportError, i18n.t);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [loadScenarioFile, reportError]);
}
