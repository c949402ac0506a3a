import { useText } from '../i18n/use-text.js';
import { localizeResult } from '../../common/i18n/step-text.js';
import { LANGUAGE_NAMES, pickLanguage } from '../../common/i18n/languages.js';
import { useMemo } from 'react';
import type { ExportFormat, SessionSnapshot, StepState } from '../../common/ipc/contract.js';
import { decideSessionVerdict } from '../../common/engine/verdict.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { SessionHeader } from '../components/session-header.js';
import { VerdictBanner } from '../components/verdict-banner.js';
import { SignOffForm } from '../report/sign-off-form.js';
import { StatusBadge } from '../components/status-badge.js';
import { groupSteps } from '../stages/group-steps.js';
import { countResults } from '../steps/counts.js';
import { isCancelled, NEEDS_ATTENTION, shownOf } from '../steps/status.js';
import { useApp } from '../store.js';

const EXPORTS: readonly ExportFormat[] = ['html', 'pdf', 'json', 'scenario'];
const COLUMNS = ['pass', 'warn', 'fail', 'manual', 'blocked', 'skip', 'error'] as const;

/**
 * What blocks the device first (fail, error), then what keeps it incomplete, then warnings, then
 * what the verdict does not count (tenant checks waiting for a sign-in): a RAS 809 failure must not
 * sit below two tenant steps that only want a sign-in. Checklist order within each group.
 */
function byUrgency(snapshot: SessionSnapshot, steps: readonly StepState[]): StepState[] {
  const unproven = new Set(
    decideSessionVerdict(
      snapshot.steps.filter((s) => s.result?.status !== 'fail' && s.result?.status !== 'error'),
    ).verdictReasons,
  );
  const rank = (s: StepState): number => {
    const status = s.result?.status;
    if (status === 'fail' || status === 'error') return 0;
    if (unproven.has(s.id)) return 1;
    return status === 'warn' ? 2 : 3;
  };
  return [...steps].sort((a, b) => rank(a) - rank(b));
}

export function ReportScreen({ snapshot }: { snapshot: SessionSnapshot }) {
  const checklist = useApp((s) => s.checklist);
  const busy = useApp((s) => s.busy);
  const lastExport = useApp((s) => s.lastExport);
  const exportSession = useApp((s) => s.exportSession);
  const selectStage = useApp((s) => s.selectStage);
  const goTo = useApp((s) => s.goTo);
  const { t, tr, language } = useText();
  const groups = useMemo(() => groupSteps(snapshot, checklist), [snapshot, checklist]);
  const attention = byUrgency(
    snapshot,
    snapshot.steps.filter(
      (s) => s.result && (NEEDS_ATTENTION.has(s.result.status) || s.result.status === 'manual'),
    ),
  );
  const cancelledCount = snapshot.steps.filter((s) => isCancelled(s.result)).length;
  const exported = lastExport ? EXPORTS.find((e) => e === lastExport.format) : undefined;

  return (
    <>
      <div className="screen-top">
        <ScreenHeading>{t('report.heading', { title: snapshot.title })}</ScreenHeading>
        <SessionHeader snapshot={snapshot} />
      </div>
      <VerdictBanner snapshot={snapshot} checklist={checklist} />
      <div className="report">
        <section className="panel" aria-labelledby="export-heading">
          <h2 id="export-heading" className="panel-title">
            {t('report.handOver')}
          </h2>
          <div className="button-row">
            {EXPORTS.map((e) => (
              <button
                key={e}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void exportSession(e)}
              >
                {t(`report.export.${e}`)}
              </button>
            ))}
          </div>
          <p role="status" className="export-result">
            {lastExport && exported
              ? lastExport.path
                ? t('report.saved', { what: t(`report.what.${exported}`), path: lastExport.path })
                : t('report.exportCancelled')
              : ''}
          </p>
          <p className="muted">
            {t('report.exportLanguage', { language: LANGUAGE_NAMES[pickLanguage([language])] })}
          </p>
        </section>

        <div className="counts-scroll" tabIndex={0} role="region" aria-label={t('report.byStage')}>
          <table className="counts-table">
            <caption>{t('report.byStage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.stage')}</th>
                {COLUMNS.map((status) => (
                  <th key={status} scope="col">
                    {t(`report.col.${status}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const counts = countResults(g.steps);
                return (
                  <tr key={g.stage}>
                    <th scope="row">{tr(`stage.${g.stage}`, g.stage)}</th>
                    {COLUMNS.map((status) => (
                      <td key={status} className={counts[status] > 0 ? `count-${status}` : 'count-zero'}>
                        {counts[status]}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {cancelledCount > 0 ? (
          <p className="muted">{t('report.cancelledNote', { count: cancelledCount })}</p>
        ) : null}

        <section aria-labelledby="attention-heading">
          <h2 id="attention-heading" className="panel-title">
            {t('report.attention')}
          </h2>
          {attention.length === 0 ? (
            <p>{t('report.nothing')}</p>
          ) : (
            <ul className="attention-list">
              {attention.map((state) => {
                const info = checklist.find((c) => c.id === state.id);
                const stored = state.result;
                if (!stored) return null;
                const result = { ...stored, ...localizeResult(stored, tr) };
                const title = info ? tr(`step.${info.id}.title`, info.title) : state.id;
                const shown = shownOf(state, info?.kind);
                return (
                  <li key={state.id} className="attention-item">
                    <div className="attention-head">
                      <StatusBadge shown={shown} />
                      <h3 className="attention-title">{title}</h3>
                      <span className="muted">{tr(`stage.${result.stage}`, result.stage)}</span>
                    </div>
                    <p>{result.summary}</p>
                    {shown !== 'cancelled' && result.remediation.length > 0 ? (
                      <ol>
                        {result.remediation.map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ol>
                    ) : null}
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('report.showInChecklistLabel', { title })}
                      onClick={() => {
                        selectStage(result.stage);
                        goTo('checklist');
                      }}
                    >
                      {t('report.showInChecklist')} <span aria-hidden="true">→</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <SignOffForm key={snapshot.id} snapshot={snapshot} />
      </div>
    </>
  );
}
