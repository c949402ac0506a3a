import { useText } from './i18n/use-text.js';
import { useEffect } from 'react';
import { ErrorAlerts } from './components/error-alerts.js';
import { ChecklistScreen } from './screens/checklist-screen.js';
import { ReportScreen } from './screens/report-screen.js';
import { StartScreen } from './screens/start-screen.js';
import { FleetScreen } from './fleet/fleet-screen.js';
import { usePageDrop } from './start/page-drop.js';
import { useApp } from './store.js';

export function App() {
  const ready = useApp((s) => s.ready);
  const screen = useApp((s) => s.screen);
  const snapshot = useApp((s) => s.snapshot);
  const init = useApp((s) => s.init);
  const version = useApp((s) => s.appInfo?.version);
  const { t, language } = useText();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    void init();
  }, [init]);
  usePageDrop();

  const onSession = snapshot && screen !== 'start' && screen !== 'fleet';
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="app-bar">
        <span className="app-name">
          <span aria-hidden="true" className="logo">
            ◆
          </span>{' '}
          {t('app.name')}
        </span>
        <span className="app-version">{version ? `v${version}` : ''}</span>
      </header>
      <main id="content" className={onSession ? 'content session' : 'content'}>
        <ErrorAlerts />
        {!ready ? (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        ) : onSession && screen === 'checklist' ? (
          <ChecklistScreen key={`c-${snapshot.id}`} snapshot={snapshot} />
        ) : onSession && screen === 'report' ? (
          <ReportScreen key={`r-${snapshot.id}`} snapshot={snapshot} />
        ) : screen === 'fleet' ? (
          <FleetScreen />
        ) : (
          <StartScreen />
        )}
      </main>
    </>
  );
}
