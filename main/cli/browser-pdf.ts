/**
 * `--report x.pdf` where the app's own Electron printer is not at hand (hvv from Node: a clone, a
 * lab's CI): the same report HTML printed by a Chromium-family browser found on the machine, in
 * headless mode with a throw-away profile and scripts off. No browser, no PDF: the caller says so
 * rather than writing HTML under a .pdf name.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Env = Readonly<Record<string, string | undefined>>;

const UNIX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
];

const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

/** Edge ships with every Windows 10/11; Chrome where IT installed it. */
function windowsCandidates(env: Env): string[] {
  const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter(
    (root): root is string => typeof root === 'string' && root.length > 0,
  );
  return roots.flatMap((root) => [
    win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
  ]);
}

export interface FindOptions {
  env: Env;
  platform: NodeJS.Platform;
  exists?: (path: string) => boolean;
}

/**
 * CHROMIUM_PATH when set (the same variable the browser tests read), else the usual places. On
 * Windows only absolute install locations count: a search of PATH and the current folder could
 * start a program planted beside the exe on a USB key.
 */
export function findChromiumBrowser({ env, platform, exists = existsSync }: FindOptions): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (platform === 'win32') return windowsCandidates(env).find((path) => exists(path)) ?? null;
  if (platform === 'darwin') {
    const app = MAC_APPS.find((path) => exists(path));
    if (app) return app;
  }
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder.startsWith('/'));
  for (const folder of ['/usr/bin', ...folders]) {
    for (const name of UNIX_NAMES) {
      const candidate = join(folder, name);
      if (exists(candidate)) return candidate;
    }
  }
  return null;
}

export class NoBrowserError extends Error {}

export interface BrowserPdfOptions {
  browser: string;
  timeoutMs?: number;
  /** Chromium refuses to start as root without --no-sandbox (containers, some CI runners). */
  runningAsRoot?: boolean;
}

/** The browser's command line: print one local file, touch nothing of the user's own profile. */
export function browserPdfArgs(
  htmlFile: string,
  pdfFile: string,
  profileDir: string,
  asRoot: boolean,
): string[] {
  return [
    '--headless=new',
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    // Scripts stay on: headless printing needs them (with scriptEnabled=false Chromium 156 prints
    // nothing). The report's own CSP (default-src 'none') already keeps any script from running.
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
}

/**
 * The app prints on A4 (printToPDF pageSize, print-pdf.ts); a browser's --print-to-pdf takes the
 * paper size from CSS only (Letter otherwise), so the same pages need the rule in the document.
 */
export function onA4(html: string): string {
  const rule = '<style>@page { size: A4; }</style>';
  return html.includes('</head>') ? html.replace('</head>', `${rule}</head>`) : `${rule}${html}`;
}

export async function printHtmlWithBrowser(html: string, options: BrowserPdfOptions): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'hvv-pdf-'));
  try {
    const htmlFile = join(folder, 'report.html');
    const pdfFile = join(folder, 'report.pdf');
    await writeFile(htmlFile, onA4(html), 'utf8');
    const args = browserPdfArgs(htmlFile, pdfFile, join(folder, 'profile'), options.runningAsRoot ?? false);
    const failure = await new Promise<Error | null>((resolve) => {
      execFile(
        options.browser,
        args,
        { shell: false, windowsHide: true, timeout: options.timeoutMs ?? 60_000 },
        (error) => resolve(error),
      );
    });
    const pdf = await readFile(pdfFile).catch(() => null);
    // Only a real PDF is returned: a browser that ignored the flag must not yield an empty file.
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new Error(
        `${options.browser} did not print the report${failure ? ` (${failure.message.split('\n')[0]})` : ''}`,
      );
    }
    return pdf;
  } finally {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** The PDF printer for hvv under Node: the browser found now, or a clear refusal. */
export function browserPdfPrinter(env: Env, platform: NodeJS.Platform = process.platform) {
  return async (html: string): Promise<Buffer> => {
    const browser = findChromiumBrowser({ env, platform });
    if (!browser) {
      throw new NoBrowserError(
        env.CHROMIUM_PATH
          ? `CHROMIUM_PATH (${env.CHROMIUM_PATH}) does not exist, so the PDF cannot be printed`
          : 'a PDF needs a Chromium-family browser (Edge, Chrome or Chromium) and none was found; install one or set CHROMIUM_PATH, or ask for .html',
      );
    }
    return printHtmlWithBrowser(html, { browser, runningAsRoot: process.getuid?.() === 0 });
  };
}
