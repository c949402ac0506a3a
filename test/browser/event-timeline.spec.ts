import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('The logon-screen step shows the device’s own events beside the question, and warns when they contradict the technician’s pass', async ({
  page,
}) => {
  app = await openApp(page, { openDialogAnswers: [scenarioPath('signin-events-contradict.scenario.json')] });
  await openRecordedScenario(page);
  await runAllChecks(page);

  await stageButton(page, 'Logon screen').click();
  await expect(stageButton(page, 'Logon screen')).toHaveAccessibleName('Logon screen, Warning');
  const icon = stepCard(page, 'VPN icon on the logon screen');
  await expect(icon).toContainText(
    "The technician saw the VPN icon on the logon screen, but the device's events say no VPN connection was up before the last sign-in (2026-11-24 08:11 UTC).",
  );
  const timeline = icon.getByRole('region', { name: 'What this device logged' });
  await expect(timeline).toContainText('The events contradict a pass');
  // Times in the screen's language (English: en-US order), in UTC as the device's events are read.
  await expect(timeline).toContainText('Events since Nov 24, 2026, 7:52:10 AM UTC');
  // Oldest first: the sign-in (4624, interactive) came before the VPN connected (20225).
  const entries = timeline.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Nov 24, 2026, 8:11:03 AM UTC');
  await expect(entries.nth(0)).toContainText('User signed in (interactive)');
  await expect(entries.nth(0)).toContainText('CORP\\ben.okafor');
  await expect(entries.nth(1)).toContainText('VPN connected');
  await expect(entries.nth(1)).toContainText('"Contoso VPN"');
  await expect(entries.nth(1)).toHaveAttribute('data-event-id', '20225');
  await icon.scrollIntoViewIfNeeded();
  await screenshot(page, 'event-timeline-1-logon-screen-step');
  await icon.screenshot({ path: 'test-results/screenshots/event-timeline-1b-logon-card.png' });

  await stageButton(page, 'Off-network sign-in').click();
  const signin = stepCard(page, 'Sign in off the corporate network through the VPN');
  await expect(signin.getByRole('region', { name: 'What this device logged' })).toBeVisible();
  await expect(signin).toContainText('Warning');

  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('button', { name: 'Export HTML report' }).click();
  await expect(page.getByText(/Saved the HTML report to /)).toBeVisible();
  const html = await readFile(app.saved[0] ?? '', 'utf8');
  expect(html).toContain('What this device logged');
  expect(html).toMatch(/<tr class="tone-neutral" data-event-id="4624"><td>2026-11-24 08:11:03 UTC<\/td>/);
  expect(html).toMatch(/<tr class="tone-good" data-event-id="20225">.*VPN connected/);

  // The exported file as a technician opens it (from disk, with its own inline CSS).
  await page.goto(pathToFileURL(app.saved[0] ?? '').href);
  const section = page.locator('article.step', { hasText: 'VPN icon on the logon screen' });
  await expect(section.locator('table.timeline tbody tr')).toHaveCount(2);
  await section.screenshot({ path: 'test-results/screenshots/event-timeline-2-html-report.png' });
});
