import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { runAllChecks, stageButton, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('On a live device, "Run all checks" leaves the VPN connect for its own button and says so in plain words', async ({
  page,
}) => {
  app = await openApp(page, { liveDevice: scenarioPath('browser/ikev2-passes-with-identity.scenario.json') });
  await page.getByRole('button', { name: 'Start validation' }).click();
  await runAllChecks(page);

  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Not run yet');
  await stageButton(page, 'Connect').click();
  const connect = stepCard(page, 'Connect the VPN with rasdial');
  await expect(connect).toContainText('Not run yet — press Connect VPN now when ready.');
  await expect(connect).not.toContainText('--connect');
  await expect(connect.locator('.badge')).toContainText('Not run yet');
  await expect(page.getByText(/not run yet/).first()).toBeVisible();
  await screenshot(page, 'review-4-live-connect-not-run-yet');

  await connect.getByRole('button', { name: 'Connect VPN now' }).click();
  await page
    .getByRole('dialog', { name: 'Connect the VPN?' })
    .getByRole('button', { name: 'Yes, connect' })
    .click();
  await expect(connect.locator('.badge')).toContainText('Passed');
});
