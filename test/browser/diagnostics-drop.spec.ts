import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeZip } from '../fakes/zip-writer.js';
import { NATIVE_FIXTURES, REPO_ROOT } from '../paths.js';
import { openApp, screenshot, type AppHandle } from './harness.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

const BUNDLE = join(REPO_ROOT, 'test', 'fixtures', 'intune-diagnostics');
const regExport = (file: string) =>
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(readFileSync(join(BUNDLE, file), 'utf8').replace(/\n/g, '\r\n'), 'utf16le'),
  ]);

test("Support drops Intune's diagnostics zip of a remote device and walks through it as a replay", async ({
  page,
}) => {
  app = await openApp(page);
  const zip = writeZip([
    { name: '1/export.reg', data: regExport('current-version.reg') },
    { name: '2/export.reg', data: regExport('enrollments.reg') },
    { name: '3/export.reg', data: regExport('autopilot.reg') },
    { name: '4/output.log', data: readFileSync(join(NATIVE_FIXTURES, 'dsregcmd', 'hybrid-joined.txt')) },
    { name: '5/output.log', data: readFileSync(join(NATIVE_FIXTURES, 'netsh', 'direct-en.txt')) },
  ]);
  const region = page.getByRole('region', { name: 'Replay a recording' });
  await expect(region).toContainText('Collect diagnostics');
  await screenshot(page, 'start-screen-diagnostics-drop');
  const transfer = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'DiagLogs-LAB-0042-20261124T101500Z.zip', { type: 'application/zip' }));
    return data;
  }, zip.toString('base64'));
  await region.dispatchEvent('drop', { dataTransfer: transfer });

  await expect(page.getByText(/Replay of "Intune diagnostics of LAB-0042/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run all checks' })).toBeVisible();
  await page.getByRole('button', { name: 'Run all checks' }).click();
  await expect(page.getByRole('button', { name: 'Run all checks' })).toBeEnabled();
  await expect(page.getByText(/Hybrid Azure AD joined/).first()).toBeVisible();
  // What the bundle cannot answer is said, naming the probe, never guessed.
  await expect(page.getByText(/net\.tcp is not in the Intune diagnostics bundle/).first()).toBeVisible();
  await screenshot(page, 'diagnostics-drop-replayed');
  expect(app.controller.current()?.mode).toBe('replay');
});
