/**
 * The terminal rendering of a run: the verdict first, then one row per step (status in words,
 * colour only adds to it), then what to do for each step that failed, with its numbered fixes.
 */
import { STEP_STATUSES, type StepStatus } from '../../common/model.js';
import type { RunDocument } from '../../common/engine/summary.js';
import { findStep } from '../../common/engine/checklist.js';
import { VERDICT_SYMBOL, verdictLine } from '../../common/engine/verdict-text.js';
import type { Verdict } from '../../common/engine/verdict.js';

const COLOURS: Record<StepStatus, string> = {
  pass: '\u001b[32m',
  warn: '\u001b[33m',
  fail: '\u001b[31m',
  manual: '\u001b[36m',
  blocked: '\u001b[35m',
  skip: '\u001b[90m',
  error: '\u001b[41;97m',
};
const VERDICT_COLOUR: Record<Verdict, StepStatus> = {
  ready: 'pass',
  'not-ready': 'fail',
  incomplete: 'manual',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

function paint(status: StepStatus, text: string, colour: boolean): string {
  return colour ? `${COLOURS[status]}${text}${RESET}` : text;
}

function countsLine(counts: RunDocument['counts']): string {
  return STEP_STATUSES.map((s) => `${counts[s]} ${s}`).join(', ');
}

function titleOf(id: RunDocument['steps'][number]['id']): string {
  return findStep(id)?.title ?? id;
}

/** "VERDICT: ✘ Not ready — the VPN does not connect (RAS 809)". */
export function renderVerdictLine(doc: RunDocument, colour: boolean): string {
  const line = `VERDICT: ${VERDICT_SYMBOL[doc.verdict]} ${verdictLine(doc, doc.steps)}`;
  return colour ? `${BOLD}${paint(VERDICT_COLOUR[doc.verdict], line, true)}` : line;
}

function fixesSection(doc: RunDocument): string[] {
  const lines: string[] = [];
  for (const id of doc.verdictReasons) {
    const step = doc.steps.find((s) => s.id === id);
    if (!step) continue;
    lines.push('', `${step.status.toUpperCase()}  ${titleOf(step.id)} (${step.id})`, `  ${step.summary}`);
    step.remediation.forEach((fix, i) => lines.push(`  ${i + 1}. ${fix}`));
  }
  if (lines.length === 0) return [];
  const heading = doc.verdict === 'not-ready' ? 'WHAT TO FIX, in procedure order:' : 'STILL TO DO:';
  return ['', heading, ...lines];
}

/** Title and id on one line, the summary under it: readable in an 80-column terminal. */
export function renderRunTable(doc: RunDocument, colour: boolean): string {
  const lines = [renderVerdictLine(doc, colour), doc.title, '', `${'STATUS'.padEnd(8)} STEP (id)`];
  for (const step of doc.steps) {
    lines.push(
      `${paint(step.status, step.status.toUpperCase().padEnd(8), colour)} ${titleOf(step.id)} (${step.id})`,
      `${''.padEnd(9)}${step.summary}`,
    );
  }
  lines.push('', countsLine(doc.counts), ...fixesSection(doc), '');
  return lines.join('\n');
}

export interface BatchRow {
  file: string;
  doc: RunDocument;
}

const VERDICT_CELL: Record<Verdict, string> = {
  ready: 'READY',
  'not-ready': 'NOT READY',
  incomplete: 'INCOMPLETE',
};

/** One row per scenario, so a lab can compare VPN configurations at a glance. */
export function renderBatchTable(rows: readonly BatchRow[], colour: boolean): string {
  const fileWidth = Math.max(4, ...rows.map((r) => r.file.length));
  const head = ['VERDICT   ', ...STEP_STATUSES.map((s) => s.toUpperCase().slice(0, 5).padStart(5))].join(' ');
  const lines = [`${head}  ${'FILE'.padEnd(fileWidth)}  TITLE`];
  for (const { file, doc } of rows) {
    const verdict = paint(VERDICT_COLOUR[doc.verdict], VERDICT_CELL[doc.verdict].padEnd(10), colour);
    const counts = STEP_STATUSES.map((s) => String(doc.counts[s]).padStart(5)).join(' ');
    lines.push(`${verdict} ${counts}  ${file.padEnd(fileWidth)}  ${doc.title}`);
    lines.push(`${''.padEnd(11)}${verdictLine(doc, doc.steps)}`);
  }
  const tally = (v: Verdict): number => rows.filter((r) => r.doc.verdict === v).length;
  lines.push(
    '',
    `${rows.length} scenarios: ${tally('ready')} ready, ${tally('not-ready')} not ready, ${tally('incomplete')} incomplete`,
    '',
  );
  return lines.join('\n');
}
