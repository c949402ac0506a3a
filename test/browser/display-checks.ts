/**
 * What a display setting must never break, measured in the page itself (getComputedStyle): text
 * readable against the background it is painted on, and every status shown with an icon and a word.
 */
import type { Page } from '@playwright/test';

export interface UnreadableText {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Every visible element with its own text whose colour, against the first opaque background behind
 * it (alpha composited), is below `min`. Disabled controls are exempt, as in WCAG 1.4.3.
 */
export function unreadableText(page: Page, min: number): Promise<UnreadableText[]> {
  return page.evaluate((minRatio) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3] + below[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      // The canvas behind everything: the root's background, else white.
      let result: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const found: UnreadableText[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own || el.closest(':disabled, .visually-hidden')) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility !== 'visible' || box.width === 0 || box.height === 0 || box.right < 0) continue;
      const bg = backgroundOf(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < minRatio) {
        found.push({
          text: own.slice(0, 60),
          color: style.color,
          background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
          ratio: Math.round(ratio * 100) / 100,
        });
      }
    }
    return found;
  }, min);
}

/**
 * The statuses on screen that do not read without colour: each element matched by `selector`
 * must hold a symbol (a character that is not a letter or digit, its own or drawn by its ::before)
 * and a word of at least 3 letters.
 * Returns the texts that fail, and how many statuses were looked at.
 */
export async function statusesWithoutIconAndWord(
  page: Page,
  selector: string,
): Promise<{ checked: number; failing: string[] }> {
  return page.evaluate((sel) => {
    const all = Array.from(document.querySelectorAll<HTMLElement>(sel)).filter(
      (el) => el.getBoundingClientRect().width > 0,
    );
    // A symbol drawn by CSS (::before content) counts: it is painted beside the word.
    const drawn = (el: Element) => {
      const content = getComputedStyle(el, '::before').content;
      return content === 'none' || content === 'normal' ? '' : content.split(' / ')[0]!.replace(/["']/g, '');
    };
    const failing = all
      .map((el) => `${drawn(el)}${el.textContent ?? ''}`.trim())
      .filter((text) => !(/[^\p{L}\p{N}\s]/u.test(text) && /\p{L}{3,}/u.test(text)));
    return { checked: all.length, failing };
  }, selector);
}

/** The page's own background colour (the body's, else the root's), as computed. */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    return body === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
}
