/**
 * The light and dark colour tokens of the app (renderer/styles.css) and of the HTML report
 * (main/report/html-css.ts), read from the real style sheets: every pair that puts text on a
 * background reaches WCAG AA (4.5:1), every control border 3:1 (WCAG 1.4.11), in both themes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../../main/report/html-css.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const APP_CSS = readFileSync(resolve(ROOT, 'renderer/styles.css'), 'utf8');

/** The custom properties declared in the first `:root { … }` at or after `from`. */
function tokensAfter(css: string, from: string): Map<string, string> {
  const start = css.indexOf(from);
  if (start < 0) throw new Error(`no block starting with ${from}`);
  const open = css.indexOf(':root {', start);
  const close = css.indexOf('}', open);
  const body = css.slice(open, close).replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const STATUSES = ['pass', 'warn', 'fail', 'blocked', 'manual', 'idle'] as const;

/** [foreground, background, minimum ratio]: text 4.5, borders of controls 3. */
const APP_PAIRS: [string, string, number][] = [
  ['--text', '--bg', 4.5],
  ['--text', '--surface', 4.5],
  ['--text', '--surface-alt', 4.5],
  ['--text', '--selected-bg', 4.5],
  ['--text', '--hover-bg', 4.5],
  ['--text', '--remediation-bg', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--surface', 4.5],
  ['--muted', '--selected-bg', 4.5],
  ['--muted', '--idle-bg', 4.5],
  ['--primary', '--surface', 4.5],
  ['--primary', '--bg', 4.5],
  ['--on-primary', '--primary', 4.5],
  ['--on-primary', '--primary-dark', 4.5],
  ['--on-primary', '--fail', 4.5],
  ['--bar-text', '--bar-bg', 4.5],
  ['--bar-muted', '--bar-bg', 4.5],
  ['--bar-logo', '--bar-bg', 4.5],
  ['--code-text', '--code-bg', 4.5],
  ['--disabled-text', '--disabled-bg', 4.5],
  ['--control-border', '--surface', 3],
  ['--control-border', '--bg', 3],
  ...STATUSES.flatMap((s): [string, string, number][] => [
    [`--${s}`, `--${s}-bg`, 4.5],
    [`--${s}`, '--surface', 4.5],
    ['--text', `--${s}-bg`, 4.5],
  ]),
];

const REPORT_PAIRS: [string, string, number][] = [
  ['--text', '--bg', 4.5],
  ['--text', '--pre-bg', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--pre-bg', 4.5],
  ...['pass', 'warn', 'fail', 'manual', 'blocked', 'skip', 'error'].map((s): [string, string, number] => [
    `--${s}`,
    '--bg',
    4.5,
  ]),
];

const THEMES = [
  { name: 'app, light', css: APP_CSS, from: ':root {', pairs: APP_PAIRS },
  { name: 'app, dark', css: APP_CSS, from: '@media (prefers-color-scheme: dark)', pairs: APP_PAIRS },
  { name: 'report, light', css: REPORT_CSS, from: ':root {', pairs: REPORT_PAIRS },
  {
    name: 'report, dark',
    css: REPORT_CSS,
    from: '@media screen and (prefers-color-scheme: dark)',
    pairs: REPORT_PAIRS,
  },
];

describe('colour contrast of the theme tokens', () => {
  it('computes the WCAG ratio (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    // The WCAG reference grey: #767676 on white is the lightest grey that passes AA.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('the dark set redefines every token of the light set, so no light colour leaks into dark mode', () => {
    const light = tokensAfter(APP_CSS, ':root {');
    const dark = tokensAfter(APP_CSS, '@media (prefers-color-scheme: dark)');
    const colours = [...light.keys()].filter((k) => /^(#|rgba)/.test(light.get(k) ?? ''));
    expect(colours.length).toBeGreaterThan(30);
    expect(colours.filter((k) => !dark.has(k))).toEqual([]);
    const reportLight = tokensAfter(REPORT_CSS, ':root {');
    const reportDark = tokensAfter(REPORT_CSS, '@media screen and (prefers-color-scheme: dark)');
    expect([...reportLight.keys()].filter((k) => !reportDark.has(k))).toEqual([]);
  });

  for (const theme of THEMES) {
    it(`${theme.name}: every text pair reaches 4.5:1 and every control border 3:1`, () => {
      const tokens = tokensAfter(theme.css, theme.from);
      const below = theme.pairs
        .map(([fg, bg, min]) => {
          const f = tokens.get(fg);
          const b = tokens.get(bg);
          if (!f || !b) return `${fg} on ${bg}: token missing`;
          const ratio = contrast(f, b);
          return ratio >= min ? null : `${fg} ${f} on ${bg} ${b}: ${ratio.toFixed(2)} < ${min}`;
        })
        .filter((line) => line !== null);
      expect(below).toEqual([]);
    });
  }
});
