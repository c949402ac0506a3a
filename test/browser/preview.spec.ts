import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPreview, type Preview } from '../../main/preview/start-preview.js';
import { scenarioPath, screenshot } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton } from './walkthrough-helpers.js';

let preview: Preview | undefined;
let dataDir: string | undefined;

test.afterEach(async () => {
  await preview?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  preview = undefined;
  dataDir = undefined;
});

test('A support engineer without Electron replays a recording in the browser preview and sees the results', async ({
  page,
}) => {
  dataDir = await mkdtemp(join(tmpdir(), 'hvv-preview-browser-'));
  preview = await startPreview({
    dataDir,
    scenarioPath: scenarioPath('browser/ikev2-passes-with-identity.scenario.json'),
    log: () => undefined,
  });
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') blocked.push(message.text());
  });

  // Only the link the preview printed: no Playwright bindings, the page's own bridge does the work.
  await page.goto(preview.url);
  await expect(page).toHaveURL(preview.base);
  await expect(page.getByRole('heading', { level: 1, name: 'Hybrid VPN Validator' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /replays recordings only/ })).toBeVisible();

  await openRecordedScenario(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Windows 10 1909, IKEv2 device VPN, connects' }),
  ).toBeVisible();
  await runAllChecks(page);
  // Every answer crossed the HTTP bridge intact: the app raised no error.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Passed');
  await expect(stageButton(page, 'Requirements')).toHaveAccessibleName('Requirements, Passed');
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await page.getByRole('button', { name: 'Export HTML report' }).click();
  await expect(page.getByText(/Saved the HTML report to .*exports/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'preview-replayed');
  expect(blocked.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
});
