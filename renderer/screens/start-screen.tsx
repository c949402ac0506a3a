import { formatWhen, useText } from '../i18n/use-text.js';
import { LanguageSwitch } from '../start/language-switch.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { SignInPanel } from '../components/sign-in-panel.js';
import { HistoryList } from '../start/history-list.js';
import { FleetEntry } from '../fleet/fleet-entry.js';
import { LiveUnavailableBanner } from '../start/live-unavailable-banner.js';
import { RunContextNote } from '../start/run-context-note.js';
import { ScenarioDrop } from '../start/scenario-drop.js';
import { ValidationForm } from '../start/validation-form.js';
import { STAGES } from '../../common/vocabulary.js';
import { useApp } from '../store.js';

export function StartScreen() {
  const resumable = useApp((s) => s.resumable);
  const resume = useApp((s) => s.resume);
  const { t, tr, language } = useText();

  return (
    <>
      <div className="screen-top">
        <ScreenHeading>{t('app.name')}</ScreenHeading>
        <LanguageSwitch />
        <p className="tagline">{t('start.tagline')}</p>
        {/* The procedure at a glance, before anything has run: the stages the checklist walks. */}
        <ol className="procedure-stages" aria-label={t('start.stagesLabel')}>
          {STAGES.map((stage) => (
            <li key={stage}>{tr(`stage.${stage}`, stage)}</li>
          ))}
        </ol>
      </div>
      <LiveUnavailableBanner />
      <RunContextNote />
      {resumable ? (
        <section className="banner info" aria-labelledby="resume-heading">
          <span aria-hidden="true" className="banner-icon">
            ↻
          </span>
          <div>
            <h2 id="resume-heading" className="banner-title">
              {t('start.resumeTitle')}
            </h2>
            <p>
              {t('start.resumeSaved', {
                title: resumable.title,
                when: formatWhen(resumable.updatedAt, language),
              })}
            </p>
          </div>
          <button type="button" className="button primary" onClick={resume}>
            {t('start.resume')}
          </button>
        </section>
      ) : null}
      <div className="start-grid">
        <ValidationForm />
        <div className="start-side">
          <ScenarioDrop />
          <SignInPanel />
          <FleetEntry />
          <HistoryList />
        </div>
      </div>
    </>
  );
}
