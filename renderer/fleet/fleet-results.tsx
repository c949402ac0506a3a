/**
 * A fleet on screen: the answer first (verdict counts and what to fix first), then the causes with
 * their fixes drawn as bars, why devices are unknown, and the devices grouped by verdict.
 */
import { useState } from 'react';
import type { FleetView } from '../../common/fleet/fleet-view.js';
import { stepKey } from '../../common/i18n/source-catalog.js';
import { localizeLine } from '../../common/i18n/step-text.js';
import { useApp } from '../store.js';
import { formatWhen, useText } from '../i18n/use-text.js';
import { useFleet } from './fleet-store.js';
import {
  deviceCount,
  fleetAnswer,
  fleetLabel,
  fleetMeaning,
  FLEET_ORDER,
  FLEET_SYMBOL,
  type FleetVerdict,
} from './fleet-text.js';

/** Rows drawn per group before "Show all": 10,000 table rows would freeze the window. */
const FIRST_ROWS = 100;

export function FleetResults({ view }: { view: FleetView }) {
  const { t, tr } = useText();
  const say = (key: string, params?: Record<string, string | number>): string => t(key, params);
  const answer = fleetAnswer(view, say, (c) => tr(stepKey(c.step, 'title'), c.title));
  const busy = useFleet((s) => s.busy);
  const exportAs = useFleet((s) => s.exportAs);
  const saved = useFleet((s) => s.saved);

  return (
    <>
      <section className={`verdict-banner fleet-verdict-${answer.verdict}`} aria-labelledby="fleet-answer">
        <span className="verdict-icon" aria-hidden="true">
          {FLEET_SYMBOL[answer.verdict]}
        </span>
        <p className="verdict-text" aria-live="polite">
          <strong id="fleet-answer" className="verdict-word">
            {answer.headline}
          </strong>{' '}
          <span className="verdict-reason">— {answer.next}</span>
        </p>
      </section>
      <p className="muted fleet-source">
        {t('fleet.source', { source: view.source, scriptId: view.scriptId })}
      </p>
      <ul className="fleet-tiles" aria-label={t('fleet.byVerdict')}>
        {FLEET_ORDER.map((v) => (
          <li key={v} className={`fleet-tile fleet-${v}`}>
            <b>{view.counts[v]}</b>
            <span>
              <span aria-hidden="true">{FLEET_SYMBOL[v]} </span>
              {fleetLabel(v, say)}
            </span>
            <small>{fleetMeaning(v, say)}</small>
          </li>
        ))}
      </ul>
      <div className="button-row fleet-exports">
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void exportAs('html')}
        >
          {t('fleet.saveHtml')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void exportAs('json')}
        >
          {t('fleet.saveJson')}
        </button>
        {saved ? (
          <span role="status" className="export-result">
            {t('fleet.savedTo', { path: saved })}
          </span>
        ) : null}
      </div>
      <FleetCauses view={view} />
      {view.unknownReasons.length > 0 ? (
        <section className="panel" aria-labelledby="fleet-unknown-title">
          <h2 id="fleet-unknown-title" className="panel-title">
            {t('fleet.whyUnknown')}
          </h2>
          <ul>
            {view.unknownReasons.slice(0, 10).map((u) => (
              <li key={u.reason}>
                {u.reason} — {deviceCount(u.devices, say)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="fleet-devices-title">
        <h2 id="fleet-devices-title" className="panel-title">
          {t('fleet.byVerdict')}
        </h2>
        {FLEET_ORDER.filter((v) => view.counts[v] > 0).map((v) => (
          <DeviceGroup key={v} verdict={v} view={view} />
        ))}
      </section>
      <section className="panel" aria-labelledby="fleet-onsite-title">
        <h2 id="fleet-onsite-title" className="panel-title small">
          {t('fleet.onSite')}
        </h2>
        <p className="muted">
          {t('fleet.onSiteText', {
            steps: view.onSite.map((s) => tr(stepKey(s.step, 'title'), s.title)).join(' · '),
          })}
        </p>
      </section>
    </>
  );
}

function FleetCauses({ view }: { view: FleetView }) {
  const { t, tr } = useText();
  const say = (key: string, params?: Record<string, string | number>): string => t(key, params);
  const causes = view.causes.slice(0, 10).map((c) => ({
    ...c,
    title: tr(stepKey(c.step, 'title'), c.title),
    fix: c.fix.map((f) => localizeLine(f, tr)),
  }));
  const max = Math.max(1, ...causes.map((c) => c.devices));
  return (
    <section className="panel" aria-labelledby="fleet-causes-title">
      <h2 id="fleet-causes-title" className="panel-title">
        {t('fleet.causes')}
      </h2>
      {causes.length === 0 ? (
        <p>{t('fleet.noFailure')}</p>
      ) : (
        <ol className="fleet-causes">
          {causes.map((c) => (
            <li key={`${c.step}-${c.status}`} className="fleet-cause">
              <div className="fleet-cause-head">
                <strong>
                  <span aria-hidden="true">{c.status === 'fail' ? '✘ ' : '⚠ '}</span>
                  {c.title}
                </strong>
                <span className="fleet-cause-count">{deviceCount(c.devices, say)}</span>
              </div>
              <div className="fleet-bar" aria-hidden="true">
                <span
                  className={c.status === 'fail' ? 'fleet-bar-fill fail' : 'fleet-bar-fill error'}
                  style={{ width: `${(100 * c.devices) / max}%` }}
                />
              </div>
              <ul className="fleet-fix" aria-label={t('fleet.fixFor', { title: c.title })}>
                {c.fix.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DeviceGroup({ verdict, view }: { verdict: FleetVerdict; view: FleetView }) {
  const checklist = useApp((s) => s.checklist);
  const { t, tr, language } = useText();
  const say = (key: string, params?: Record<string, string | number>): string => t(key, params);
  const [all, setAll] = useState(false);
  const devices = view.devices.filter((d) => d.verdict === verdict);
  const shown = all ? devices : devices.slice(0, FIRST_ROWS);
  const title = (id: string): string =>
    tr(stepKey(id, 'title'), checklist.find((c) => c.id === id)?.title ?? id);
  const headingId = `fleet-group-${verdict}`;
  return (
    <details className={`fleet-group fleet-${verdict}`} open={verdict !== 'ready'}>
      <summary>
        <h3 id={headingId} className="fleet-group-title">
          <span aria-hidden="true">{FLEET_SYMBOL[verdict]} </span>
          {fleetLabel(verdict, say)} — {deviceCount(devices.length, say)}
        </h3>
      </summary>
      <div className="fleet-table-scroll">
        <table className="fleet-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('fleet.col.device')}</th>
              <th scope="col">{t('fleet.col.lastRun')}</th>
              <th scope="col">{t(verdict === 'unknown' ? 'fleet.col.whyUnknown' : 'fleet.col.failed')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d, i) => (
              <tr key={`${d.device}-${i}`}>
                <th scope="row">{d.device}</th>
                <td>{d.lastRun ? shownTime(d.lastRun, language) : '—'}</td>
                <td>{d.reason ?? (d.failed.length > 0 ? d.failed.map(title).join(', ') : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < devices.length ? (
        <button type="button" className="button small" onClick={() => setAll(true)}>
          {t('fleet.showAll', { count: devices.length })}
        </button>
      ) : null}
    </details>
  );
}

/** ISO times as the technician reads them; a CSV's own date text as exported. */
function shownTime(value: string, language: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatWhen(value, language) : value;
}
