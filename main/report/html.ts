/**
 * The HTML report: one self-contained file a technician can open offline, print, or hand over.
 * No scripts and no external resources (CSS inline), every piece of session text escaped.
 */
import type { Evidence, StatusCounts, StepStatus } from '../../common/model.js';
import { STEP_STATUSES } from '../../common/model.js';
import type { DeviceIdentity, SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';
import type { ReportMeta } from '../services.js';
import { byStage, reportSteps, type ReportStep } from './report-model.js';
import { detailRows, seconds } from './detail-labels.js';
import { renderSummaryPage } from './html-summary.js';
import { timelineHtml } from './html-timeline.js';
import { commandFor } from '../../common/engine/probe-commands.js';
import { REPORT_CSS } from './html-css.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STATUS_LABEL: Record<StepStatus, string> = {
  pass: 'Passed',
  warn: 'Warning',
  fail: 'Failed',
  manual: 'Waiting for the technician',
  blocked: 'Blocked',
  skip: 'Does not apply',
  error: 'Could not check',
};

// Symbols as well as colours: the report is often printed in black and white.
const STATUS_SYMBOL: Record<StepStatus, string> = {
  pass: '✔',
  warn: '!',
  fail: '✘',
  manual: '?',
  blocked: '⊘',
  skip: '–',
  error: '⚠',
};

const VALIDATION_LABEL: Record<SessionSnapshot['validationType'], string> = {
  'on-network': 'On the corporate network',
  'off-network': 'Off the corporate network (sign-in over the VPN)',
  'oobe-update': 'Cumulative update during setup',
};

function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function text(value: string | null | undefined, fallback = 'unknown'): string {
  return escapeHtml(value === null || value === undefined || value === '' ? fallback : value);
}

function factsTable(rows: readonly [string, string][]): string {
  return `<table class="facts"><tbody>${rows
    .map(([label, html]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${html}</td></tr>`)
    .join('')}</tbody></table>`;
}

function deviceSection(device: DeviceIdentity | null): string {
  if (!device) return '<p>The device identity was not read in this session.</p>';
  return factsTable([
    ['Computer name', text(device.computerName)],
    ['Serial number', text(device.serialNumber)],
    ['Manufacturer', text(device.manufacturer)],
    ['Model', text(device.model)],
    ['Windows build', text(device.osBuild)],
  ]);
}

function evidenceBlock(evidence: Evidence): string {
  const args = Object.entries(evidence.args)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  const r = evidence.result;
  const outcome = r
    ? `exit code ${r.exitCode}${r.timedOut ? ', timed out' : ''}, ${seconds(r.durationMs)}`
    : `no result: ${evidence.failure ?? 'unknown reason'}`;
  const command = commandFor(evidence);
  const byHand = command
    ? `<p>Run it by hand in PowerShell</p><pre class="command">${escapeHtml(command)}</pre>`
    : '';
  const body = r
    ? `${byHand}<p class="muted">Exit code <code>${r.exitCode}</code>, ${seconds(r.durationMs)}${r.timedOut ? ', <strong>timed out</strong>' : ''}</p>
