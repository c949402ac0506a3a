/**
 * The app's PDF: the report's self-contained HTML laid out by Chromium in a hidden, sandboxed
 * window and printed with Electron's printToPDF. The PDF export and `hvv … --report x.pdf` from the
 * packaged exe share it, so both produce the same pages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';

export async function printToPdf(html: string): Promise<Buffer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'hvv-pdf-'));
  const file = path.join(folder, 'report.html');
  // The report is data, not code: no script runs while it is laid out for printing.
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await printer.loadFile(file);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    printer.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
