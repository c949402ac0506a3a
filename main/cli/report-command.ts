/**
 * `hvv run --report <file> [--report-format html|json|scenario] [--redact]`: the headless run
 * written as the same report the app exports (docs/SESSIONS-AND-REPORTS.md).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StepInfo } from '../../common/ipc/contract.js';
import type { Scenario, StepResult } from '../../common/model.js';
import { parseDeviceIdentity } from '../../common/engine/parsers/device-identity.js';
import { CHECKLIST, toStepInfo } from '../../common/engine/checklist.js';
import { snapshotFromRun } from '../report/from-run.js';
import { createReportRenderer } from '../report/renderer.js';
import { reportText } from '../report/report-text.js';
import { browserPdfPrinter } from './browser-pdf.js';
import { UsageError, type CliIo } from './io.js';
import type { CompletedRun } from './outputs.js';
import { reportFormatFor, type ReportFileFormat } from './report-format.js';
import type { Language } from '../../common/i18n/languages.js';

export { REPORT_FORMATS, reportFormatFor, type ReportFileFormat } from './report-format.js';

export interface WriteReportOptions {
  results: readonly StepResult[];
  /** The replayed scenario; null for a live run. */
  scenario: Scenario | null;
  format: ReportFileFormat;
  /** Absolute, or relative to the process's working directory. */
  outPath: string;
  redact: boolean;
  /** The HTML/PDF report's language; English when absent. */
  language?: Language;
  /** Defaults to the scenario's title, else "Live run on <computer>" in the report's language. */
  title?: string;
  appVersion?: string;
  now?: Date;
  checklist?: readonly StepInfo[];
  /** Prints the HTML for format `pdf` (required for it). */
  printPdf?: (html: string) => Promise<Buffer>;
}

async function packageVersion(): Promise<string> {
  // Walks up from this file: the same code runs from main/cli (tsx) and from a bundle in dist/.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
      if (typeof pkg.version === 'string') return pkg.version;
    } catch {
      /* keep walking up */
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

export async function writeReport(opts: WriteReportOptions): Promise<void> {
  const checklist = opts.checklist ?? CHECKLIST.map(toStepInfo);
  const scenario = opts.scenario;
  const identity = scenario?.probes.find((p) => p.probe === 'device.identity');
  const device = identity ? parseDeviceIdentity(identity.result.stdout) : null;
  const now = opts.now ?? new Date();
  // The JSON and scenario files stay English; only the HTML/PDF report speaks the chosen language.
  const printed = opts.format === 'html' || opts.format === 'pdf';
  const words = reportText(printed ? (opts.language ?? 'en') : 'en');
  const snapshot = snapshotFromRun(
    {
      title: opts.title ?? scenario?.title ?? words.word('reportRun.live', { computer: hostname() }),
      results: opts.results,
      inputs: scenario?.inputs ?? {},
      confirmations: scenario?.confirmations ?? {},
      recordedAt: scenario?.recordedAt ?? null,
      device: device?.ok ? device.value : null,
    },
    checklist,
  );
  // A PDF is the HTML report printed, as in the app's own PDF export.
  const text = createReportRenderer().render(
    snapshot,
    opts.format === 'pdf' ? 'html' : opts.format,
    checklist,
    {
      appVersion: opts.appVersion ?? (await packageVersion()),
      generatedAt: now.toISOString(),
      redact: opts.redact,
      ...(opts.language ? { language: opts.language } : {}),
    },
  );
  if (opts.format !== 'pdf') {
    await writeFile(opts.outPath, text, 'utf8');
    return;
  }
  if (!opts.printPdf) throw new UsageError('a PDF report needs a printer, and none was given');
  let pdf: Buffer;
  try {
    pdf = await opts.printPdf(text);
  } catch (error) {
    // Nothing is written: never HTML, or half a file, under a .pdf name.
    throw new UsageError(`${opts.outPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await writeFile(opts.outPath, pdf);
}

export interface ReportFlags {
  /** `--report-format`, when given. */
  format?: string;
  /** `--redact`. */
  redact: boolean;
  /** `--lang`. */
  language?: Language;
}

/**
 * The `hvv run` glue: `--report <file>` for the one run just completed. A report describes one
 * device, so a batch of scenarios is refused (use --junit for batches).
 */
export async function writeRunReport(
  runs: readonly CompletedRun[],
  outPath: string,
  flags: ReportFlags,
  io: CliIo,
): Promise<string> {
  const format = reportFormatFor(outPath, flags.format);
  const [run] = runs;
  if (!run || runs.length !== 1) {
    throw new UsageError(`--report describes one device; this run replayed ${runs.length} scenarios`);
  }
  const absolute = resolve(io.cwd, outPath);
  try {
    await writeReport({
      results: run.results,
      scenario: run.scenario,
      format,
      outPath: absolute,
      redact: flags.redact,
      ...(flags.language ? { language: flags.language } : {}),
      // A live run's title is worded by the report, in its language (live-run.ts words it for JSON).
      ...(run.scenario ? { title: run.doc.title } : {}),
      printPdf: io.printPdf ?? browserPdfPrinter(io.env ?? process.env),
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'not writable';
    throw new UsageError(`${outPath}: cannot write the report (${reason})`);
  }
  return absolute;
}
