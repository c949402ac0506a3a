import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { stageButton, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The package path the device recorded: the stand-in device answers wusa for exactly this file.
const PACKAGE = 'D:\\windows10.0-kb5001028-x64_2f3a4b5c.msu';

test('During OOBE a technician installs the missing cumulative update, is told a restart is needed, and restarts only after saying yes', async ({
  page,
}) => {
  app = await openApp(page, {
    liveDevice: scenarioPath('update-reboot-required.scenario.json'),
    openDialogAnswers: [PACKAGE],
  });
  await page.getByRole('radio', { name: /Install the cumulative update during OOBE/ }).check();
  await page.getByRole('button', { name: 'Choose update package…' }).click();
  await expect(page.getByRole('textbox', { name: 'Cumulative update package (.msu)' })).toHaveValue(PACKAGE);
  expect(app.dialogs[0]?.filters[0]?.extensions).toEqual(['msu', 'cab']);
  await screenshot(page, 'update-1-package-chosen');
  await page.getByRole('button', { name: 'Start validation' }).click();

  await stageButton(page, 'Cumulative update').click();
  const update = stepCard(page, 'Install the cumulative update from USB');
  await update.getByRole('button', { name: 'Install update now' }).click();
  const ask = page.getByRole('dialog', { name: 'Install the update?' });
  await expect(ask).toContainText(PACKAGE);
  await screenshot(page, 'update-2-install-confirmation');
  await ask.getByRole('button', { name: 'Yes, install' }).click();

  await expect(stageButton(page, 'Cumulative update')).toHaveAccessibleName('Cumulative update, Passed');
  await expect(update).toContainText('Windows needs a restart to finish installing the update.');
  await screenshot(page, 'update-3-reboot-required');

  await update.getByRole('button', { name: 'Restart now' }).click();
  const restart = page.getByRole('dialog', { name: 'Restart this computer now?' });
  await restart.getByRole('button', { name: 'Not now' }).click();
  expect(app.reboots).toEqual([]);
  await update.getByRole('button', { name: 'Restart now' }).click();
  await screenshot(page, 'update-4-restart-confirmation');
  await restart.getByRole('button', { name: 'Yes, restart now' }).click();
  const session = app.controller.current();
  // The session was on disk before Windows was asked to restart, so it can reopen afterwards.
  await expect.poll(() => app?.reboots).toEqual([{ sessionId: session?.id, savedBeforeRestart: true }]);
});
