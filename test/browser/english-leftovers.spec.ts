/**
 * Switching language changes every visible string (issue 19): in French, German and Japanese, the
 * start screen, every checklist stage (with each step's "why" and evidence opened), an action's
 * confirm dialog, a manual confirmation, an event timeline, the report screen with its sign-off
 * form, and the fleet screen are scanned for English words (english-leftovers.ts). Every leftover
 * of a language is listed at once, by screen, element and text.
 *
 * Two recordings between them give every status and panel: RAS 809 (pass, fail, blocked, a manual
 * off-network sign-in, skipped update, the connect action) and the contradicting sign-in events
 * (warnings, the event timeline on the logon-screen and off-network stages). Two more are read
 * stage by stage, cards closed, for the words only they reach: a third-party VPN client without
 * pre-logon (its evidence and fixes) and a TLS-inspecting proxy (issuers and the fix per issuer).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { catalogFor } from '../../common/i18n/catalogs.js';
import { STAGES } from '../../common/vocabulary.js';
import { openApp, scenarioPath, type AppHandle } from './harness.js';
import {
  collectLeftovers,
  describeLeftover,
  englishOnlyWords,
  recordedStrings,
  shownTexts,
  type Leftover,
} from './english-leftovers.js';
import { useLanguage } from './layout-languages.js';

const RECORDINGS = ['ras-809-timeout.scenario.json', 'signin-events-contradict.scenario.json'] as const;
/** Scanned once per stage, without opening the cards: their panels are the ones above. */
const SUMMARIES_ONLY = [
  'forticlient-no-prelogon.scenario.json',
  'tls-inspected-zscaler.scenario.json',
] as const;
const ALL = [...RECORDINGS, ...SUMMARIES_ONLY];

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

for (const language of ['fr', 'de', 'ja'] as const) {
  test(`no English is left on any screen in ${language}`, async ({ page }) => {
    // Two recordings, each scanned across seven stages with three disclosure states, on 2 cores.
    test.setTimeout(240_000);
    const say = catalogFor(language);
    const english = englishOnlyWords(language);
    const data = new Set<string>();
    for (const name of ALL) {
      for (const s of recordedStrings(JSON.parse(await readFile(scenarioPath(name), 'utf8')) as unknown)) {
        data.add(s);
      }
    }
    const leftovers = new Map<string, Leftover>();
    const scanned: string[] = [];
    const scan = async (screen: string) => {
      const shown = await shownTexts(page);
      // A scan that sees nothing would pass whatever the screen says.
      expect(shown.length, `text found on ${screen}`).toBeGreaterThan(5);
      scanned.push(screen);
      collectLeftovers(leftovers, screen, shown, english, data);
    };
    const button = (key: string, where: Page | ReturnType<Page['locator']> = page) =>
      where.getByRole('button', { name: say[key] ?? key, exact: true });

    // A missing button fails in seconds, not at the end of the test's budget.
    page.setDefaultTimeout(10_000);
    app = await openApp(page, { openDialogAnswers: ALL.map((r) => scenarioPath(r)) });
    await useLanguage(page, language);
    await expect(button('replay.open')).toBeVisible();
    await scan('start screen');

    // The fleet entry's and the fleet screen's buttons, found by place: their words are the ones scanned.
    await page.locator('section[aria-labelledby="fleet-entry-title"] button').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await scan('fleet screen');
    await page.locator('.fleet-top button').first().click();
    await expect(button('replay.open')).toBeVisible();

    for (const [index, recording] of ALL.entries()) {
      const full = index < RECORDINGS.length;
      if (index > 0) await button('nav.start').click();
      await button('replay.open').click();
      const run = button('checklist.runAll');
      await run.click();
      await expect(run).toBeEnabled({ timeout: 30_000 });
      for (const stage of STAGES) {
        const where = `checklist (${recording}), ${stage} stage`;
        await page
          .getByRole('navigation', { name: say['checklist.stages'] })
          .getByRole('button', { name: new RegExp(`^${say[`stage.${stage}`]},`) })
          .click();
        await expect(
          page.getByRole('heading', { level: 2, name: say[`stage.${stage}`], exact: true }),
        ).toBeVisible();
        await scan(where);
        if (!full) continue;
        // A card shows its "why" or its evidence (one at a time): open each in turn on every card.
        const cards = page.locator('article.step');
        for (const which of ['why', 'evidence'] as const) {
          for (let i = 0; i < (await cards.count()); i += 1) {
            const toggles = cards.nth(i).locator('.disclosure-toggle');
            const toggle = which === 'why' ? toggles.first() : toggles.last();
            if ((await toggles.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') {
              await toggle.click();
            }
          }
          await scan(`${where}, ${which} open`);
        }
        // An action asks before it changes the device: its dialog speaks the language too.
        const action = page.locator('.step-actions .button.primary:enabled').first();
        if (index === 0 && (await action.count()) > 0) {
          await action.click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await scan(`${where}, the action's confirm dialog`);
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
      }
      await button('nav.report').click();
      await expect(button('report.export.html')).toBeVisible();
      await button('report.export.html').click();
      await expect(page.locator('.export-result')).not.toBeEmpty();
      await scan(`report screen (${recording})`);
    }

    // The walk reached every screen it means to scan, the dialog and the timeline included.
    expect(scanned.filter((s) => s.includes('confirm dialog'))).not.toEqual([]);
    expect(scanned.filter((s) => !s.includes('confirm dialog'))).toHaveLength(
      2 + RECORDINGS.length * (STAGES.length * 3 + 1) + SUMMARIES_ONLY.length * (STAGES.length + 1),
    );
    const lines = [...leftovers.values()].map(describeLeftover);
    // The whole list as a file too, for whoever fixes them (the assertion's diff is long).
    await writeFile(test.info().outputPath(`english-leftovers-${language}.txt`), lines.join('\n'));
    expect(lines, `English left on screen in ${language}`).toEqual([]);
  });
}
