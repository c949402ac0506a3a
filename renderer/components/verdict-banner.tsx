/**
 * The answer to "is this device ready?", always on screen: word, icon, colour and the one-line
 * reason, from the same engine function and words as the report and the CLI. "What to do next"
 * takes the technician to the first step that decided it.
 */
import { useText } from '../i18n/use-text.js';
import type { SessionSnapshot, StepInfo } from '../../common/ipc/contract.js';
import type { StepId } from '../../common/model.js';
import { decideSessionVerdict } from '../../common/engine/verdict.js';
import { VERDICT_SYMBOL, verdictReason, verdictWord } from '../../common/engine/verdict-text.js';
import { useApp } from '../store.js';

/** After the checklist has rendered the stage, bring the step's card into view and focus it. */
function revealStep(id: StepId): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(`step-${id}`);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.closest('article')?.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  });
}

export function VerdictBanner({
  snapshot,
  checklist,
}: {
  snapshot: SessionSnapshot;
  checklist: readonly StepInfo[];
}) {
  const selectStage = useApp((s) => s.selectStage);
  const goTo = useApp((s) => s.goTo);
  const { t, tr } = useText();
  const outcome = decideSessionVerdict(snapshot.steps);
  const results = snapshot.steps.flatMap((s) => (s.result ? [s.result] : []));
  const reason = verdictReason(outcome, results, tr);
  const first = outcome.verdictReasons[0];
  const firstInfo = first ? checklist.find((c) => c.id === first) : undefined;

  return (
    <section className={`verdict-banner verdict-${outcome.verdict}`} aria-labelledby="verdict-word">
      <span className="verdict-icon" aria-hidden="true">
        {VERDICT_SYMBOL[outcome.verdict]}
      </span>
      <p className="verdict-text" aria-live="polite">
        <strong id="verdict-word" className="verdict-word">
          {verdictWord(outcome.verdict, tr)}
        </strong>{' '}
        <span className="verdict-reason">— {reason}</span>
      </p>
      {first && firstInfo ? (
        <button
          type="button"
          className="button verdict-next"
          onClick={() => {
            selectStage(firstInfo.stage);
            goTo('checklist');
            revealStep(first);
          }}
        >
          {t('verdict.next', { title: tr(`step.${firstInfo.id}.title`, firstInfo.title) })}{' '}
          <span aria-hidden="true">→</span>
        </button>
      ) : null}
    </section>
  );
}
