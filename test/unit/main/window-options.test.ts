import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../main/window.js';

const PRELOAD = '/app/dist/preload/index.cjs';

describe('the app window security baseline', () => {
  const prefs = createWindowOptions(PRELOAD).webPreferences ?? {};

  it('isolates the page from the preload (contextIsolation)', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('runs the page in the Chromium sandbox', () => {
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page no Node.js, not even in workers or frames', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('does not allow <webview> tags', () => {
    expect(prefs.webviewTag).toBe(false);
  });

  it('turns on no experimental or extra Blink features and disables middle-click windows', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
  });

  it('has no remote module switch and no option outside the reviewed list', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('loads the bundled preload it is given', () => {
    expect(prefs.preload).toBe(PRELOAD);
  });

  it('does not let a dropped scenario file replace the page', () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('hides DevTools unless asked for (packaged builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(createWindowOptions(PRELOAD, { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until the first paint so the technician never sees a blank window', () => {
    expect(createWindowOptions(PRELOAD).show).toBe(false);
  });
});
