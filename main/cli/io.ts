/** What the command writes to and where it runs, injected so tests run it in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Prints the report's HTML to PDF for `--report x.pdf`: the packaged exe passes the app's own
   * printer (main/print-pdf.ts); without one, a Chromium-family browser on the machine prints it.
   */
  printPdf?: (html: string) => Promise<Buffer>;
}

/** Unusable input (bad arguments, unreadable file): one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
