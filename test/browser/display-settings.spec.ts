/**
 * Windows display settings as Chromium emulates them: high contrast (forced-colors), dark mode and
 * "Animation effects" off (reduced motion), on the start screen, the checklist with every kind of
 * status, the report screen and the exported HTML report. Screenshots go to
 * test-results/screenshots/display-*.png.
 */
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton, STAGES_ON_SCREEN } from './walkthrough-helpers.js';
import { pageBackground, statusesWithoutIconAndWord, unreadableText } from './display-checks.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SETTINGS = [
  { name: 'high contrast', file: 'forced-colors', media: { forcedColors: 'active' } },
  { name: 'dark mode', file: 'dark', media: { colorScheme: 'dark' } },
  { name: 'reduced motion', file: 'reduced-motion', media: { reducedMotion: 'reduce' } },
] as const;

/** Where the app shows a status: step badges, the stage rail, history, the events' verdict pill. */
const APP_STATUSES = '.badge, .rail-status, .history-verdict, .timeline-verdict';
/** Where the report shows one: step statuses, counts, page-one tables and findings. */
const REPORT_STATUSES = '.status';

async function expectReadableWithIconsAndWords(page: Page, selector: string, where: string): Promise<number> {
  expect(await unreadableText(page, 4.5), `text below 4.5:1 on ${where}`).toEqual([]);
  const statuses = await statusesWithoutIconAndWord(page, selector);
  expect(statuses.failing, `statuses without an icon and a word on ${where}`).toEqual([]);
  const banners = page.locator('.verdict-banner');
  for (let i = 0; i < (await banners.count()); i += 1) {
    await expect(banners.nth(i).locator('.verdict-icon')).toHaveText(/\S/);
    await expect(banners.nth(i).locator('.verdict-word')).toHaveText(/\p{L}{3,}/u);
  }
  return statuses.checked;
}

/** A rough brightness (0 black, 1 white) of a computed `rgb(...)` colour, enough to tell dark from light. */
function brightness(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

for (const setting of SETTINGS) {
  test.describe(`With Windows ${setting.name}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia(setting.media);
    });

    test(`every status keeps its icon and word and no text vanishes into its background (${setting.name})`, async ({
      page,
    }) => {
      app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
      await expect(page.getByRole('button', { name: 'Open recorded scenario…' })).toBeVisible();
      await expectReadableWithIconsAndWords(page, APP_STATUSES, 'the start screen');
      await screenshot(page, `display-${setting.file}-1-start`);

      await openRecordedScenario(page);
      await runAllChecks(page);
      // The run lands on Connect: a failure, a pass and two blocked steps; the rail shows every stage.
      let checked = 0;
      for (const stage of STAGES_ON_SCREEN) {
        await stageButton(page, stage).click();
        await expect(page.getByRole('heading', { level: 2, name: stage, exact: true })).toBeVisible();
        checked += await expectReadableWithIconsAndWords(page, APP_STATUSES, `the ${stage} stage`);
      }
      // 7 rail entries on each of the 7 stages, plus at least one badge per step.
      expect(checked).toBeGreaterThan(7 * 7 + 14);
      await stageButton(page, 'Connect').click();
      await expect(page.locator('.step .badge').filter({ hasText: 'Failed' })).toHaveCount(1);
      await expect(page.locator('.step .badge').filter({ hasText: 'Blocked' })).toHaveCount(3); // dc-over-vpn, scp and vpn-disconnect wait on the failed connect
      await screenshot(page, `display-${setting.file}-2-checklist-connect`);
      await stageButton(page, 'Off-network sign-in').click();
      await expect(page.locator('.step .badge').filter({ hasText: 'Waiting for you' })).toHaveCount(1);
      await screenshot(page, `display-${setting.file}-3-checklist-manual`);

      await page.getByRole('button', { name: 'Report', exact: true }).click();
      await expectReadableWithIconsAndWords(page, APP_STATUSES, 'the report screen');
      await screenshot(page, `display-${setting.file}-4-report-screen`);
      await page.getByRole('button', { name: 'Export HTML report' }).click();
      await expect(page.getByText(/Saved the HTML report to /)).toBeVisible();

      await page.goto(pathToFileURL(app.saved[0] ?? '').href);
      const reportStatuses = await expectReadableWithIconsAndWords(page, REPORT_STATUSES, 'the HTML report');
      expect(reportStatuses).toBeGreaterThan(20);
      await screenshot(page, `display-${setting.file}-5-html-report`);
    });

    test(`warnings and the device's events read without colour (${setting.name})`, async ({ page }) => {
      app = await openApp(page, {
        openDialogAnswers: [scenarioPath('signin-events-contradict.scenario.json')],
      });
      await openRecordedScenario(page);
      await runAllChecks(page);
      await stageButton(page, 'Logon screen').click();
      await expect(page.locator('.step .badge').filter({ hasText: 'Warning' })).toHaveCount(1);
      await expect(page.locator('.timeline-verdict')).toHaveText('The events contradict a pass');
      // Each event's tone is a glyph (✓ good, ✕ bad, • neutral), not a coloured dot.
      const glyphs = await page
        .locator('.timeline-entry')
        .evaluateAll((items) => items.map((li) => getComputedStyle(li, '::before').content));
      expect(glyphs).toEqual(['"•" / ""', '"✓" / ""']);
      await expectReadableWithIconsAndWords(page, APP_STATUSES, 'the Logon screen stage');
      await page.locator('.event-timeline').scrollIntoViewIfNeeded();
      await screenshot(page, `display-${setting.file}-6-warning-and-events`);
    });
  });
}

