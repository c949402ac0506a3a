import { ScreenHeading } from '../components/screen-heading.js';
import { SignInPanel } from '../components/sign-in-panel.js';
import { HistoryList } from '../start/history-list.js';
import { FleetEntry } from '../fleet/fleet-entry.js';
import { RunContextNote } from '../start/run-context-note.js';
import { ScenarioDrop } from '../start/scenario-drop.js';
import { ValidationForm } from '../start/validation-form.js';
import { STAGES } from '../../common/vocabulary.js';
import { useApp } from '../store.js';

export function StartScreen() {
  const appInfo = useApp((s) => s.appInfo);
  const resumable = useApp((s) => s.resumable);
  const resume = useApp((s) => s.resume);

  return (
    <>
      <div className="screen-top">
        <ScreenHeading>Hybrid VPN Validator</ScreenHeading>
        <p className="tagline">
          Checks, step by step, that this device can complete a Windows Autopilot hybrid Azure AD join over
          VPN.
        </p>
        {/* The procedure at a glance, before anything has run: the stages the checklist walks. */}
        <ol className="procedure-stages" aria-label="The stages of the validation">
          {STAGES.map((stage) => (
            <li key={stage}>{stage}</li>
          ))}
        </ol>
      </div>
      {appInfo && !appInfo.live.available ? (
        <div role="status" className="banner warn">
          <span aria-hidden="true" className="banner-icon">
            !
          </span>
          <p>
            <strong>Live checks are not available on this computer</strong>
            {appInfo.live.reason ? `: ${appInfo.live.reason.replace(/\.?\s*$/, '.')}` : '.'} You can still
            open a recorded scenario to replay it.
          </p>
        </div>
      ) : null}
      <RunContextNote />
      {resumable ? (
        <section className="banner info" aria-labelledby="resume-heading">
          <span aria-hidden="true" className="banner-icon">
            ↻
          </span>
          <div>
            <h2 id="resume-heading" className="banner-title">
              Validation in progress
            </h2>
            <p>
              {resumable.title}, last saved {new Date(resumable.updatedAt).toLocaleString()}.
            </p>
          </div>
          <button type="button" className="button primary" onClick={resume}>
            Resume validation
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
