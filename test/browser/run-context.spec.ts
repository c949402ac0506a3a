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

test('On a device whose AppLocker/WDAC policy restricts PowerShell, the start screen says so in one sentence', async ({
  page,
}) => {
  const { RESTRICTED_REASON } = await import('../../main/probes/host-answer.js');
  // As main sends it: the English reason and its id, which the screen says from the catalog.
  app = await openApp(page, {
    liveUnavailableReason: RESTRICTED_REASON,
    liveUnavailableReasonId: 'restricted',
  });
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'Live checks are not available on this computer' });
  await expect(banner).toContainText('PowerShell is restricted by AppLocker/WDAC on this device');
  await expect(page.getByRole('button', { name: 'Start validation' })).toBeDisabled();
  await expect(page.getByText('Live checks cannot run on this computer (see the note above)')).toBeVisible();
  await screenshot(page, 'start-screen-applocker-restricted');
});
