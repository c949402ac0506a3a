/**
 * Layout faults measured in the page: horizontal page scroll, content clipped by overflow
 * hidden/clip, content wider than its box, and sibling boxes drawn over each other. Each fault is a
 * short sentence naming the element, so a failing test says where to look.
 */
import type { Page } from '@playwright/test';

export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const faults: string[] = [];
    const name = (el: Element) => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls} "${text}"`;
    };
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.right > 0 &&
        style.visibility === 'visible' &&
        !el.closest('.visually-hidden, .skip-link, [hidden]')
      );
    };
    const scrolls = (v: string) => v === 'auto' || v === 'scroll';
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      faults.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
    }
    const all = Array.from(document.body.querySelectorAll('*')).filter(shown);
    for (const el of all) {
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents' || el instanceof SVGElement) continue;
      // A box that scrolls on purpose (a wide table, command output) is not a fault; what is inside it is.
      if (scrolls(style.overflowX)) continue;
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const wider = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      if (
        wider &&
        !(
          el instanceof HTMLInputElement ||
          el instanceof HTMLSelectElement ||
          el instanceof HTMLTextAreaElement
        )
      ) {
        faults.push(
          `${clips ? 'clipped' : 'overflows its box'}: ${name(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`,
        );
      }
      if (clips && !scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        faults.push(`clipped at the bottom: ${name(el)} (${el.scrollHeight} px in ${el.clientHeight} px)`);
      }
      // Sibling boxes in the normal flow must not be drawn over each other.
      const kids = Array.from(el.children).filter((k) => {
        if (!shown(k)) return false;
        const { position, display } = getComputedStyle(k);
        // Inline boxes are pieces of one flowing line: their rectangles span line breaks.
        return position !== 'absolute' && position !== 'fixed' && !display.startsWith('inline');
      });
      const boxes = kids.map((k) => k.getBoundingClientRect());
      for (let i = 0; i < kids.length; i += 1) {
        for (let j = i + 1; j < kids.length; j += 1) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 2 && h > 2)
            faults.push(
              `overlap: ${name(kids[i]!)} and ${name(kids[j]!)} (${Math.round(w)}×${Math.round(h)} px)`,
            );
        }
      }
    }
    return faults;
  });
}
