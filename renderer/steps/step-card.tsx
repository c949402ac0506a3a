import { useText } from '../i18n/use-text.js';
import { localizeDetails, localizeResult } from '../../common/i18n/step-text.js';
import type { StepInfo, StepState } from '../../common/ipc/contract.js';
import { useState } from 'react';
import { Elapsed } from '../components/elapsed.js';
import { StatusBadge } from '../components/status-badge.js';
import { useApp } from '../store.js';
import { ActionControls } from './action-controls.js';
import { EvidenceList } from './evidence.js';
import { EventTimelineView } from './event-timeline.js';
import { adaptedInstructions, VpnKindFound } from './vpn-kind-found.js';
import { ManualConfirm } from './manual-confirm.js';
import { isActive, NEEDS_ATTENTION, shownOf } from './status.js';
import { UpdateControls } from './update-controls.js';

export function StepCard({ info, state }: { info: StepInfo; state: StepState }) {
  const snapshot = useApp((s) => s.snapshot);
  const runStep = useApp((s) => s.runStep);
  const cancel = useApp((s) => s.cancel);
  const [open, setOpen] = useState<'why' | 'evidence' | null>(null);
  const { t, tr } = useText();
  if (!snapshot) return null;
  const shown = shownOf(state, info.kind);
  const stored = state.result;
  const result = stored
    ? { ...stored, ...localizeResult(stored, tr), details: localizeDetails(stored, tr) }
    : null;
  const active = isActive(state);
  const headingId = `step-${info.id}`;
  // While a step re-runs, its old advice would mislead: show only the previous summary, marked as such.
  // A cancel is the technician's choice, not a fault: no fix-it list, only the way to run it again.
  const remediation =
    result && !active && shown !== 'cancelled' && NEEDS_ATTENTION.has(result.status)
      ? result.remediation
      : [];
  const actionButton = info.action?.button ?? null;
  // The button on screen that runs this step again (a manual step is re-judged by any run).
  const runAgainLabel = actionButton ?? (info.kind === 'check' ? t('step.runAgain') : t('checklist.runAll'));
  const settled = result && (result.status === 'pass' || result.status === 'skip') && !active;
  const hasEvidence = Boolean(result && result.evidence.length > 0);
  // Issue 16a: the rasdial steps say what they do for the kind of VPN found.
  const vpnKind = snapshot.steps.find((s) => s.id === 'vpn-kind')?.result?.details.kind;
  const instructions = adaptedInstructions(info.id, vpnKind) ?? info.instructions;

  return (
    <article className={`step step-${shown}`} aria-labelledby={headingId}>
      <header className="step-header">
        <h3 id={headingId} className="step-title">
          {info.title}
        </h3>
        <StatusBadge shown={shown} />
      </header>

      {result ? (
        active ? (
          <p className="summary previous">{t('step.lastResult', { summary: result.summary })}</p>
        ) : shown === 'not-run' ? (
          <p className="summary">{t('step.notRunYet', { button: actionButton ?? t('step.itsButton') })}</p>
        ) : shown === 'cancelled' ? (
          <p className="summary">{t('step.cancelledByYou', { button: runAgainLabel })}</p>
        ) : (
          <p className="summary">{result.summary}</p>
        )
      ) : null}

      {result && !active ? <EventTimelineView details={result.details} /> : null}
      {result && !active && info.id === 'vpn-kind' ? <VpnKindFound details={result.details} /> : null}

      {state.phase === 'running' ? (
        <div className="running-row">
          <progress className="busy-bar" aria-label={t('step.inProgress', { title: info.title })} />
          {state.runningSince ? (
            <Elapsed since={state.runningSince} />
          ) : (
            <span className="elapsed">{t('step.running')}</span>
          )}
          <button
            type="button"
            className="button small"
            aria-label={t('step.cancelLabel', { title: info.title })}
            onClick={() => void cancel(info.id)}
          >
            {t('checklist.cancel')}
          </button>
        </div>
      ) : null}
      {state.phase === 'queued' ? <p className="muted">{t('step.waiting')}</p> : null}

      {remediation.length > 0 ? (
        <div className="remediation">
          <h4>{t('step.howToFix')}</h4>
          <ol>
            {remediation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      ) : null}

      {settled && info.kind === 'check' ? null : (
        <div className="instructions">
          <h4>{t(`step.kind.${info.kind}`)}</h4>
          <p>{instructions}</p>
        </div>
      )}

      {info.kind === 'manual' ? <ManualConfirm info={info} /> : null}
      {info.kind === 'action' ? <ActionControls info={info} state={state} /> : null}
      {info.action?.requires === 'updatePackage' ? <UpdateControls state={state} /> : null}
      <div className="step-footer">
        {info.kind === 'check' ? (
          <button
            type="button"
            className="button"
            disabled={snapshot.readOnly || active}
            aria-label={t('step.runLabel', {
              action: result ? t('step.runAgain') : t('step.runThis'),
              title: info.title,
            })}
            onClick={() => void runStep(info.id, false)}
          >
            {result ? t('step.runAgain') : t('step.runThis')}
          </button>
        ) : null}
        <button
          type="button"
          className="disclosure-toggle"
          aria-expanded={open === 'why'}
          aria-controls={`${headingId}-why`}
          onClick={() => setOpen(open === 'why' ? null : 'why')}
        >
          <span aria-hidden="true" className="disclosure-caret">
            {open === 'why' ? '▾' : '▸'}
          </span>
          {t('step.why')}
        </button>
        {hasEvidence ? (
          <button
            type="button"
            className="disclosure-toggle"
            aria-expanded={open === 'evidence'}
            aria-controls={`${headingId}-evidence`}
            onClick={() => setOpen(open === 'evidence' ? null : 'evidence')}
          >
            <span aria-hidden="true" className="disclosure-caret">
              {open === 'evidence' ? '▾' : '▸'}
            </span>
            {t('step.showEvidence')}
          </button>
        ) : null}
      </div>
      {open === 'why' ? (
        <div id={`${headingId}-why`} className="disclosure-body">
          <p>{info.why}</p>
          {settled && info.kind === 'check' ? (
            <p>
              <strong>{t('step.whatAppChecks')}</strong>
              {info.instructions}
            </p>
          ) : null}
          <p>
            <a href={info.source.url} target="_blank" rel="noreferrer">
              {t('step.docs', { section: info.source.section })}
            </a>
          </p>
        </div>
      ) : null}
      {open === 'evidence' && result ? (
        <div id={`${headingId}-evidence`} className="disclosure-body">
          <EvidenceList evidence={result.evidence} />
        </div>
      ) : null}
    </article>
  );
}
