import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (no internet here). The flags keep Chromium from
// reaching out to Google's services on a machine with no network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'test',
  testMatch: ['browser/**/*.spec.ts', 'electron/**/*.spec.ts'],
  // Builds the renderer once, so browser tests never run against a stale dist/.
  globalSetup: './test/browser/global-setup.ts',
  outputDir: 'test-results/playwright-artifacts',
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    // A 13" laptop at 100 % scaling.
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
});
