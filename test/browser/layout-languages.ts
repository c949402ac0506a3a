/**
 * The UI languages the layout spec runs in, from one place. Today the app speaks English only; when
 * the catalogs land (issue 19, i18n) this list takes their codes and `useLanguage` their switch.
 */
import { expect, type Page } from '@playwright/test';

export const UI_LANGUAGES: readonly string[] = ['en'];

/**
 * A stress run before the catalogs exist: every word of 7 letters or more is doubled
 * ("Connection" → "Connectionconnection"), about as long as German compounds
 * ("Verbindungsherstellung"), and the page says lang="de" so the German line rules apply.
 */
export const PSEUDO_LONG = 'pseudo-long';

/**
 * Chooses `code` with the start screen's own switch (found by its place, not its words, which
 * change with the language) and waits until the page says it is in that language.
 */
export async function useLanguage(page: Page, code: string): Promise<void> {
  if (code === PSEUDO_LONG) return;
  await page.locator('.language-switch select').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

interface StressState {
  originals: Map<Text, string>;
}

/**
 * After a screen is drawn: lengthen its words for the pseudo-locale (no-op for real languages).
 * Only text data changes (no node is added or removed), so React keeps owning its nodes.
 */
export async function stressWords(page: Page, code: string): Promise<void> {
  if (code !== PSEUDO_LONG) return;
  await page.evaluate(() => {
    const holder = window as unknown as { __hvvStress?: StressState };
    const state = (holder.__hvvStress ??= { originals: new Map() });
    document.documentElement.lang = 'de';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      // Command lines and outputs are copied by hand: they are never translated.
      if (
        state.originals.has(node) ||
        node.parentElement?.closest('code, pre, script, style, textarea, select')
      ) {
        continue;
      }
      state.originals.set(node, node.data);
      node.data = node.data.replace(/\p{L}{7,}/gu, (w) => `${w}${w.toLowerCase()}`);
    }
  });
}

/** Puts the English words back, so the next step of the walk finds its buttons by name. */
export async function unstressWords(page: Page, code: string): Promise<void> {
  if (code !== PSEUDO_LONG) return;
  await page.evaluate(() => {
    const state = (window as unknown as { __hvvStress?: StressState }).__hvvStress;
    for (const [node, data] of state?.originals ?? []) node.data = data;
    state?.originals.clear();
    document.documentElement.lang = 'en';
  });
}
