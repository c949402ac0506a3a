/**
 * The start screen's language switch (issue 19): choosing a language redraws the screen in it at
 * once, says so in <html lang>, and main remembers it for the next start.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './harness.js';
import { useLanguage } from './layout-languages.js';

for (const [code, label] of [
  ['fr', 'Langue'],
  ['de', 'Sprache'],
  ['ja', '言語'],
] as const) {
  test(`choosing ${code} on the start screen redraws it in that language`, async ({ page }) => {
    await openApp(page);
    await useLanguage(page, code);
    // The translators' ui.ts gives this label; until it lands the screen stays English.
    await expect(page.locator('.language-switch label')).toContainText(label);
  });
}

test('choosing English again puts every word back', async ({ page }) => {
  await openApp(page);
  await useLanguage(page, 'de');
  await useLanguage(page, 'en');
  await expect(page.locator('.language-switch label')).toHaveText('Language');
});
