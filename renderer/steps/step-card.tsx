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

const KIND_LABEL: Record<StepInfo['kind'], string> = {
  check: 'What the app checks',
  action: 'What this does',
  manual: 'What you do',
};

export function StepCard({ info, state }: { info: StepInfo; state: StepState }) {
  const snapshot = useApp((s) => s.snapshot);
  const runStep = useApp((s) => s.runStep);
  const cancel = useApp((s) => s.cancel);
  const [open, setOpen] = useState<'why' | 'evidence' | null>(null);
  if (!snapshot) return null;
  const shown = shownOf(state, info.kind);
  const result = state.result;
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
  const runAgainLabel = actionButton ?? (info.kind === 'check' ? 'Run again' : 'Run all checks');
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
          <p className="summary previous">Last result: {result.summary}</p>
        ) : shown === 'not-run' ? (
          <p className="summary">
            Not run yet — press {actionButton ? <strong>{actionButton}</strong> : 'its button'} when ready.
          </p>
        ) : shown === 'cancelled' ? (
          <p className="summary">
            Cancelled by you before it finished: nothing is wrong because of it. Press{' '}
            <strong>{runAgainLabel}</strong> when ready.
          </p>
        ) : (
          <p className="summary">{result.summary}</p>
        )
      ) : null}

      {result && !active ? <EventTimelineView details={result.details} /> : null}
      {result && !active && info.id === 'vpn-kind' ? <VpnKindFound details={result.details} /> : null}

      {state.phase === 'running' ? (
        <div className="running-row">
          <progress className="busy-bar" aria-label={`${info.title} in progress`} />
          {state.runningSince ? (
            <Elapsed since={state.runningSince} />
          ) : (
            <span className="elapsed">Running…</span>
          )}
          <button
            type="button"
            className="button small"
            aria-label={`Cancel ${info.title}`}
            onClick={() => void cancel(info.id)}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {state.phase === 'queued' ? <p className="muted">Waiting for the steps it depends on…</p> : null}

      {remediation.length > 0 ? (
        <div className="remediation">
          <h4>How to fix it</h4>
          <ol>
            {remediation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      ) : null}

      {settled && info.kind === 'check' ? null : (
        <div className="instructions">
          <h4>{KIND_LABEL[info.kind]}</h4>
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
            aria-label={`${result ? 'Run again' : 'Run this check'}: ${info.title}`}
            onClick={() => void runStep(info.id, false)}
          >
            {result ? 'Run again' : 'Run this check'}
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
          Why this matters
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
            Show evidence
          </button>
        ) : null}
      </div>
      {open === 'why' ? (
        <div id={`${headingId}-why`} className="disclosure-body">
          <p>{info.why}</p>
          {settled && info.kind === 'check' ? (
            <p>
              <strong>What the app checks: </strong>
              {info.instructions}
            </p>
          ) : null}
          <p>
            <a href={info.source.url} target="_blank" rel="noreferrer">
              Microsoft documentation: {info.source.section}
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
