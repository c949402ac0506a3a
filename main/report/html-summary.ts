/**
 * Page one of the HTML/PDF report: the verdict, the blocking failures in procedure order with
 * their fixes, what is still incomplete (who must do what), a compact table of everything else,
 * and a sign-off block. It answers the customer's question on one printed page; the full steps
 * and their evidence follow as an appendix (./html.ts).
 */
import type { StepId, StepStatus } from '../../common/model.js';
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { findStep } from '../../common/engine/checklist.js';
import { decideSessionVerdict, saysNothing } from '../../common/engine/verdict.js';
import {
  STATUS_SYMBOL,
  VERDICT_SYMBOL,
  verdictReason,
  verdictWord,
} from '../../common/engine/verdict-text.js';
import { CONTRACT_STEP_IDS } from '../../common/vocabulary.js';
import type { ReportStep } from './report-model.js';
import type { ReportText } from './report-text.js';

function isContractStep(id: StepId): boolean {
  return (CONTRACT_STEP_IDS as readonly string[]).includes(id);
}

export type Escape = (text: string) => string;

function shortStatus(status: StepStatus, rt: ReportText): string {
  return `${STATUS_SYMBOL[status]} ${rt.say(status === 'manual' ? 'short.manual' : `status.${status}`)}`;
}

/** Who can move a step that is not proven yet. */
function whoMust(step: ReportStep, rt: ReportText): string {
  if (step.stage === 'Tenant') return rt.say('who.tenant');
  if (step.kind === 'manual') return rt.say('who.atDevice');
  return rt.say('who.technician');
}

function whatToDo(step: ReportStep, rt: ReportText): string {
  const r = step.result;
  if (!r) return rt.say('notRunYet');
  const words = rt.result(r);
  // The first fix, else the step's own sentence (a blocked step names what it waits for).
  return words.remediation[0] ?? words.summary;
}

function failureBlock(
  step: ReportStep,
  n: number,
  waiting: readonly ReportStep[],
  esc: Escape,
  rt: ReportText,
): string {
  const r = step.result;
  if (!r) return '';
  const words = rt.result(r);
  const fixes = words.remediation.map((line) => `<li>${esc(line)}</li>`).join('');
  const waits =
    waiting.length === 0
      ? ''
      : `<p class="muted">${esc(rt.say('alsoWaiting', { steps: waiting.map((w) => w.title).join('; ') }))}</p>`;
  return `<article class="finding ${r.status}" data-finding="${esc(step.id)}"><h3>${n}. ${esc(step.title)} <span class="status ${r.status}">${esc(shortStatus(r.status, rt))}</span></h3><p>${esc(words.summary)}</p>${
    fixes ? `<ol class="fixes">${fixes}</ol>` : ''
  }${waits}</article>`;
}

/**
 * Blocked steps that wait only on a failing step (directly or through another such step): on
 * paper they belong under that failure, not in the to-do list, since its fix unblocks them.
 */
function waitingOnFailures(
  failing: readonly ReportStep[],
  unproven: readonly ReportStep[],
): Map<StepId, StepId> {
  const rootOf = new Map<StepId, StepId>(failing.map((f) => [f.id, f.id]));
  for (const step of unproven) {
    if (step.result?.status !== 'blocked') continue;
    const deps = findStep(step.id)?.dependsOn ?? [];
    const root = deps.map((d) => rootOf.get(d)).find((r) => r !== undefined);
    if (root) rootOf.set(step.id, root);
  }
  for (const f of failing) rootOf.delete(f.id);
  return rootOf;
}

/** Filled in from the session when the technician typed it, else lines to write on by hand. */
function signOff(snapshot: SessionSnapshot, esc: Escape, rt: ReportText): string {
  const typed = snapshot.signOff;
  const field = (value: string | undefined): string =>
    value ? `<span class="filled">${esc(value)}</span>` : '<span class="blank"></span>';
  const cell = (label: string, value?: string): string =>
    `<th scope="row">${esc(label)}</th><td>${field(value)}</td>`;
  return `<section class="sign-off" aria-labelledby="sign-off"><h2 id="sign-off">${esc(rt.say('signOff'))} <span class="muted">${esc(rt.say('signOffSession', { id: snapshot.id }))}</span></h2><table class="sign"><tbody><tr>${cell(rt.say('technician'), typed?.technician)}${cell(rt.say('reference'), typed?.reference)}</tr><tr>${cell(rt.say('date'), typed?.date)}${cell(rt.say('signature'))}</tr><tr><th scope="row">${esc(rt.say('notes'))}</th><td colspan="3">${field(typed?.notes)}</td></tr></tbody></table></section>`;
}

