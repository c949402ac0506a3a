/**
 * Extra outputs of `hvv run` selected by a flag with a file value (`--junit <file>`). Adding an
 * output (e.g. `--report <file.html>`) is adding one entry to OUTPUT_WRITERS.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Scenario, StepResult } from '../../common/model.js';
import type { RunDocument } from '../../common/engine/summary.js';
import { UsageError, type CliIo } from './io.js';
import { toJUnitXml } from './junit.js';
import { reportFormatFor } from './report-format.js';
import { redactRuns } from './redact-run.js';
import { parseLang } from './run-flags.js';

export interface CompletedRun {
  /** File name without folder and suffix, or "live". */
  name: string;
  file: string | null;
  scenario: Scenario | null;
  results: StepResult[];
  doc: RunDocument;
}

/** Values of the writer's own flags (`--report-format html` → { 'report-format': 'html' }). */
export type OutputFlags = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface OutputWriter {
  flag: string;
  valueName: string;
  describe: string;
  /** What the file is, for the "<wrote> written to <path>" line on stderr. */
  wrote: string;
  /**
   * Refuses a value before anything runs or is written (throws UsageError; output-paths.ts calls
   * it); absent when any value will do.
   */
  check?(value: string, flags: OutputFlags, batch: boolean): void;
  /** Further flags this output reads, as node:util parseArgs options, with their help lines. */
  extraOptions?: Record<string, { type: 'string' | 'boolean'; help: string }>;
  /** Resolves with the absolute path written. */
  write(runs: readonly CompletedRun[], value: string, io: CliIo, flags: OutputFlags): Promise<string>;
}

/** Resolves with the absolute path written, the one the technician is told about. */
export async function writeOutputFile(path: string, text: string, io: CliIo): Promise<string> {
  const absolute = resolve(io.cwd, path);
  try {
    await writeFile(absolute, text, 'utf8');
    return absolute;
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'not writable';
    throw new UsageError(`${path}: cannot write the file (${reason})`);
  }
}

export const junitWriter: OutputWriter = {
  flag: 'junit',
  valueName: '<file>',
  describe: 'also write JUnit XML (one testsuite per scenario, one testcase per step) for lab CI',
  wrote: 'JUnit XML',
  async write(runs, value, io, flags) {
    // Read by the same CI logs as `--json`: the same redaction (secrets always, people with --redact).
    const shown = redactRuns(runs, flags.redact === true);
    return writeOutputFile(value, toJUnitXml(shown.map((r) => ({ name: r.name, doc: r.doc }))), io);
  },
};

export const reportWriter: OutputWriter = {
  flag: 'report',
  valueName: '<file>',
  describe: 'also write the report the app exports (.html, .pdf, .json, or .scenario.json) for one run',
  wrote: 'report',
  extraOptions: {
    'report-format': {
      type: 'string',
      help: '--report-format <html|pdf|json|scenario>  override the format the file name implies',
    },
    redact: {
      type: 'boolean',
      help: '--redact                  leave names, serials and addresses out of the report, --json and --junit',
    },
    lang: {
      type: 'string',
      help: "--lang <en|fr|de|ja>      the HTML/PDF report's language (default en; JSON stays neutral)",
    },
  },
  check(value, flags, batch) {
    if (batch) throw new UsageError('--report describes one device; use --junit for a batch of scenarios');
    const format = flags['report-format'];
    reportFormatFor(value, typeof format === 'string' ? format : undefined);
  },
  async write(runs, value, io, flags) {
    // Loaded on demand: the report renderer is only needed when a report is asked for.
    const { writeRunReport } = await import('./report-command.js');
    const format = flags['report-format'];
    return writeRunReport(
      runs,
      value,
      {
        format: typeof format === 'string' ? format : undefined,
        redact: flags.redact === true,
        language: parseLang(typeof flags.lang === 'string' ? flags.lang : undefined),
      },
      io,
    );
  },
};

export const OUTPUT_WRITERS: OutputWriter[] = [junitWriter, reportWriter];
