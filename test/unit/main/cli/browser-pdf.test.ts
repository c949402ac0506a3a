import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserPdfArgs,
  findChromiumBrowser,
  printHtmlWithBrowser,
} from '../../../../main/cli/browser-pdf.js';
import { main } from '../../../../main/cli/hvv.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const only = (paths: string[]) => (path: string) => paths.includes(path);

async function hvv(argv: string[], env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: SCENARIO_FIXTURES,
    env,
  });
  return { code, stdout, stderr };
}

describe('finding a Chromium-family browser to print the PDF', () => {
  it('uses CHROMIUM_PATH when it is set, and nothing else when it does not exist', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome', PATH: '/usr/bin' };
    expect(findChromiumBrowser({ env, platform: 'linux', exists: only(['/opt/chromium/chrome']) })).toBe(
      '/opt/chromium/chrome',
    );
    expect(findChromiumBrowser({ env, platform: 'linux', exists: only(['/usr/bin/chromium']) })).toBeNull();
  });

  it("finds Debian's Chromium, or Chrome on the PATH", () => {
    expect(findChromiumBrowser({ env: {}, platform: 'linux', exists: only(['/usr/bin/chromium']) })).toBe(
      '/usr/bin/chromium',
    );
    expect(
      findChromiumBrowser({
        env: { PATH: '/opt/google/bin:relative/bin' },
        platform: 'linux',
        exists: only(['/opt/google/bin/google-chrome', 'relative/bin/chromium']),
      }),
    ).toBe('/opt/google/bin/google-chrome');
  });

  it('finds Edge where Windows installs it, on x64 and ARM64 alike', () => {
    const env = { 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramFiles: 'C:\\Program Files' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromiumBrowser({ env, platform: 'win32', exists: only([edge]) })).toBe(edge);
  });

  it('never looks in the PATH or the current folder on Windows (a planted msedge.exe on the key)', () => {
    const env = { PATH: 'D:\\hvv;C:\\Windows\\System32' };
    expect(
      findChromiumBrowser({ env, platform: 'win32', exists: only(['D:\\hvv\\msedge.exe', 'msedge.exe']) }),
    ).toBeNull();
  });

  it('prints headless with its own throw-away profile, never the user’s', () => {
    const args = browserPdfArgs('/tmp/x/report.html', '/tmp/x/report.pdf', '/tmp/x/profile', false);
    expect(args).toContain('--headless=new');
    expect(args).toContain('--user-data-dir=/tmp/x/profile');
    expect(args).toContain('--print-to-pdf=/tmp/x/report.pdf');
    expect(args.at(-1)).toBe('file:///tmp/x/report.html');
    expect(args).not.toContain('--no-sandbox');
    expect(browserPdfArgs('/a.html', '/a.pdf', '/p', true)).toContain('--no-sandbox');
  });
});

describe('hvv run --report x.pdf from Node', () => {
  it.skipIf(!hasChromium)(
    "writes a real PDF printed by the machine's Chromium",
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'hvv-pdf-test-')), 'device.pdf');
      const result = await hvv(
        ['run', '--scenario', 'win10-1909-ikev2-connects.scenario.json', '--report', out],
        { CHROMIUM_PATH: CHROMIUM },
      );
      expect(result.stderr).toMatch(/^hvv: report written to .*\.pdf\n$/);
      expect(result.code).toBe(0);
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A report of 15 steps is more than a blank page.
      expect(pdf.length).toBeGreaterThan(20_000);
      // A4 (595 × 842 pt) like the app's own PDF export, not the browser's default Letter (612 × 792).
      const boxes = pdf.toString('latin1').match(/\/MediaBox \[0 0 [\d.]+ [\d.]+\]/g) ?? [];
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toMatch(/\[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    },
    60_000,
  );

  it('says clearly that no browser was found, and writes no file under the .pdf name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hvv-pdf-test-'));
    const out = join(dir, 'device.pdf');
    const result = await hvv(
      ['run', '--scenario', 'win10-1909-ikev2-connects.scenario.json', '--report', out],
      { CHROMIUM_PATH: join(dir, 'no-such-browser') },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^hvv: .*device\.pdf: CHROMIUM_PATH .* does not exist, so the PDF cannot be printed\n$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasChromium)(
    'refuses a browser that printed nothing instead of returning an empty PDF',
    async () => {
      // `true` exits 0 and prints nothing: the caller must not get a file that is not a PDF.
      await expect(printHtmlWithBrowser('<p>x</p>', { browser: '/bin/true' })).rejects.toThrow(
        /did not print the report/,
      );
    },
  );
});