test('High contrast: the current stage and page are marked with the system Highlight, and focus rings show', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  await openRecordedScenario(page);
  await runAllChecks(page);
  const current = page.locator('.rail-item[aria-current="true"]');
  const other = page.locator('.rail-item:not([aria-current])').first();
  const outline = (el: Element) => {
    const s = getComputedStyle(el);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  };
  expect(await current.evaluate(outline)).toBe('solid 3px');
  expect(await other.evaluate(outline)).not.toBe('solid 3px');
  // The page tabs: only the current one is underlined (a transparent border would show in high contrast).
  const underline = (el: Element) => getComputedStyle(el).borderBottomColor;
  const tabs = page.locator('.nav-button');
  const colours = await tabs.evaluateAll((els) => els.map((el) => getComputedStyle(el).borderBottomColor));
  const currentTab = await page.locator('.nav-button[aria-current="page"]').evaluate(underline);
  expect(colours.filter((c) => c === currentTab)).toHaveLength(1);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement ?? document.body);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
  expect(focused).toBe('solid 3px');
  await screenshot(page, 'display-forced-colors-7-focus');
});

test('Dark mode: the app and the report are dark, the light theme is not', async ({ page }) => {
  app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
  await expect(page.getByRole('button', { name: 'Open recorded scenario…' })).toBeVisible();
  expect(brightness(await pageBackground(page))).toBeGreaterThan(0.9);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(brightness(await pageBackground(page))).toBeLessThan(0.1);
  const text = await page.locator('.screen-title').evaluate((el) => getComputedStyle(el).color);
  expect(brightness(text)).toBeGreaterThan(0.8);

  await openRecordedScenario(page);
  await runAllChecks(page);
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('button', { name: 'Export HTML report' }).click();
  await expect(page.getByText(/Saved the HTML report to /)).toBeVisible();
  await page.goto(pathToFileURL(app.saved[0] ?? '').href);
  expect(brightness(await pageBackground(page))).toBeLessThan(0.1);
  // Printed (and the PDF) stays black on white: paper is not dark.
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(brightness(await pageBackground(page))).toBeGreaterThan(0.9);
});

test('Reduced motion: a running step shows a still ring and its words, nothing on the page animates', async ({
  page,
}) => {
  app = await openApp(page, {
    honourDurations: true,
    openDialogAnswers: [scenarioPath('browser/vpn-connect-hangs.scenario.json')],
  });
  await openRecordedScenario(page);
  await page.getByRole('button', { name: 'Run all checks' }).click();
  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Running', { timeout: 15_000 });
  await stageButton(page, 'Connect').click();
  const spinner = page.locator('.toolbar .spinner');
  const bar = page.getByRole('progressbar', { name: 'Connect the VPN with rasdial in progress' });
  // Without the setting the spinner turns: the check below can tell the difference.
  await expect(spinner).toBeVisible();
  expect(await spinner.evaluate((el) => getComputedStyle(el).animationName)).toBe('spin');
  await expect(bar).toBeVisible();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await spinner.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await expect(bar).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /Running \d+ of \d+/ })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Connect the VPN with rasdial' })).toContainText(
    /Running for|Running…/,
  );
  const moving = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((el) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const s = getComputedStyle(el, pseudo);
        const still =
          s.animationName === 'none' && s.transitionDuration.split(',').every((d) => parseFloat(d) === 0);
        return still ? [] : [`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}`];
      }),
    ),
  );
  expect(moving).toEqual([]);
  await screenshot(page, 'display-reduced-motion-8-running');
  await page.getByRole('button', { name: 'Cancel running checks' }).click();
});

test('The page checks catch what they look for: grey on grey text, and a status with only a colour', async ({
  page,
}) => {
  app = await openApp(page);
  await expect(page.getByRole('button', { name: 'Open recorded scenario…' })).toBeVisible();
  // Set through the CSSOM: the app's CSP drops inline style attributes.
  await page.evaluate(() => {
    const grey = document.createElement('span');
    grey.textContent = 'Invisible words';
    grey.style.color = '#777';
    grey.style.background = '#787878';
    const badge = document.createElement('span');
    badge.className = 'badge status-fail';
    badge.textContent = 'Failed';
    document.querySelector('main')?.append(grey, badge);
  });
  expect(await unreadableText(page, 4.5)).toEqual([
    expect.objectContaining({ text: 'Invisible words', ratio: 1.01 }),
  ]);
  expect((await statusesWithoutIconAndWord(page, '.badge')).failing).toEqual(['Failed']);
});
