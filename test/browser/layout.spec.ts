/**
 * The layout holds on a 13" laptop (1366×768) and at 200 % zoom, in every UI language and in a
 * pseudo-locale with German-length words: no sideways page scroll, nothing clipped, no text out of
 * its box, no boxes drawn over each other, on the start screen, every checklist stage, the report
 * screen and the exported HTML report.
 *
 * 200 % zoom is emulated as Chromium's own page zoom lays the page out: a 683×384 CSS-pixel viewport
 * at devicePixelRatio 2. CSS `zoom` on the page would keep the media queries at 1366 px wide and
 * test a layout no technician sees (the app stacks its columns below 900 px).
 */
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton, STAGES_ON_SCREEN } from './walkthrough-helpers.js';
import { layoutFaults } from './layout-checks.js';
import { PSEUDO_LONG, stressWords, UI_LANGUAGES, unstressWords, useLanguage } from './layout-languages.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SIZES = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '200-percent', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
] as const;

/** Measures (and optionally photographs) the screen as drawn in `language`, then restores it. */
async function expectNoFaults(page: Page, language: string, where: string, shot?: string): Promise<void> {
  await stressWords(page, language);
  const faults = await layoutFaults(page);
  if (shot) await screenshot(page, shot);
  await unstressWords(page, language);
  expect(faults, `layout faults on ${where}`).toEqual([]);
}

for (const size of SIZES) {
  for (const language of [...UI_LANGUAGES, PSEUDO_LONG]) {
    test.describe(`At ${size.name} in ${language}`, () => {
      test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
      // Eleven measured screens and full-page screenshots: more than one default test budget on 2 cores.
      test.describe.configure({ timeout: 240_000 });

      test(`nothing clips or overlaps on start, checklist and report (${size.name}, ${language})`, async ({
        page,
      }) => {
        app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
        await useLanguage(page, language);
        expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([
          size.viewport.width,
          size.deviceScaleFactor,
        ]);
        const open = page.getByRole('button', { name: 'Open recorded scenario…' });
        await expect(open).toBeVisible();
        await expectNoFaults(page, language, 'the start screen', `layout-${size.name}-${language}-1-start`);

        await openRecordedScenario(page);
        await runAllChecks(page);
        for (const stage of STAGES_ON_SCREEN) {
          await stageButton(page, stage).click();
          await expect(page.getByRole('heading', { level: 2, name: stage, exact: true })).toBeVisible();
          if (stage === 'Connect') {
            // Open each card's last disclosure (its evidence, else its "why"): the longest texts on screen.
            const cards = page.locator('.step');
            for (let i = 0; i < (await cards.count()); i += 1) {
              await cards.nth(i).locator('.disclosure-toggle').last().click();
            }
          }
          await expectNoFaults(
            page,
            language,
            `the ${stage} stage`,
            stage === 'Connect' ? `layout-${size.name}-${language}-2-connect` : undefined,
          );
        }

        await page.getByRole('button', { name: 'Report', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Export HTML report' })).toBeVisible();
        // Export before the words are rewritten: the file must be the app's own.
        await page.getByRole('button', { name: 'Export HTML report' }).click();
        await expect(page.getByText(/Saved the HTML report to /)).toBeVisible();
        await expectNoFaults(
          page,
          language,
          'the report screen',
          `layout-${size.name}-${language}-3-report-screen`,
        );

        await page.goto(pathToFileURL(app.saved[0] ?? '').href);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
        await expectNoFaults(
          page,
          language,
          'the HTML report',
          `layout-${size.name}-${language}-4-html-report`,
        );
      });
    });
  }
}

test('The layout check sees a clipped word, a box drawn over another and a page that scrolls sideways', async ({
  page,
}) => {
  app = await openApp(page);
  await expect(page.getByRole('button', { name: 'Open recorded scenario…' })).toBeVisible();
  expect(await layoutFaults(page)).toEqual([]);
  await page.evaluate(() => {
    const box = document.createElement('div');
    const clipped = document.createElement('p');
    clipped.className = 'planted-clip';
    clipped.textContent = 'Verbindungsherstellungsfehlermeldung';
    Object.assign(clipped.style, { width: '60px', overflow: 'hidden', whiteSpace: 'nowrap' });
    const over = document.createElement('p');
    over.className = 'planted-over';
    over.textContent = 'drawn over';
    over.style.marginTop = '-20px';
    const wide = document.createElement('div');
    wide.style.width = '3000px';
    wide.textContent = 'wide';
    box.append(clipped, over, wide);
    document.querySelector('main')?.append(box);
  });
  const faults = await layoutFaults(page);
  expect(faults).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^the page scrolls sideways/),
      expect.stringMatching(/^clipped: p\.planted-clip "Verbindungsherstellungsfehlermeldung"/),
      expect.stringMatching(/^overlap: p\.planted-clip .* and p\.planted-over/),
    ]),
  );
});
