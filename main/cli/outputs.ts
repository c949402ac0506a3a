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
  /** Further flags this output reads, as node:util parseArgs options, with their help lines. */
  extraOptions?: Record<string, { type: 'string' | 'boolean'; help: string }>;
  write(runs: readonly CompletedRun[], value: string, io: CliIo, flags: OutputFlags): Promise<void>;
}

export async function writeOutputFile(path: string, text: string, io: CliIo): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, path), text, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'not writable';
    throw new UsageError(`${path}: cannot write the file (${reason})`);
  }
}

export const junitWriter: OutputWriter = {
  flag: 'junit',
  valueName: '<file>',
  describe: 'also write JUnit XML (one testsuite per scenario, one testcase per step) for lab CI',
  async write(runs, value, io) {
    await writeOutputFile(value, toJUnitXml(runs.map((r) => ({ name: r.name, doc: r.doc }))), io);
  },
};

export const reportWriter: OutputWriter = {
  flag: 'report',
  valueName: '<file>',
  describe: 'also write the report the app exports (.html, .pdf, .json, or .scenario.json) for one run',
  extraOptions: {
    'report-format': {
      type: 'string',
      help: '--report-format <html|pdf|json|scenario>  override the format the file name implies',
    },
    redact: {
      type: 'boolean',
      help: '--redact                  leave names, serials and addresses out of the report',
    },
  },
  async write(runs, value, io, flags) {
    // Loaded on demand: the report renderer is only needed when a report is asked for.
    const { writeRunReport } = await import('./report-command.js');
    const format = flags['report-format'];
    await writeRunReport(
      runs,
      value,
      { format: typeof format === 'string' ? format : undefined, redact: flags.redact === true },
      io,
    );
  },
};

export const OUTPUT_WRITERS: OutputWriter[] = [junitWriter, reportWriter];
