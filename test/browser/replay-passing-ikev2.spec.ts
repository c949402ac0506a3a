import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, STAGES_ON_SCREEN, stageButton } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A support engineer replays a passing IKEv2 device: every stage is green and the exported report names the device', async ({
  page,
}) => {
  app = await openApp(page, {
    openDialogAnswers: [scenarioPath('browser/ikev2-passes-with-identity.scenario.json')],
  });
  await screenshot(page, 'passing-1-start');

  await openRecordedScenario(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Windows 10 1909, IKEv2 device VPN, connects' }),
  ).toBeVisible();
  await expect(page.getByText(/Replay of "Windows 10 1909, IKEv2 device VPN, connects"/)).toBeVisible();
  await screenshot(page, 'passing-2-scenario-opened');

  await runAllChecks(page);
  // No update package in this recording: that stage is skipped. Tenant checks wait for a sign-in.
  const expected: Record<string, string> = { 'Cumulative update': 'Skipped', Tenant: 'Blocked' };
  for (const stage of STAGES_ON_SCREEN) {
    await expect(stageButton(page, stage)).toHaveAccessibleName(`${stage}, ${expected[stage] ?? 'Passed'}`);
  }
  await screenshot(page, 'passing-3-all-green');
  await stageButton(page, 'Connect').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Connect' })).toBeVisible();
  await screenshot(page, 'passing-4-connect-stage');

  await page.getByRole('button', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Report: / })).toBeVisible();
  await screenshot(page, 'passing-5-report');
  await page.getByRole('button', { name: 'Export HTML report' }).click();
  await expect(page.getByText(/Saved the HTML report to /)).toBeVisible();
  await screenshot(page, 'passing-6-exported');

  expect(app.saved).toHaveLength(1);
  const html = await readFile(app.saved[0] ?? '', 'utf8');
  expect(html).toContain('CONTOSO-LT-0412');
  expect(html).toContain('5CG0412HVV');
  expect(html).toContain('HP EliteBook 840 G7');
  const saved = await app.handlers.listSessions(undefined);
  expect(saved.map((s) => s.title)).toEqual(['Windows 10 1909, IKEv2 device VPN, connects']);
});
