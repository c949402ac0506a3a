import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../../playwright.config.js';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { CHECKLIST_INFO, replayedSession } from './replayed-session.js';
import { pdfPageTexts } from './pdf-text.js';

/** Ligatures (ﬁ) and line breaks do not change what a reader sees. */
const flat = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };

if (!haveChromium) {
  describe.skip(`HTML report in Chromium (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium or set CHROMIUM_PATH)`, () => {
    it('renders', () => undefined);
  });
} else {
  describe('HTML report in Chromium', () => {
    let browser: Browser;
    let html: string;
    let results: { id: string; status: string; evidence: number }[];

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const { snapshot } = await replayedSession('win10-1909-ikev2-connects');
      html = createReportRenderer().render(snapshot, 'html', CHECKLIST_INFO, META);
      results = snapshot.steps.flatMap((s) =>
        s.result ? [{ id: s.id, status: s.result.status, evidence: s.result.evidence.length }] : [],
      );
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('shows every step with its status, and its evidence folded until opened', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => errors.push(m.text()));
      await page.setContent(html);
      for (const r of results) {
        const article = page.locator(`article[data-step-id="${r.id}"]`);
        await expect(article.isVisible()).resolves.toBe(true);
        expect(await article.locator('.status').getAttribute('data-status')).toBe(r.status);
        expect(await article.locator('details.evidence').count()).toBe(r.evidence);
      }
      const firstEvidence = page.locator('details.evidence pre').first();
      expect(await firstEvidence.isVisible()).toBe(false);
      await page.locator('details.evidence summary').first().click();
      expect(await firstEvidence.isVisible()).toBe(true);
      // The inline CSP and the lack of scripts mean nothing complains or runs.
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it('prints the evidence too, since paper cannot be expanded', async () => {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('details.evidence pre').first().isVisible()).toBe(true);
      await page.close();
    }, 60_000);

    it('prints to a multi-page PDF', async () => {
      const page = await browser.newPage();
      await page.setContent(html);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await page.close();
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages.length).toBeGreaterThan(1);
    }, 60_000);
  });

  describe('the printed report of a failing recording', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it.each(['A4', 'Letter'] as const)(
      'has the verdict, the first failure with its fixes and the sign-off on page 1 (%s), evidence after',
      async (format) => {
        const { snapshot } = await replayedSession('ras-809-timeout');
        const html = createReportRenderer().render(snapshot, 'html', CHECKLIST_INFO, META);
        const page = await browser.newPage();
        await page.setContent(html);
        const pdf = await page.pdf({ format, printBackground: true });
        await page.close();
        const pages = pdfPageTexts(pdf).map(flat);
        expect(pages.length).toBeGreaterThan(1);
        const [first = '', second = ''] = pages;
        expect(first).toContain(flat('Not ready — the VPN does not connect (RAS 809)'));
        expect(first).toContain(flat('1. Connect the VPN with rasdial'));
        expect(first).toContain(flat('Check UDP 500 and 4500'));
        expect(first).toContain(flat('Sign-off'));
        expect(first).toContain(flat('Notes'));
        // The summary fits page one; the appendix starts on a page of its own.
        expect(first).not.toContain(flat('Appendix'));
        expect(second.startsWith(flat('Appendix: every step in full'))).toBe(true);
      },
      60_000,
    );
  });
}
