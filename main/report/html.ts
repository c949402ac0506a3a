/**
 * The HTML report: one self-contained file a technician can open offline, print, or hand over.
 * No scripts and no external resources (CSS inline), every piece of session text escaped.
 */
import type { Evidence, StatusCounts } from '../../common/model.js';
import { STEP_STATUSES } from '../../common/model.js';
import type { DeviceIdentity, SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';
import type { ReportMeta } from '../services.js';
import { byStage, reportSteps, type ReportStep } from './report-model.js';
import { detailRows } from './detail-labels.js';
import { localizeDetails } from '../../common/i18n/step-text.js';
import { renderSummaryPage } from './html-summary.js';
import { timelineHtml } from './html-timeline.js';
import { STATUS_SYMBOL } from '../../common/engine/verdict-text.js';
import { commandFor } from '../../common/engine/probe-commands.js';
import { REPORT_CSS } from './html-css.js';
import { reportText, type ReportText } from './report-text.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function text(value: string | null | undefined, fallback: string): string {
  return escapeHtml(value === null || value === undefined || value === '' ? fallback : value);
}

function factsTable(rows: readonly [string, string][]): string {
  return `<table class="facts"><tbody>${rows
    .map(([label, html]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${html}</td></tr>`)
    .join('')}</tbody></table>`;
}

function deviceSection(device: DeviceIdentity | null, rt: ReportText): string {
  if (!device) return `<p>${escapeHtml(rt.say('deviceNotRead'))}</p>`;
  const unknown = rt.say('unknown');
  return factsTable([
    [rt.say('computerName'), text(device.computerName, unknown)],
    [rt.say('serialNumber'), text(device.serialNumber, unknown)],
    [rt.say('manufacturer'), text(device.manufacturer, unknown)],
    [rt.say('model'), text(device.model, unknown)],
    [rt.say('windowsBuild'), text(device.osBuild, unknown)],
  ]);
}

/** Why the probe has no result, in the report's language, above the runner's verbatim text. */
function failureKindLine(evidence: Evidence, rt: ReportText): string {
  return evidence.failureKind
    ? `<p>${escapeHtml(rt.word(`evidenceFailure.${evidence.failureKind}`))}</p>`
    : '';
}

function evidenceBlock(evidence: Evidence, rt: ReportText): string {
  const args = Object.entries(evidence.args)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  const r = evidence.result;
  // A probe's failure is the runner's own message, like its stderr: shown verbatim below, named here.
  const outcome = r
    ? `${rt.say('exitCode', { code: r.exitCode })}${r.timedOut ? `, ${rt.say('timedOut')}` : ''}, ${rt.seconds(r.durationMs)}`
    : rt.say('noResult', {
        reason: evidence.failure ? rt.word('reportEvidence.errorBelow') : rt.say('unknownReason'),
      });
  const command = commandFor(evidence);
  const byHand = command
    ? `<p>${escapeHtml(rt.say('byHand'))}</p><pre class="command">${escapeHtml(command)}</pre>`
    : '';
  const body = r
    ? `${byHand}<p class="muted">${escapeHtml(rt.say('exitCode', { code: r.exitCode }))}, ${escapeHtml(rt.seconds(r.durationMs))}${r.timedOut ? `, <strong>${escapeHtml(rt.say('timedOut'))}</strong>` : ''}</p>
