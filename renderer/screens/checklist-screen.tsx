import { useText } from '../i18n/use-text.js';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { SessionHeader } from '../components/session-header.js';
import { VerdictBanner } from '../components/verdict-banner.js';
import { groupSteps } from '../stages/group-steps.js';
import { StagePanel } from '../stages/stage-panel.js';
import { StageRail } from '../stages/stage-rail.js';
import { useApp } from '../store.js';
import { isActive } from '../steps/status.js';

function progressText(snapshot: SessionSnapshot, batch: readonly string[], t: TFunction): string {
  const running = snapshot.steps.filter(isActive);
  if (running.length === 0 || batch.length === 0) return '';
  const done = snapshot.steps.filter((s) => batch.includes(s.id) && s.phase === 'done').length;
  return t('checklist.progress', { current: Math.min(done + 1, batch.length), total: batch.length });
}

export function ChecklistScreen({ snapshot }: { snapshot: SessionSnapshot }) {
  const checklist = useApp((s) => s.checklist);
  const runBatch = useApp((s) => s.runBatch);
  const selectedStage = useApp((s) => s.selectedStage);
  const runAll = useApp((s) => s.runAll);
  const runPending = useApp((s) => s.runPending);
  const cancel = useApp((s) => s.cancel);
  const { t } = useText();
  const groups = useMemo(() => groupSteps(snapshot, checklist), [snapshot, checklist]);
  const selectedIndex = Math.max(
    0,
    groups.findIndex((g) => g.stage === selectedStage),
  );
  const selected = groups[selectedIndex];
  const next = groups[selectedIndex + 1] ?? null;
  const progress = progressText(snapshot, runBatch, t);
  const running = progress !== '';

  return (
    <>
      <div className="screen-top">
        <ScreenHeading>{snapshot.title}</ScreenHeading>
        <SessionHeader snapshot={snapshot} />
      </div>
      <VerdictBanner snapshot={snapshot} checklist={checklist} />
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          disabled={snapshot.readOnly || running || runPending}
          onClick={() => void runAll()}
        >
          {t('checklist.runAll')}
        </button>
        <p role="status" aria-live="polite" className="progress">
          {running ? (
            <>
              <span className="spinner" aria-hidden="true" /> {progress}
            </>
          ) : null}
        </p>
        {running ? (
          <button
            type="button"
            className="button"
            aria-label={t('checklist.cancelAll')}
            onClick={() => void cancel()}
          >
            {t('checklist.cancel')}
          </button>
        ) : null}
        {snapshot.readOnly ? (
          <p className="hint">{t('checklist.readOnlyHint')}</p>
        ) : snapshot.mode === 'replay' ? (
          <p className="hint">{t('checklist.replayHint')}</p>
        ) : (
          <p className="hint">{t('checklist.liveHint')}</p>
        )}
      </div>
      <div className="checklist">
        <StageRail groups={groups} />
        {selected ? (
          <StagePanel group={selected} snapshot={snapshot} checklist={checklist} next={next} />
        ) : (
          <p className="muted">{t('checklist.noSteps')}</p>
        )}
      </div>
    </>
  );
}
