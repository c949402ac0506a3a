import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A technician whose VPN fails with RAS error 809 sees the failure, what 809 means and how to fix it', async ({
  page,
}) => {
  app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
  await openRecordedScenario(page);
  await runAllChecks(page);

  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Failed');
  await expect(stageButton(page, 'Requirements')).toHaveAccessibleName('Requirements, Passed');
  await screenshot(page, 'ras809-1-connect-failed-in-rail');

  await stageButton(page, 'Connect').click();
  const connect = stepCard(page, 'Connect the VPN with rasdial');
  await expect(connect.getByText(/^\W*Failed$/)).toBeVisible();
  await expect(connect).toContainText('809');
  // The meaning (firewall/NAT dropping the VPN traffic) and the first fix (the IKEv2 ports).
  await expect(connect).toContainText(/remote server is not responding|not responding/);
  const whatToDo = connect.getByRole('heading', { level: 4, name: 'How to fix it' });
  await expect(whatToDo).toBeVisible();
  await expect(connect.getByRole('listitem').filter({ hasText: /UDP 500 and 4500/ })).toBeVisible();
  // What depends on the tunnel is blocked, not failed on its own.
  await expect(
    stepCard(page, 'A domain controller answers over the VPN').getByText(/^\W*Blocked$/),
  ).toBeVisible();
  await screenshot(page, 'ras809-2-connect-remediation');

  await connect.getByRole('button', { name: 'Show evidence' }).click();
  await expect(connect.getByText(/vpn\.connect/).first()).toBeVisible();
  await screenshot(page, 'ras809-3-evidence');
});
