/**
 * The layout holds on a 13" laptop (1366×768) and at 200 % zoom, in every UI language: no sideways
 * page scroll, nothing clipped, no text out of its box, no boxes drawn over each other.
 *
 * German (FULL_WALK_LANGUAGE, the longest words) is measured on every screen: start, each
 * checklist stage, the report screen and the exported HTML report. The other languages are
 * measured where their words weigh most: the Connect stage with every card's evidence open (the
 * longest texts), the Off-network sign-in stage (the manual confirmation's form) and the report
 * screen. Four full walks at two sizes would add about four minutes to a suite that must stay well
 * under ten on 2 cores; the stages left out differ from the measured ones only by their words.
 *
 * 200 % zoom is emulated as Chromium's own page zoom lays the page out: a 683×384 CSS-pixel viewport
 * at devicePixelRatio 2. CSS `zoom` on the page would keep the media queries at 1366 px wide and
 * test a layout no technician sees (the app stacks its columns below 900 px).
 */
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { STAGES } from '../../common/vocabulary.js';
import type { Language } from '../../common/i18n/languages.js';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { layoutFaults } from './layout-checks.js';
import { FULL_WALK_LANGUAGE, UI_LANGUAGES, uiText, useLanguage } from './layout-languages.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

const SIZES = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '200-percent', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
] as const;

/** The screens photographed for a person to look at: the checklist and report in German and Japanese. */
const PHOTOGRAPHED: ReadonlySet<Language> = new Set(['de', 'ja']);

/** Measures (and optionally photographs) the screen as drawn. */
async function expectNoFaults(page: Page, where: string, shot?: string): Promise<void> {
  const faults = await layoutFaults(page);
  if (shot) await screenshot(page, shot);
  expect(faults, `layout faults on ${where}`).toEqual([]);
}

for (const size of SIZES) {
  for (const language of UI_LANGUAGES) {
    const full = language === FULL_WALK_LANGUAGE;
    test.describe(`At ${size.name} in ${language}`, () => {
      test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
      // The full walk measures eleven screens with full-page screenshots: more than one default budget.
      test.describe.configure({ timeout: full ? 240_000 : 120_000 });

      test(`nothing clips or overlaps on ${full ? 'any screen' : 'the checklist and report'} (${size.name}, ${language})`, async ({
        page,
      }) => {
        const say = uiText(language);
        const shot = (name: string) =>
          PHOTOGRAPHED.has(language) || full ? `layout-${size.name}-${language}-${name}` : undefined;
        app = await openApp(page, { openDialogAnswers: [scenarioPath('ras-809-timeout.scenario.json')] });
        await useLanguage(page, language);
        expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([
          size.viewport.width,
          size.deviceScaleFactor,
        ]);
        const open = page.getByRole('button', { name: say('replay.open'), exact: true });
        await expect(open).toBeVisible();
        if (full) await expectNoFaults(page, 'the start screen', shot('1-start'));

        await open.click();
        const run = page.getByRole('button', { name: say('checklist.runAll'), exact: true });
        await run.click();
        await expect(run).toBeEnabled({ timeout: 30_000 });
        const stages = full ? STAGES : (['Connect', 'Off-network sign-in'] as const);
        for (const stage of stages) {
          await page
            .getByRole('navigation', { name: say('checklist.stages') })
            .getByRole('button', { name: new RegExp(`^${say(`stage.${stage}`)},`) })
            .click();
          await expect(
            page.getByRole('heading', { level: 2, name: say(`stage.${stage}`), exact: true }),
          ).toBeVisible();
          if (stage === 'Connect') {
            // Open each card's last disclosure (its evidence, else its "why"): the longest texts on screen.
            const cards = page.locator('.step');
            for (let i = 0; i < (await cards.count()); i += 1) {
              await cards.nth(i).locator('.disclosure-toggle').last().click();
            }
          }
          await expectNoFaults(
            page,
            `the ${stage} stage`,
            stage === 'Connect'
              ? shot('2-connect')
              : stage === 'Off-network sign-in'
                ? shot('2b-offnetwork')
                : undefined,
          );
        }

        await page.getByRole('button', { name: say('nav.report'), exact: true }).click();
        const exportHtml = page.getByRole('button', { name: say('report.export.html'), exact: true });
        await expect(exportHtml).toBeVisible();
        await exportHtml.click();
        await expect(page.locator('.export-result')).not.toBeEmpty();
        await expectNoFaults(page, 'the report screen', shot('3-report-screen'));
        if (!full) return;

        await page.goto(pathToFileURL(app.saved[0] ?? '').href);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
        await expectNoFaults(page, 'the HTML report', shot('4-html-report'));
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
