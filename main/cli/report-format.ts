/**
 * Which report a `--report <file>` asks for. Loaded before the run (to refuse a bad name first),
 * so it stays free of the report renderer.
 */
import { UsageError } from './io.js';

export const REPORT_FORMATS = ['html', 'pdf', 'json', 'scenario'] as const;
export type ReportFileFormat = (typeof REPORT_FORMATS)[number];

const BY_SUFFIX: readonly [string, ReportFileFormat][] = [
  ['.scenario.json', 'scenario'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.pdf', 'pdf'],
];

/**
 * `--report-format` when given, else from the file name. An unknown suffix is refused rather than
 * written as HTML under another name.
 */
export function reportFormatFor(outPath: string, flag: string | undefined): ReportFileFormat {
  if (flag !== undefined) {
    if ((REPORT_FORMATS as readonly string[]).includes(flag)) return flag as ReportFileFormat;
    throw new UsageError(`--report-format: "${flag}" is not one of ${REPORT_FORMATS.join(', ')}`);
  }
  const lower = outPath.toLowerCase();
  const known = BY_SUFFIX.find(([suffix]) => lower.endsWith(suffix));
  if (known) return known[1];
  throw new UsageError(
    `--report ${outPath}: the name must end in .html, .pdf, .json or .scenario.json (or give --report-format html|pdf|json|scenario)`,
  );
}
