import { useText } from '../i18n/use-text.js';
import { localizeStepInfo } from '../../common/i18n/step-text.js';
import { useEffect, useRef } from 'react';
import type { SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';
import { StepCard } from '../steps/step-card.js';
import { useApp } from '../store.js';
import { StageInputs } from './stage-inputs.js';
import type { StageGroup } from './stage-rail.js';

/** The selected stage's steps, in procedure order. */
export interface StagePanelProps {
  group: StageGroup;
  snapshot: SessionSnapshot;
  checklist: readonly StepInfo[];
  /** The stage after this one, offered at the bottom so the procedure reads top to bottom. */
  next: StageGroup | null;
}

export function StagePanel({ group, snapshot, checklist, next }: StagePanelProps) {
  const selectStage = useApp((s) => s.selectStage);
  const goTo = useApp((s) => s.goTo);
  const { t, tr } = useText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Choosing a stage in the rail moves focus to it; the very first render leaves focus on the h1.
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [group.stage]);

  return (
    <section className="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" ref={headingRef} tabIndex={-1} className="stage-title">
        {tr(`stage.${group.stage}`, group.stage)}
      </h2>
      <StageInputs key={group.stage} stage={group.stage} snapshot={snapshot} />
      {group.steps.map((state) => {
        const info = checklist.find((s) => s.id === state.id);
        if (!info) {
          return (
            <p key={state.id} className="muted">
              {t('checklist.unknownStep', { id: state.id })}
            </p>
          );
        }
        return <StepCard key={state.id} info={localizeStepInfo(info, tr)} state={state} />;
      })}
      <div className="stage-next">
        {next ? (
          <button type="button" className="button" onClick={() => selectStage(next.stage)}>
            {t('checklist.nextStage', { stage: tr(`stage.${next.stage}`, next.stage) })}{' '}
            <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button type="button" className="button" onClick={() => goTo('report')}>
            {t('checklist.seeReport')} <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
    </section>
  );
}