<p>Output</p><pre>${r.stdout === '' ? '(empty)' : escapeHtml(r.stdout)}</pre>${r.stderr ? `<p>Errors</p><pre>${escapeHtml(r.stderr)}</pre>` : ''}`
    : `${byHand}<p>${escapeHtml(evidence.failure ?? 'No result.')}</p>`;
  return `<details class="evidence"><summary>Evidence: <code>${escapeHtml(evidence.probe)}</code>${
    args ? ` <code>${escapeHtml(args)}</code>` : ''
  } — ${escapeHtml(outcome)}</summary>${body}</details>`;
}

function stepSection(step: ReportStep): string {
  const r = step.result;
  const statusClass = r ? r.status : 'not-run';
  const statusText = r ? `${STATUS_SYMBOL[r.status]} ${STATUS_LABEL[r.status]}` : 'Not run';
  const parts: string[] = [
    `<header><h3>${escapeHtml(step.title)} <span class="muted">(${escapeHtml(step.id)})</span></h3><span class="status ${statusClass}" data-status="${statusClass}">${escapeHtml(statusText)}</span></header>`,
  ];
  if (r) {
    parts.push(`<p class="summary">${escapeHtml(r.summary)}</p>`);
    if (r.startedAt || r.finishedAt) {
      parts.push(`<p class="muted">Checked ${escapeHtml(formatDate(r.finishedAt ?? r.startedAt))}</p>`);
    }
    const details = detailRows(r.details);
    if (details.length > 0) {
      parts.push(factsTable(details.map(({ label, value }) => [label, escapeHtml(value)])));
    }
    const timeline = timelineHtml(r.details, escapeHtml);
    if (timeline) parts.push(timeline);
    if (r.remediation.length > 0) {
      parts.push(
        `<p><strong>What to do</strong></p><ol class="remediation">${r.remediation
          .map((line) => `<li>${escapeHtml(line)}</li>`)
          .join('')}</ol>`,
      );
    }
  } else {
    parts.push('<p class="summary">This step was not run in this session.</p>');
  }
  if (step.confirmation) {
    const c = step.confirmation;
    parts.push(
      `<p class="confirmation"><strong>Confirmed by the technician:</strong> ${c.result === 'pass' ? 'yes, as expected' : 'no, not as expected'}${
        c.confirmedAt ? ` <span class="muted">(${escapeHtml(formatDate(c.confirmedAt))})</span>` : ''
      }${c.note ? `<br>Note: ${escapeHtml(c.note)}` : ''}</p>`,
    );
  }
  for (const e of r?.evidence ?? []) parts.push(evidenceBlock(e));
  return `<article class="step ${statusClass}" id="step-${escapeHtml(step.id)}" data-step-id="${escapeHtml(step.id)}">${parts.join('\n')}</article>`;
}

/** The handful of facts that identify the device and the run, on page one. */
function keyFacts(snapshot: SessionSnapshot): string {
  const d = snapshot.device;
  const cells: [string, string][] = [
    ['Computer', text(d?.computerName)],
    ['Serial number', text(d?.serialNumber)],
    ['Model', text([d?.manufacturer, d?.model].filter(Boolean).join(' '))],
    ['Windows build', text(d?.osBuild)],
    ['Validation', escapeHtml(VALIDATION_LABEL[snapshot.validationType])],
    [
      snapshot.mode === 'live' ? 'Checked' : 'Recorded',
      escapeHtml(formatDate(snapshot.mode === 'live' ? snapshot.updatedAt : snapshot.recordedAt)),
    ],
    ['VPN connection', text(snapshot.inputs.vpnConnection, 'not given')],
    ['Domain', text(snapshot.inputs.domain, 'not given')],
  ];
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const pair = cells.slice(i, i + 2);
    rows.push(
      `<tr>${pair.map(([label, html]) => `<th scope="row">${escapeHtml(label)}</th><td>${html}</td>`).join('')}</tr>`,
    );
  }
  return `<table class="keyfacts"><tbody>${rows.join('')}</tbody></table>`;
}

function countsList(counts: StatusCounts, notRun: number): string {
  const items = STEP_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `<li class="status ${s}">${STATUS_SYMBOL[s]} ${escapeHtml(STATUS_LABEL[s])}: ${counts[s]}</li>`,
  );
  if (notRun > 0) items.push(`<li class="status not-run">Not run: ${notRun}</li>`);
  return `<ul class="counts">${items.join('')}</ul>`;
}

export function renderHtml(
  snapshot: SessionSnapshot,
  checklist: readonly StepInfo[],
  meta: ReportMeta,
  counts: StatusCounts,
  redacted: boolean,
): string {
  const steps = reportSteps(snapshot, checklist);
  const notRun = steps.filter((s) => !s.result).length;
  const inputs = snapshot.inputs;
  const session = factsTable([
    ['Validation', escapeHtml(VALIDATION_LABEL[snapshot.validationType])],
    [
      'Mode',
      snapshot.mode === 'live' ? 'Live, on this device' : 'Replay of a recording (no device was touched)',
    ],
    ['Started', escapeHtml(formatDate(snapshot.createdAt))],
    ['Last change', escapeHtml(formatDate(snapshot.updatedAt))],
    ...(snapshot.recordedAt
      ? [['Recorded', escapeHtml(formatDate(snapshot.recordedAt))] as [string, string]]
      : []),
    ['Domain', text(inputs.domain, 'not given')],
    ['VPN connection', text(inputs.vpnConnection, 'not given')],
    ['Update package', text(inputs.updatePackage, 'none')],
    ['Session', `<code>${escapeHtml(snapshot.id)}</code>`],
  ]);
  const stages = byStage(steps)
    .map(
      (group) =>
        `<section class="stage" aria-labelledby="stage-${group.stage.replace(/\W+/g, '-')}"><h2 id="stage-${group.stage.replace(/\W+/g, '-')}">${escapeHtml(group.stage)}</h2>\n${group.steps.map(stepSection).join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Hybrid VPN Validator ${escapeHtml(meta.appVersion)}">
<title>${escapeHtml(snapshot.title)} — Hybrid VPN Validator report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(snapshot.title)}</h1>
<p class="muted">Hybrid VPN Validator ${escapeHtml(meta.appVersion)} · report generated ${escapeHtml(formatDate(meta.generatedAt))}${
    redacted ? ' · personal and device identifiers redacted' : ''
  }</p>
</header>
<main>
${renderSummaryPage(snapshot, steps, keyFacts(snapshot), escapeHtml)}
<section class="appendix" aria-labelledby="appendix"><h2 id="appendix">Appendix: every step in full, with its evidence</h2>
<section aria-labelledby="device"><h2 id="device">Device</h2>${deviceSection(snapshot.device)}</section>
<section aria-labelledby="session"><h2 id="session">Session</h2>${session}${countsList(counts, notRun)}</section>
${stages}
</section>
</main>
</body>
</html>
`;
}
