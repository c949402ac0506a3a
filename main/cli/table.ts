/** The terminal rendering of a run: a status column in words (colour only adds to it). */
import { STEP_STATUSES, type StepStatus } from '../../common/model.js';
import { runExitCode, type RunDocument } from '../../common/engine/summary.js';

const COLOURS: Record<StepStatus, string> = {
  pass: '\u001b[32m',
  warn: '\u001b[33m',
  fail: '\u001b[31m',
  manual: '\u001b[36m',
  blocked: '\u001b[35m',
  skip: '\u001b[90m',
  error: '\u001b[41;97m',
};
const RESET = '\u001b[0m';

function paint(status: StepStatus, text: string, colour: boolean): string {
  return colour ? `${COLOURS[status]}${text}${RESET}` : text;
}

function countsLine(counts: RunDocument['counts']): string {
  return STEP_STATUSES.map((s) => `${counts[s]} ${s}`).join(', ');
}

export function renderRunTable(doc: RunDocument, colour: boolean): string {
  const idWidth = Math.max(4, ...doc.steps.map((s) => s.id.length));
  const lines = [doc.title, '', `${'STATUS'.padEnd(8)} ${'STEP'.padEnd(idWidth)}  SUMMARY`];
  for (const step of doc.steps) {
    lines.push(
      `${paint(step.status, step.status.toUpperCase().padEnd(8), colour)} ${step.id.padEnd(idWidth)}  ${step.summary}`,
    );
  }
  lines.push('', countsLine(doc.counts), '');
  return lines.join('\n');
}

export interface BatchRow {
  file: string;
  doc: RunDocument;
}

/** One row per scenario, so a lab can compare VPN configurations at a glance. */
export function renderBatchTable(rows: readonly BatchRow[], colour: boolean): string {
  const fileWidth = Math.max(4, ...rows.map((r) => r.file.length));
  const head = ['RESULT', ...STEP_STATUSES.map((s) => s.toUpperCase().slice(0, 5).padStart(5))].join(' ');
  const lines = [`${head}  ${'FILE'.padEnd(fileWidth)}  TITLE`];
  for (const { file, doc } of rows) {
    const failed = runExitCode(doc.steps) === 1;
    const result = paint(failed ? 'fail' : 'pass', (failed ? 'FAIL' : 'OK').padEnd(6), colour);
    const counts = STEP_STATUSES.map((s) => String(doc.counts[s]).padStart(5)).join(' ');
    lines.push(`${result} ${counts}  ${file.padEnd(fileWidth)}  ${doc.title}`);
  }
  const failing = rows.filter((r) => runExitCode(r.doc.steps) === 1).length;
  lines.push('', `${rows.length} scenarios, ${failing} with a fail or error`, '');
  return lines.join('\n');
}
