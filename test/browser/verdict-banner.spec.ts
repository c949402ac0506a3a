import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

function banner(page: Page) {
  return page.getByRole('region', { name: /^(Ready|Not ready|Incomplete)$/ });
}

async function replayAndRun(page: Page, file: string): Promise<void> {
  app = await openApp(page, { openDialogAnswers: [scenarioPath(file)] });
  await openRecordedScenario(page);
  await runAllChecks(page);
}

test('A recording of a ready device shows "Ready" in the banner', async ({ page }) => {
  await replayAndRun(page, 'win10-1909-ikev2-connects.scenario.json');
  await expect(banner(page)).toHaveAccessibleName('Ready');
  await expect(banner(page)).toContainText('Ready — every step of the procedure passed');
  await expect(banner(page).getByRole('button', { name: /What to do next/ })).toHaveCount(0);
  await screenshot(page, 'verdict-1-ready');
});

test('A RAS 809 recording shows "Not ready", lands on the Connect stage and the next step is one click away', async ({
  page,
}) => {
  app = await openApp(page, {
    openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')],
  });
  await openRecordedScenario(page);
  // Before anything runs the banner already answers: nothing is proven yet.
  await expect(banner(page)).toHaveAccessibleName('Incomplete');
  await runAllChecks(page);

  await expect(banner(page)).toHaveAccessibleName('Not ready');
  await expect(banner(page)).toContainText('Not ready — the VPN does not connect (RAS 809)');
  // The view moved off the all-green first stage to the one that needs attention.
  await expect(page.getByRole('heading', { level: 2, name: 'Connect' })).toBeVisible();
  await expect(stepCard(page, 'Connect the VPN with rasdial')).toBeVisible();
  await screenshot(page, 'verdict-2-not-ready-landed-on-connect');

  // From another stage, "What to do next" comes back to the failing step.
  await page
    .getByRole('navigation', { name: 'Checklist stages' })
    .getByRole('button', { name: /^Requirements,/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Requirements' })).toBeVisible();
  await banner(page).getByRole('button', { name: 'What to do next: Connect the VPN with rasdial' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Connect the VPN with rasdial' })).toBeFocused();

  // The same verdict heads the report screen.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(banner(page)).toContainText('Not ready — the VPN does not connect (RAS 809)');
  // The failure heads the list, above the tenant steps that only wait for a sign-in.
  await expect(page.locator('.attention-list .attention-title').first()).toHaveText(
    'Connect the VPN with rasdial',
  );
  await screenshot(page, 'verdict-3-report-screen');

  // At 200 % zoom (half the CSS width) the table and the export buttons need no sideways scroll.
  await page.setViewportSize({ width: 683, height: 384 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const table = page.locator('.counts-scroll');
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const exportPdf = page.getByRole('button', { name: 'Export PDF' });
  await exportPdf.scrollIntoViewIfNeeded();
  await expect(exportPdf).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'verdict-5-report-200-percent');
});

test('A recording with two VPN connections and none chosen shows "Incomplete": the VPN was never tested', async ({
  page,
}) => {
  await replayAndRun(page, 'two-connections-no-choice.scenario.json');
  await expect(banner(page)).toHaveAccessibleName('Incomplete');
  await expect(banner(page)).toContainText('Incomplete — the VPN was never tested');
  await expect(page.getByRole('heading', { level: 2, name: 'Connect' })).toBeVisible();
  await screenshot(page, 'verdict-4-incomplete');

  // The tenant steps send the technician to the Tenant stage to sign in: the control is there.
  await page
    .getByRole('navigation', { name: 'Checklist stages' })
    .getByRole('button', { name: /^Tenant,/ })
    .click();
  const tenant = page.getByRole('region', { name: 'Tenant', exact: true });
  await expect(tenant.getByRole('region', { name: 'Tenant checks (Intune)' })).toBeVisible();
  await expect(tenant).toContainText('A replay answers the tenant checks from the recording');
  await screenshot(page, 'verdict-7-tenant-stage');
});

test('The sign-off typed on the report screen is kept with the session and printed on the exported report', async ({
  page,
}) => {
  await replayAndRun(page, 'ras-809-timeout.scenario.json');
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const form = page.getByRole('region', { name: 'Sign-off' });
  await form.getByLabel('Technician name').fill('Ana Lopez');
  await form.getByLabel('Customer or ticket reference').fill('INC-40213');
  await form.getByLabel('Date').fill('2026-12-01');
  await form.getByLabel('Notes').fill('Firewall team to open UDP 500/4500.');
  await form.getByRole('button', { name: 'Save sign-off' }).click();
  await expect(form.getByRole('status')).toContainText('Saved with the session');
  expect(app?.controller.current()?.signOff).toEqual({
    technician: 'Ana Lopez',
    reference: 'INC-40213',
    date: '2026-12-01',
    notes: 'Firewall team to open UDP 500/4500.',
  });
  await screenshot(page, 'verdict-6-sign-off');

  await page.getByRole('button', { name: 'Export HTML report' }).click();
  await expect(page.getByText(/Saved the HTML report to/)).toBeVisible();
  const html = await readFile(app?.saved.at(-1) ?? '', 'utf8');
  const pageOne = html.slice(html.indexOf('class="page-one"'), html.indexOf('class="appendix"'));
  for (const typed of ['Ana Lopez', 'INC-40213', '2026-12-01', 'Firewall team to open UDP 500/4500.'])
    expect(pageOne).toContain(typed);
});
