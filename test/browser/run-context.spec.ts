import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A standard user sees, before starting, which steps need "Run as administrator"', async ({ page }) => {
  app = await openApp(page, {
    liveDevice: scenarioPath('browser/ikev2-passes-with-identity.scenario.json'),
    runContext: { user: 'CONTOSO\\ben', elevated: false, account: 'user' },
  });
  const note = page.getByRole('status', { name: 'How the app is running' });
  await expect(note).toContainText('Not running as administrator (CONTOSO\\ben');
  await expect(note).toContainText('Install the cumulative update');
  await expect(page.getByRole('button', { name: 'Start validation' })).toBeEnabled();
  await screenshot(page, 'start-screen-not-elevated');
});

test('At Shift-F10 in OOBE the start screen says the app runs as the setup account, elevated', async ({
  page,
}) => {
  app = await openApp(page, {
    liveDevice: scenarioPath('browser/ikev2-passes-with-identity.scenario.json'),
    runContext: { user: 'PC01\\defaultuser0', elevated: true, account: 'oobe' },
  });
  const note = page.getByRole('status', { name: 'How the app is running' });
  await expect(note).toContainText('the setup account of OOBE');
  await screenshot(page, 'start-screen-oobe');
});
