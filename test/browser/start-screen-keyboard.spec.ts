import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A technician can start a validation with the keyboard alone, tabbing to Start and pressing Enter', async ({
  page,
}) => {
  app = await openApp(page, { liveDevice: scenarioPath('browser/ikev2-passes-with-identity.scenario.json') });
  await expect(page.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' })).toBeVisible();
  await screenshot(page, 'start-screen');

  const start = page.getByRole('button', { name: 'Start validation' });
  await expect(start).toBeEnabled();
  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses += 1) {
    await page.keyboard.press('Tab');
    reached = await start.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Start validation is reachable with Tab').toBe(true);
  await screenshot(page, 'start-screen-focus-on-start');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('button', { name: 'Run all checks' })).toBeVisible();
  const session = app.controller.current();
  expect(session?.mode).toBe('live');
  expect(session?.inputs.domain).toBe('corp.contoso.com');
  await screenshot(page, 'checklist-after-keyboard-start');
});

test('Without a Windows device, the start screen says live checks are unavailable and still offers replay', async ({
  page,
}) => {
  app = await openApp(page);
  await expect(
    page.getByRole('status').filter({ hasText: /Live checks are not available on this computer/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start validation' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Open recorded scenario…' })).toBeEnabled();
  await screenshot(page, 'start-screen-replay-only');
});

test('At 200 % zoom on a 13-inch laptop the start screen and the checklist need no sideways scrolling', async ({
  page,
}) => {
  // 200 % zoom of a 1366×768 screen leaves 683×384 CSS pixels.
  await page.setViewportSize({ width: 683, height: 384 });
  app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
  await expect(page.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' })).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await screenshot(page, 'zoom-200-start');
  await page.getByRole('button', { name: 'Open recorded scenario…' }).click();
  await page.getByRole('button', { name: 'Run all checks' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'Checklist stages' })
      .getByRole('button', { name: 'Connect, Failed' }),
  ).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await screenshot(page, 'zoom-200-checklist');
});
