import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A technician confirms the VPN icon with a note, and a sign-in that used cached credentials fails with the reason', async ({
  page,
}) => {
  app = await openApp(page, {
    openDialogAnswers: [scenarioPath('browser/manual-steps-unconfirmed-cached-logon.scenario.json')],
  });
  await openRecordedScenario(page);
  await runAllChecks(page);
  await expect(stageButton(page, 'Logon screen')).toHaveAccessibleName('Logon screen, Waiting for you');
  await expect(stageButton(page, 'Off-network sign-in')).toHaveAccessibleName(
    'Off-network sign-in, Waiting for you',
  );

  await stageButton(page, 'Logon screen').click();
  const icon = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: /Mark as passed/ }) });
  await screenshot(page, 'manual-1-logon-icon-waiting');
  await icon
    .getByRole('textbox', { name: 'Note (optional)' })
    .fill('VPN icon shown bottom right of the logon screen');
  await icon.getByRole('button', { name: /Mark as passed/ }).click();
  await expect(stageButton(page, 'Logon screen')).toHaveAccessibleName('Logon screen, Passed');
  await expect(icon).toContainText('VPN icon shown bottom right of the logon screen');
  await screenshot(page, 'manual-2-logon-icon-passed');

  await stageButton(page, 'Off-network sign-in').click();
  const signin = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: /Mark as passed/ }) });
  await signin.getByRole('textbox', { name: 'Note (optional)' }).fill('phone hotspot, user signed in');
  await signin.getByRole('button', { name: /Mark as passed/ }).click();
  // The technician said pass, but the recorded logon type 11 shows the domain never saw the sign-in.
  await expect(stageButton(page, 'Off-network sign-in')).toHaveAccessibleName('Off-network sign-in, Failed');
  await expect(signin).toContainText(/cached credentials \(logon type 11\)/);
  await expect(
    signin.getByRole('listitem').filter({ hasText: /never signed in on this device/ }),
  ).toBeVisible();
  await screenshot(page, 'manual-3-offnetwork-cached-credentials-fail');

  // Both answers are in the saved session, notes included.
  await app.controller.flush();
  const saved = await app.handlers.openSession({ id: app.controller.current()?.id ?? '' });
  expect(saved.confirmations['logon-vpn-icon']).toMatchObject({
    result: 'pass',
    note: 'VPN icon shown bottom right of the logon screen',
  });
  expect(saved.confirmations['offnetwork-signin']).toMatchObject({ result: 'pass' });
  expect(saved.steps.find((s) => s.id === 'offnetwork-signin')?.result?.status).toBe('fail');
});
