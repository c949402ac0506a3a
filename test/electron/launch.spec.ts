/**
 * Runs the real app in Electron. Needs the Electron binary, which `npm install` downloads on a
 * technician's machine with internet; CI skips its download, so here these tests report skipped.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('the app in Electron', () => {
  test.skip(binary === null, 'skipped: Electron binary not installed');

  test('opens its window on app://hvv/ with the named API and no Node.js in the page', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: [root], cwd: root });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toBe('app://hvv/index.html');
      const exposure = await page.evaluate(() => ({
        api: typeof (window as unknown as { hvv?: { appInfo?: unknown } }).hvv?.appInfo,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposure).toEqual({ api: 'function', require: 'undefined', process: 'undefined' });
      const info = await page.evaluate(() =>
        (window as unknown as { hvv: { appInfo(): Promise<{ version: string }> } }).hvv.appInfo(),
      );
      expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      await app.close();
    }
  });

  test('refuses to navigate the window away from the app', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: [root], cwd: root });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await expect.poll(() => page.url()).toBe('app://hvv/index.html');
    } finally {
      await app.close();
    }
  });
});
