import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, stageButton, stepCard } from './walkthrough-helpers.js';

const apps: AppHandle[] = [];

test.afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

test('A technician cancels a VPN connect that hangs, sees it cancelled, and nothing is lost when the app restarts', async ({
  page,
}) => {
  const first = await openApp(page, {
    honourDurations: true,
    openDialogAnswers: [scenarioPath('browser/vpn-connect-hangs.scenario.json')],
  });
  apps.push(first);
  await openRecordedScenario(page);
  await page.getByRole('button', { name: 'Run all checks' }).click();

  await expect(page.getByRole('status').filter({ hasText: /Running \d+ of \d+/ })).toBeVisible();
  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Running', { timeout: 15_000 });
  await stageButton(page, 'Connect').click();
  const connect = stepCard(page, 'Connect the VPN with rasdial');
  await expect(
    connect.getByRole('progressbar', { name: 'Connect the VPN with rasdial in progress' }),
  ).toBeVisible();
  await expect(connect).toContainText(/Running for|Running…/);
  await screenshot(page, 'cancel-1-connect-running');

  await connect.getByRole('button', { name: 'Cancel Connect the VPN with rasdial' }).click();
  await expect(connect).toContainText('Cancelled by you before it finished');
  // A cancel is the technician's choice: a neutral "Cancelled", no fix-it list, and the way to run it again.
  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Cancelled');
  await expect(connect.locator('.badge')).toContainText('Cancelled');
  await expect(connect.getByRole('heading', { name: 'How to fix it' })).toHaveCount(0);
  await expect(connect).toContainText('Press Connect VPN now when ready.');
  await expect(connect.getByRole('button', { name: 'Connect VPN now' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Cancel running checks' })).toHaveCount(0);
  await expect(stageButton(page, 'Requirements')).toHaveAccessibleName('Requirements, Passed');
  await screenshot(page, 'cancel-2-connect-cancelled');

  // The app closes (a reboot, a crash): the session comes back from the store as it was.
  const shown = first.controller.current();
  await first.close();
  apps.length = 0;
  const second = await openApp(page, { userDataDir: first.userDataDir, resumeSessionId: shown?.id ?? '' });
  apps.push(second);
  await expect(second.controller.current()).toEqual({
    ...shown,
    readOnly: false,
    updatedAt: expect.any(String),
  });
  await page.getByRole('button', { name: 'Resume validation' }).click();
  await stageButton(page, 'Connect').click();
  await expect(stepCard(page, 'Connect the VPN with rasdial')).toContainText(
    'Cancelled by you before it finished',
  );
  await expect(stageButton(page, 'Requirements')).toHaveAccessibleName('Requirements, Passed');
  await screenshot(page, 'cancel-3-restored-after-restart');

  // The report lists it as cancelled (the exported counts still count it as an error, per the contract).
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Connect the VPN with rasdial' }) });
  await expect(item.locator('.badge')).toContainText('Cancelled');
  await expect(
    item.getByRole('button', { name: 'Show in checklist: Connect the VPN with rasdial' }),
  ).toBeVisible();
  await screenshot(page, 'cancel-4-report');
});
