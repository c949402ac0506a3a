/**
 * The app window's security baseline, kept as plain data and small installers so each item is
 * unit-tested without Electron: the renderer is an untrusted web page that talks to the device only
 * through the preload's named API.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAllowedExternalUrl, openExternalSafely } from './external-links.js';
import { APP_HOST, APP_SCHEME } from './protocol.js';

export interface WindowOptionsExtras {
  /** DevTools stay available in development; a packaged build hides them from the technician. */
  devTools?: boolean;
}

export function createWindowOptions(
  preloadPath: string,
  extras: WindowOptionsExtras = {},
): BrowserWindowConstructorOptions {
  return {
    title: 'Hybrid VPN Validator',
    // Fits a 13" laptop at 100 % scaling with the taskbar visible.
    width: 1280,
    height: 720,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links in a new window outside the window.open guard.
      disableBlinkFeatures: 'Auxclick',
      // A dropped scenario file is read by the page; it must never replace the page.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: extras.devTools ?? false,
    },
  };
}

/** True for the app's own pages (app://hvv/...), the one place the window may show. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents the guards touch, so tests can hand in a small fake. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type OpenExternal = (url: string) => Promise<void>;

function routeOutside(openExternal: OpenExternal, url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  // A refused or failed launch must not crash main; the page already stayed where it was.
  openExternalSafely(openExternal, url).catch(() => undefined);
}

/**
 * Keeps the window on the app's own page: navigation elsewhere and every window.open are denied;
 * allow-listed Microsoft links open in the system browser instead.
 */
export function installNavigationGuards(contents: GuardableContents, openExternal: OpenExternal): void {
  const guard = (event: PreventableEvent, url: string): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    routeOutside(openExternal, url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    routeOutside(openExternal, url);
    return { action: 'deny' };
  });
}

/** The parts of Electron's Session the permission guard touches. */
export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Camera, microphone, notifications, geolocation…: the checklist needs none of them. */
export function installPermissionGuards(session: GuardableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
