/**
 * Chromium timings of the built renderer, driven through the browser tests' harness (the app's own
 * main-process code behind a Playwright binding, Debian's Chromium, no Electron):
 * - first paint: first-contentful-paint of the start screen, from navigation;
 * - checklist paint: from clicking "Open recorded scenario…" to the checklist being interactive;
 * - longest task: the longest main-thread task (Long Tasks API, ≥ 50 ms, else 0) and the longest
 *   gap between animation frames while 100 step results stream in as session events.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { SessionSnapshot } from '../common/ipc/contract.js';
import { eventChannels } from '../common/ipc/contract.js';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { median } from './measure.js';
import { syntheticScenario } from './synthetic-scenario.js';

export interface BrowserTimings {
  firstPaintMs: number;
  checklistPaintMs: number;
  longestTaskMs: number;
  longestFrameMs: number;
}

const STREAMED_RESULTS = 100;

declare global {
  interface Window {
    __benchChecklistAt?: number;
    __benchLongTaskMs?: number;
    __benchFrameGapMs?: number;
    __benchResetFrames?: () => void;
  }
}

/**
 * Installed before the app's scripts: records when the checklist appears and how busy the thread
 * is. A string, not a function: tsx's name-keeping helpers would not exist inside the page.
 */
const OBSERVER_SCRIPT = `
  window.__benchLongTaskMs = 0;
  window.__benchFrameGapMs = 0;
  new PerformanceObserver(function (list) {
    for (const entry of list.getEntries()) {
      window.__benchLongTaskMs = Math.max(window.__benchLongTaskMs || 0, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  let last = 0;
  function frame(now) {
    if (last > 0) window.__benchFrameGapMs = Math.max(window.__benchFrameGapMs || 0, now - last);
    last = now;
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  window.__benchResetFrames = function () {
    window.__benchLongTaskMs = 0;
    window.__benchFrameGapMs = 0;
    last = 0;
  };
  new MutationObserver(function (_records, observer) {
    const ready = Array.from(document.querySelectorAll('button')).some(function (b) {
      return (b.textContent || '').trim() === 'Run all checks';
    });
    if (ready) {
      window.__benchChecklistAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** Step results arriving one by one, as the session controller emits them during a run. */
function streamedSnapshots(done: SessionSnapshot): SessionSnapshot[] {
  const snapshots: SessionSnapshot[] = [];
  let steps: SessionSnapshot['steps'] = done.steps.map((step) => ({
    ...step,
    phase: 'queued' as const,
    result: null,
  }));
  for (let k = 0; k < STREAMED_RESULTS; k++) {
    const index = k % steps.length;
    const source = done.steps[index];
    if (!source?.result) continue;
    const result = {
      ...source.result,
      summary: `${source.result.summary} (run ${Math.floor(k / steps.length) + 1})`,
    };
    steps = steps.map((step, i) => (i === index ? { ...step, phase: 'done' as const, result } : step));
    snapshots.push({ ...done, updatedAt: new Date(Date.parse(done.updatedAt) + k).toISOString(), steps });
  }
  return snapshots;
}

export async function browserTimings(runs: number): Promise<BrowserTimings> {
  const { openApp } = await import('../test/browser/harness.js');
  const dir = mkdtempSync(join(tmpdir(), 'hvv-bench-browser-'));
  const scenarioFile = join(dir, 'bench.scenario.json');
  writeFileSync(scenarioFile, JSON.stringify(syntheticScenario(0)));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const paints: number[] = [];
  const checklists: number[] = [];
  const tasks: number[] = [];
  const frames: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript({ content: OBSERVER_SCRIPT });
      const app = await openApp(page, {
        openDialogAnswers: [scenarioFile],
        userDataDir: join(dir, `run-${run}`),
      });
      try {
        await page.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' }).waitFor();
        const fcp = await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        );
        if (fcp === null) throw new Error('Chromium reported no first-contentful-paint');
        paints.push(fcp);

        const clickedAt = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: 'Open recorded scenario…' }).click();
        await page.getByRole('button', { name: 'Run all checks' }).waitFor();
        const shownAt = await page.evaluate(() => window.__benchChecklistAt ?? null);
        if (shownAt === null) throw new Error('the checklist never showed its "Run all checks" button');
        checklists.push(shownAt - clickedAt);

        await app.controller.run(undefined, true);
        const done = app.controller.current();
        if (!done) throw new Error('no session after the replay');
        await page.evaluate(() => window.__benchResetFrames?.());
        const { channel } = eventChannels.sessionChanged;
        for (const snapshot of streamedSnapshots(done)) {
          await page.evaluate(([c, p]) => window.__hvvDeliver(c, p), [channel, snapshot] as const);
        }
        // Two frames after the last event: its render has been committed and painted.
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
        );
        tasks.push(await page.evaluate(() => window.__benchLongTaskMs ?? 0));
        frames.push(await page.evaluate(() => window.__benchFrameGapMs ?? 0));
      } finally {
        await app.close();
        await context.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    firstPaintMs: round(median(paints)),
    checklistPaintMs: round(median(checklists)),
    longestTaskMs: round(Math.max(...tasks)),
    longestFrameMs: round(Math.max(...frames)),
  };
}
