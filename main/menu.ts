/**
 * A small application menu: File → Open recording (replay mode), standard editing keys for the
 * input fields, and zoom so the checklist stays readable at 200 %.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openRecording(): void;
  quit(): void;
}

export function buildMenuTemplate(
  actions: MenuActions,
  options: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.devTools) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    {
      label: '&File',
      submenu: [
        { label: '&Open recording…', accelerator: 'CmdOrCtrl+O', click: () => actions.openRecording() },
        { type: 'separator' },
        { label: 'E&xit', click: () => actions.quit() },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
  ];
}
