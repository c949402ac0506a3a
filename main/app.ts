/**
 * Electron entry: one instance, one sandboxed window on app://hvv/, the services composed behind
 * the IPC contract. Everything Electron-specific that services need is handed over as ShellEnv.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type FileFilter,
} from 'electron';
import type { ApiHandlers } from '../common/ipc/contract.js';
import { composeServices } from './compose.js';
import { openExternalSafely } from './external-links.js';
import { createEmitter, isAppFrame, registerIpc } from './ipc.js';
import { headlessArgs } from './headless-args.js';
import { buildMenuTemplate } from './menu.js';
import { printToPdf } from './print-pdf.js';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './protocol.js';
import type { ShellEnv } from './shell-env.js';
import { createWindowOptions, installNavigationGuards, installPermissionGuards } from './window.js';
import { decideStartup, describeStartup, readProcessFacts } from './startup-policy.js';

let mainWindow: BrowserWindow | null = null;
const emitter = createEmitter(
  () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
  { sessionDeltas: true },
);

// Every URL passes the allow-list in external-links.ts first (test/unit/main/external-links.test.ts).
const openExternal = (url: string): Promise<void> =>
  openExternalSafely((target) => shell.openExternal(target), url); // eng-disable OPEN_EXTERNAL_JS_CHECK

function appPath(...segments: string[]): string {
  return path.join(app.getAppPath(), ...segments);
}

async function pickFile(title: string, filters: FileFilter[]): Promise<string | null> {
  const options = { title, filters, properties: ['openFile' as const] };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function pickFolder(title: string): Promise<string | null> {
  const options = { title, properties: ['openDirectory' as const] };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function pickSaveTarget(
  title: string,
  defaultName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = { title, filters, defaultPath: path.join(app.getPath('documents'), defaultName) };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function createShellEnv(): ShellEnv {
  return {
    userDataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    platform: process.platform,
    emit: emitter.emit,
    openExternal,
    showOpenDialog: pickFile,
    showOpenFolderDialog: pickFolder,
    showSaveDialog: pickSaveTarget,
    printToPdf,
    secrets: {
      isAvailable: () => safeStorage.isEncryptionAvailable(),
      encrypt: (plain) => safeStorage.encryptString(plain),
      decrypt: (sealed) => safeStorage.decryptString(sealed),
    },
  };
}

function createMainWindow(): BrowserWindow {
  const options = createWindowOptions(appPath('dist', 'preload', 'index.cjs'), { devTools: !app.isPackaged });
  // The tool cannot follow options built by a function; each is asserted in window-options.test.ts.
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  const contents = window.webContents;
  contents.on('did-start-loading', () => emitter.markNotReady());
  contents.on('did-finish-load', () => emitter.markReady());
  contents.on('render-process-gone', () => emitter.markNotReady());
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function installMenu(handlers: ApiHandlers): void {
  const template = buildMenuTemplate(
    {
      openRecording: () => {
        handlers
          .openScenarioDialog(undefined)
          .then((snapshot) => {
            if (snapshot) emitter.emit('sessionChanged', snapshot);
          })
          .catch((error: unknown) => {
            dialog.showErrorBox(
              'Could not open the recording',
              error instanceof Error ? error.message : String(error),
            );
          });
      },
      quit: () => app.quit(),
    },
    { devTools: !app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  installPermissionGuards(session.defaultSession);
  // Downloads are never wanted: exports are written by main after a save dialog.
  session.defaultSession.on('will-download', (event) => event.preventDefault());
  handleAppProtocol(protocol, appPath('dist', 'renderer'));

  const { handlers, dispose } = await composeServices(createShellEnv());
  const unregister = registerIpc(ipcMain, handlers, isAppFrame);
  installMenu(handlers);
  mainWindow = createMainWindow();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow();
  });

  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    // Let running probes and session writes finish before the process goes.
    event.preventDefault();
    disposed = true;
    unregister();
    dispose()
      .catch(() => undefined)
      .finally(() => app.quit());
  });
}

function main(): void {
  // `"Hybrid VPN Validator.exe" run --json` and the other hvv commands run without a window (the
  // RunAsNode fuse stays off, so this is how the exe offers the headless command).
  const headless = headlessArgs(process.argv, process.defaultApp === true);
  if (headless) {
    void import('./headless.js').then(({ runHeadless }) => runHeadless(headless));
    return;
  }
  // A second copy would fight the first over the session files and PowerShell pool.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Elevated, SYSTEM, OOBE or a network path: see startup-policy.ts for why and why it is safe here.
  const startup = decideStartup(readProcessFacts());
  for (const line of describeStartup(startup)) console.warn(line);
  // Reviewed: the one switch is no-sandbox, only in the cases startup-policy.ts lists, and the
  // renderer keeps contextIsolation, no Node and app:// only (test/unit/main/startup-policy.test.ts).
  if (startup.disableChromiumSandbox)
    app.commandLine.appendSwitch('no-sandbox'); // eng-disable CUSTOM_ARGUMENTS_JS_CHECK
  else app.enableSandbox();
  if (startup.disableHardwareAcceleration) app.disableHardwareAcceleration();
  if (startup.dataDir) app.setPath('userData', startup.dataDir);
  registerAppScheme(protocol);
  // Every web contents, including the hidden PDF window, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Hybrid VPN Validator could not start', message);
    app.exit(1);
  });
}

main();