<p>${escapeHtml(rt.say('output'))}</p><pre>${r.stdout === '' ? escapeHtml(rt.say('empty')) : escapeHtml(r.stdout)}</pre>${r.stderr ? `<p>${escapeHtml(rt.say('errors'))}</p><pre>${escapeHtml(r.stderr)}</pre>` : ''}`
    : evidence.failure
      ? `${byHand}${failureKindLine(evidence, rt)}<p>${escapeHtml(rt.word('reportEvidence.error'))}</p><pre class="failure">${escapeHtml(evidence.failure)}</pre>`
      : `${byHand}<p>${escapeHtml(rt.say('noResult', { reason: rt.say('unknownReason') }))}</p>`;
  return `<details class="evidence"><summary>${escapeHtml(rt.say('evidence'))} <code>${escapeHtml(evidence.probe)}</code>${
    args ? ` <code>${escapeHtml(args)}</code>` : ''
  } — ${escapeHtml(outcome)}</summary>${body}</details>`;
}

function stepSection(step: ReportStep, rt: ReportText): string {
  const r = step.result;
  const words = r ? rt.result(r) : null;
  const statusClass = r ? r.status : 'not-run';
  const statusText = r
    ? `${STATUS_SYMBOL[r.status]} ${rt.say(`status.${r.status}`)}`
    : rt.say('status.notRun');
  const parts: string[] = [
    `<header><h3>${escapeHtml(step.title)} <span class="muted">(${escapeHtml(step.id)})</span></h3><span class="status ${statusClass}" data-status="${statusClass}">${escapeHtml(statusText)}</span></header>`,
  ];
  if (r) {
    parts.push(`<p class="summary">${escapeHtml(words?.summary ?? r.summary)}</p>`);
    if (r.startedAt || r.finishedAt) {
      parts.push(
        `<p class="muted">${escapeHtml(rt.say('checkedAt', { when: rt.when(r.finishedAt ?? r.startedAt) }))}</p>`,
      );
    }
    const details = detailRows(localizeDetails(r, rt.tr), rt);
    if (details.length > 0) {
      parts.push(factsTable(details.map(({ label, value }) => [label, escapeHtml(value)])));
    }
    const timeline = timelineHtml(r.details, escapeHtml, rt);
    if (timeline) parts.push(timeline);
    if (r.remediation.length > 0) {
      parts.push(
        `<p><strong>${escapeHtml(rt.say('whatToDo'))}</strong></p><ol class="remediation">${(
          words?.remediation ?? r.remediation
        )
          .map((line) => `<li>${escapeHtml(line)}</li>`)
          .join('')}</ol>`,
      );
    }
  } else {
    parts.push(`<p class="summary">${escapeHtml(rt.say('stepNotRun'))}</p>`);
  }
  if (step.confirmation) {
    const c = step.confirmation;
    parts.push(
      `<p class="confirmation"><strong>${escapeHtml(rt.say('confirmedBy'))}</strong> ${escapeHtml(rt.say(c.result === 'pass' ? 'confirmed.pass' : 'confirmed.fail'))}${
        c.confirmedAt ? ` <span class="muted">(${escapeHtml(rt.when(c.confirmedAt))})</span>` : ''
      }${c.note ? `<br>${escapeHtml(rt.say('note', { note: c.note }))}` : ''}</p>`,
    );
  }
  for (const e of r?.evidence ?? []) parts.push(evidenceBlock(e, rt));
  return `<article class="step ${statusClass}" id="step-${escapeHtml(step.id)}" data-step-id="${escapeHtml(step.id)}">${parts.join('\n')}</article>`;
}

/** The handful of facts that identify the device and the run, on page one. */
function keyFacts(snapshot: SessionSnapshot, rt: ReportText): string {
  const d = snapshot.device;
  const unknown = rt.say('unknown');
  const cells: [string, string][] = [
    [rt.say('computer'), text(d?.computerName, unknown)],
    [rt.say('serialNumber'), text(d?.serialNumber, unknown)],
    [rt.say('model'), text([d?.manufacturer, d?.model].filter(Boolean).join(' '), unknown)],
    [rt.say('windowsBuild'), text(d?.osBuild, unknown)],
    [rt.say('validation'), escapeHtml(rt.say(`validation.${snapshot.validationType}`))],
    [
      rt.say(snapshot.mode === 'live' ? 'checked' : 'recorded'),
      escapeHtml(rt.when(snapshot.mode === 'live' ? snapshot.updatedAt : snapshot.recordedAt)),
    ],
    [rt.say('vpnConnection'), text(snapshot.inputs.vpnConnection, rt.say('notGiven'))],
    [rt.say('domain'), text(snapshot.inputs.domain, rt.say('notGiven'))],
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

function countsList(counts: StatusCounts, notRun: number, rt: ReportText): string {
  const count = (status: string, n: number): string => escapeHtml(rt.say('count', { status, count: n }));
  const items = STEP_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `<li class="status ${s}">${STATUS_SYMBOL[s]} ${count(rt.say(`status.${s}`), counts[s])}</li>`,
  );
  if (notRun > 0) items.push(`<li class="status not-run">${count(rt.say('status.notRun'), notRun)}</li>`);
  return `<ul class="counts">${items.join('')}</ul>`;
}

export function renderHtml(
  snapshot: SessionSnapshot,
  checklist: readonly StepInfo[],
  meta: ReportMeta,
  counts: StatusCounts,
  redacted: boolean,
): string {
  const rt = reportText(meta.language);
  const steps = reportSteps(snapshot, checklist).map((s) => ({ ...s, title: rt.stepTitle(s.id, s.title) }));
  const notRun = steps.filter((s) => !s.result).length;
  const inputs = snapshot.inputs;
  const session = factsTable([
    [rt.say('validation'), escapeHtml(rt.say(`validation.${snapshot.validationType}`))],
    [rt.say('mode'), escapeHtml(rt.say(snapshot.mode === 'live' ? 'mode.live' : 'mode.replay'))],
    [rt.say('started'), escapeHtml(rt.when(snapshot.createdAt))],
    [rt.say('lastChange'), escapeHtml(rt.when(snapshot.updatedAt))],
    ...(snapshot.recordedAt
      ? [[rt.say('recorded'), escapeHtml(rt.when(snapshot.recordedAt))] as [string, string]]
      : []),
    [rt.say('domain'), text(inputs.domain, rt.say('notGiven'))],
    [rt.say('vpnConnection'), text(inputs.vpnConnection, rt.say('notGiven'))],
    [rt.say('updatePackage'), text(inputs.updatePackage, rt.say('none'))],
    [rt.say('session'), `<code>${escapeHtml(snapshot.id)}</code>`],
  ]);
  const stages = byStage(steps)
    .map(
      (group) =>
        `<section class="stage" aria-labelledby="stage-${group.stage.replace(/\W+/g, '-')}"><h2 id="stage-${group.stage.replace(/\W+/g, '-')}">${escapeHtml(rt.tr(`stage.${group.stage}`, group.stage))}</h2>\n${group.steps.map((s) => stepSection(s, rt)).join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${rt.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Hybrid VPN Validator ${escapeHtml(meta.appVersion)}">
<title>${escapeHtml(rt.say('title', { title: snapshot.title }))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(snapshot.title)}</h1>
<p class="muted">${escapeHtml(rt.say('generated', { version: meta.appVersion, when: rt.when(meta.generatedAt) }))}${
    redacted ? ` · ${escapeHtml(rt.say('redacted'))}` : ''
  }</p>
</header>
<main>
${renderSummaryPage(snapshot, steps, keyFacts(snapshot, rt), escapeHtml, rt)}
<section class="appendix" aria-labelledby="appendix"><h2 id="appendix">${escapeHtml(rt.say('appendix'))}</h2>
<section aria-labelledby="device"><h2 id="device">${escapeHtml(rt.say('device'))}</h2>${deviceSection(snapshot.device, rt)}</section>
<section aria-labelledby="session"><h2 id="session">${escapeHtml(rt.say('session'))}</h2>${session}${countsList(counts, notRun, rt)}</section>
${stages}
</section>
</main>
</body>
</html>
`;
}
