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

  useEffect(() => {
    void init();
  }, [init]);
  usePageDrop();

  const onSession = snapshot && screen !== 'start' && screen !== 'fleet';
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-bar">
        <span className="app-name">
          <span aria-hidden="true" className="logo">
            ◆
          </span>{' '}
          Hybrid VPN Validator
        </span>
        <span className="app-version">{version ? `v${version}` : ''}</span>
      </header>
      <main id="content" className={onSession ? 'content session' : 'content'}>
        <ErrorAlerts />
        {!ready ? (
          <p role="status" className="loading">
            Loading…
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
