/**
 * The PDF report is the HTML report printed by Chromium (Electron's printToPDF behind
 * ShellEnv.printToPdf), so the two can never disagree.
 */
import type { ShellEnv } from '../shell-env.js';

export function renderPdf(html: string, printToPdf: ShellEnv['printToPdf']): Promise<Buffer> {
  return printToPdf(html);
}
