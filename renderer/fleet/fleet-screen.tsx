/**
 * The Fleet screen: what Intune Remediations collected from many devices, read from an export or
 * straight from Graph when signed in, answered first as "how many are ready, and what do I fix?".
 */
import { useEffect, useState } from 'react';
import { ScreenHeading } from '../components/screen-heading.js';
import { SignInPanel } from '../components/sign-in-panel.js';
import { api } from '../api.js';
import { useText } from '../i18n/use-text.js';
import { richText } from '../i18n/rich-text.js';
import { useApp } from '../store.js';
import { useFleet } from './fleet-store.js';
import { FleetResults } from './fleet-results.js';
import './fleet.css';

export function FleetScreen() {
  const { t } = useText();
  const goTo = useApp((s) => s.goTo);
  const view = useFleet((s) => s.view);
  const error = useFleet((s) => s.error);
  const dismissError = useFleet((s) => s.dismissError);
  const setProgress = useFleet((s) => s.setProgress);

  useEffect(() => api().on('fleetProgress', setProgress), [setProgress]);

  return (
    <div className="fleet">
      <div className="fleet-top">
        <button type="button" className="button small" onClick={() => goTo('start')}>
          <span aria-hidden="true">← </span>
          {t('fleetScreen.back')}
        </button>
        <ScreenHeading>{t('fleetScreen.title')}</ScreenHeading>
        <p className="tagline">
          {richText(t, 'fleetScreen.tagline', { command: <code>hvv fleet script</code> })}
        </p>
      </div>
      {error ? (
        <div role="alert" className="alert fleet-error">
          <span aria-hidden="true" className="alert-icon">
            !
          </span>
          <p className="alert-text">{error}</p>
          <button
            type="button"
            className="button small"
            aria-label={t('errors.dismissLabel')}
            onClick={dismissError}
          >
            {t('errors.dismiss')}
          </button>
        </div>
      ) : null}
      {view ? <FleetResults view={view} /> : null}
      <FleetSources compact={view !== null} />
    </div>
  );
}

function FleetSources({ compact }: { compact: boolean }) {
  const { t } = useText();
  const busy = useFleet((s) => s.busy);
  const open = useFleet((s) => s.open);
  const auth = useApp((s) => s.auth);

  return (
    <section
      className={compact ? 'fleet-sources compact' : 'fleet-sources'}
      aria-labelledby="fleet-sources-title"
    >
      <h2 id="fleet-sources-title" className="panel-title">
        {compact ? t('fleetScreen.openAnother') : t('fleetScreen.openFirst')}
      </h2>
      <div className="fleet-source-grid">
        <section className="panel" aria-labelledby="fleet-file-title">
          <h3 id="fleet-file-title" className="panel-title small">
            {t('fleetScreen.fromExport')}
          </h3>
          <p className="muted">{t('fleetScreen.exportWhere')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy !== null}
              onClick={() => void open('file')}
            >
              {t('fleetScreen.openFile')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => void open('folder')}
            >
              {t('fleetScreen.openFolder')}
            </button>
          </div>
        </section>
        {auth?.signedIn ? <RemediationPicker /> : <SignInPanel compact />}
      </div>
    </section>
  );
}

function RemediationPicker() {
  const { t } = useText();
  const busy = useFleet((s) => s.busy);
  const progress = useFleet((s) => s.progress);
  const remediations = useFleet((s) => s.remediations);
  const list = useFleet((s) => s.listRemediations);
  const read = useFleet((s) => s.readRemediation);
  const cancel = useFleet((s) => s.cancel);
  const [chosen, setChosen] = useState('');
  const choice = remediations?.find((r) => r.id === chosen) ?? remediations?.[0] ?? null;

  return (
    <section className="panel" aria-labelledby="fleet-graph-title">
      <h3 id="fleet-graph-title" className="panel-title small">
        {t('fleetScreen.fromIntune')}
      </h3>
      {remediations === null ? (
        <>
          <p className="muted">{t('fleetScreen.listExplain')}</p>
          <button
            type="button"
            className="button primary"
            disabled={busy !== null}
            onClick={() => void list()}
          >
            {busy === 'list' ? t('fleetScreen.listing') : t('fleetScreen.list')}
          </button>
        </>
      ) : remediations.length === 0 ? (
        <p>{richText(t, 'fleetScreen.noRemediation', { command: <code>hvv fleet script</code> })}</p>
      ) : (
        <>
          <label className="field-label" htmlFor="fleet-remediation">
            {t('fleetScreen.remediation')}
          </label>
          <select
            id="fleet-remediation"
            className="input"
            value={choice?.id ?? ''}
            disabled={busy !== null}
            onChange={(e) => setChosen(e.target.value)}
          >
            {remediations.map((r) => (
              <option key={r.id} value={r.id}>
                {r.displayName}
                {r.publisher ? ` (${r.publisher})` : ''}
              </option>
            ))}
          </select>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy !== null || !choice}
              onClick={() => choice && void read(choice)}
            >
              {t('fleetScreen.read')}
            </button>
            {busy === 'read' ? (
              <button type="button" className="button" onClick={() => void cancel()}>
                {t('fleetScreen.cancel')}
              </button>
            ) : null}
          </div>
        </>
      )}
      {busy === 'read' ? (
        <p role="status" className="fleet-progress">
          <span className="spinner" aria-hidden="true" /> {t('fleetScreen.reading')}{' '}
          {progress && progress.pages > 0
            ? t('fleetScreen.progress', { devices: progress.devices, pages: progress.pages })
            : ''}
        </p>
      ) : null}
    </section>
  );
}