export function renderSummaryPage(
  snapshot: SessionSnapshot,
  steps: readonly ReportStep[],
  facts: string,
  esc: Escape,
  rt: ReportText,
): string {
  const outcome = decideSessionVerdict(steps.map((s) => ({ id: s.id, result: s.result })));
  const results = steps.flatMap((s) => (s.result ? [s.result] : []));
  const failing = steps.filter((s) => s.result?.status === 'fail' || s.result?.status === 'error');
  // What is unproven, by the same rule as the verdict, also when a failure already decided it.
  const unprovenIds = new Set(
    decideSessionVerdict(
      steps.filter((s) => !failing.includes(s)).map((s) => ({ id: s.id, result: s.result })),
    ).verdictReasons,
  );
  const folded = waitingOnFailures(
    failing,
    steps.filter((s) => unprovenIds.has(s.id)),
  );
  const unproven = steps.filter((s) => unprovenIds.has(s.id) && !folded.has(s.id));
  const waitingOn = (id: StepId): ReportStep[] => steps.filter((s) => folded.get(s.id) === id);
  // An extension step that does not apply, or that the recording holds nothing for (an older
  // recording replayed, issues 16 and 17), would only push the sign-off off page 1; it stays in
  // the evidence pages.
  const rest = steps.filter(
    (s) => !failing.includes(s) && !unprovenIds.has(s.id) && (isContractStep(s.id) || !saysNothing(s.result)),
  );

  const verdict = `<div class="verdict verdict-${outcome.verdict}" data-verdict="${outcome.verdict}"><p class="verdict-line"><span class="verdict-symbol" aria-hidden="true">${VERDICT_SYMBOL[outcome.verdict]}</span> <strong>${esc(verdictWord(outcome.verdict, rt.tr))}</strong> — ${esc(verdictReason(outcome, results, rt.tr))}</p><p class="verdict-question">${esc(rt.say('question'))}</p></div>`;

  const failures =
    failing.length === 0
      ? ''
      : `<section aria-labelledby="blocking"><h2 id="blocking">${esc(rt.say('blocking'))}</h2>${failing
          .map((s, i) => failureBlock(s, i + 1, waitingOn(s.id), esc, rt))
          .join('')}</section>`;

  const todo =
    unproven.length === 0
      ? ''
      : `<section aria-labelledby="still-to-do"><h2 id="still-to-do">${esc(rt.say('stillToDo'))}</h2><table class="compact"><thead><tr><th scope="col">${esc(rt.say('col.step'))}</th><th scope="col">${esc(rt.say('col.who'))}</th><th scope="col">${esc(rt.say('col.what'))}</th></tr></thead><tbody>${unproven
          .map(
            (s) =>
              `<tr data-todo="${esc(s.id)}"><td>${esc(s.title)}</td><td>${esc(whoMust(s, rt))}</td><td>${esc(whatToDo(s, rt))}</td></tr>`,
          )
          .join('')}</tbody></table></section>`;

  const others = `<section aria-labelledby="other-steps"><h2 id="other-steps">${esc(
    rt.say(failing.length + unproven.length === 0 ? 'everyStep' : 'otherSteps'),
  )}</h2><table class="compact passes"><tbody>${rest
    .map((s) => {
      const status = s.result?.status;
      return `<tr><td>${esc(s.title)}</td><td class="status ${status ?? 'not-run'}">${esc(
        status ? shortStatus(status, rt) : rt.say('status.notRun'),
      )}</td><td class="muted">${esc(s.result ? rt.result(s.result).summary : '')}</td></tr>`;
    })
    .join('')}</tbody></table></section>`;

  return `<section class="page-one" aria-labelledby="verdict-heading"><h2 id="verdict-heading" class="visually-hidden">${esc(rt.say('verdictHeading'))}</h2>${verdict}${facts}${failures}${todo}${others}${signOff(snapshot, esc, rt)}</section>`;
}
