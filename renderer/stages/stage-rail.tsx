import { useText } from '../i18n/use-text.js';
import type { Stage } from '../../common/model.js';
import type { StepState } from '../../common/ipc/contract.js';
import { SHOWN_LABEL, shownText } from '../steps/status.js';
import { useApp } from '../store.js';
import { stageShown } from './stage-status.js';

export interface StageGroup {
  stage: Stage;
  steps: StepState[];
}

/** The procedure's stages, always visible, each with its most urgent status. */
export function StageRail({ groups }: { groups: readonly StageGroup[] }) {
  const selected = useApp((s) => s.selectedStage);
  const selectStage = useApp((s) => s.selectStage);
  const checklist = useApp((s) => s.checklist);
  const { t, tr } = useText();
  return (
    <nav aria-label={t('checklist.stages')} className="rail">
      <ol className="rail-list">
        {groups.map(({ stage, steps }, index) => {
          const shown = stageShown(steps, checklist);
          const { icon } = SHOWN_LABEL[shown];
          const text = shownText(shown);
          const stageName = tr(`stage.${stage}`, stage);
          return (
            <li key={stage}>
              <button
                type="button"
                className={`rail-item status-${shown}`}
                aria-current={selected === stage ? 'true' : undefined}
                aria-label={`${stageName}, ${text}`}
                onClick={() => selectStage(stage)}
              >
                <span className="rail-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="rail-text">
                  <span className="rail-stage">{stageName}</span>
                  <span className="rail-status">
                    <span aria-hidden="true">{icon} </span>
                    {text}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
