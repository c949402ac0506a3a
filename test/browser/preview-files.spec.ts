import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPreview, type Preview } from '../../main/preview/start-preview.js';
import { scenarioPath, screenshot } from './harness.js';

let preview: Preview | undefined;
let dataDir: string | undefined;

test.afterEach(async () => {
  await preview?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  preview = undefined;
  dataDir = undefined;
});

/** A preview started without --scenario: the page itself must find the file. */
async function openPreview(page: Page): Promise<void> {
  dataDir = await mkdtemp(join(tmpdir(), 'hvv-preview-files-'));
  preview = await startPreview({ dataDir, scenarioPath: null, log: () => undefined });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' })).toBeVisible();
}

/** Drops a file the way a file manager does, onto any element. */
async function dropFile(page: Page, selector: string, name: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ fileName, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    },
    { fileName: name, text: content },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

test('In the preview, "Open recorded scenario…" opens the browser\'s file picker', async ({ page }) => {
  await openPreview(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open recorded scenario…' }).click();
  await (await chooser).setFiles(scenarioPath('ras-809-timeout.scenario.json'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'IKEv2 blocked by a firewall: RAS error 809' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('A recording dropped anywhere on the page opens, instead of the browser showing raw JSON', async ({
  page,
}) => {
  await openPreview(page);
  const url = page.url();
  const content = await readFile(scenarioPath('two-connections-no-choice.scenario.json'), 'utf8');
  // The app bar, far from the "Replay a recording" box.
  await dropFile(page, 'header.app-bar', 'two-connections-no-choice.scenario.json', content);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Two per-machine VPN connections and no connection chosen' }),
  ).toBeVisible();
  expect(page.url()).toBe(url);
  await screenshot(page, 'preview-dropped-anywhere');
});

test('An export in the preview arrives as a browser download', async ({ page }) => {
  await openPreview(page);
  const content = await readFile(scenarioPath('ras-809-timeout.scenario.json'), 'utf8');
  await dropFile(page, 'main', 'ras-809-timeout.scenario.json', content);
  // Not run yet (a replay keeps the recorded 30 s timeout): the report says so.
  await expect(page.getByRole('region', { name: 'Incomplete' })).toBeVisible();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.html$/);
  const html = await readFile((await file.path()) ?? '', 'utf8');
  // The recording's own confirmation (the VPN icon) may already be judged when the export runs.
  expect(html).toMatch(
    /<strong>Incomplete<\/strong> — (nothing has been checked yet|the Windows build was not checked)/,
  );
});
