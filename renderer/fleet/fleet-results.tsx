/**
 * A fleet on screen: the answer first (verdict counts and what to fix first), then the causes with
 * their fixes drawn as bars, why devices are unknown, and the devices grouped by verdict.
 */
import { useState } from 'react';
import type { FleetView } from '../../common/fleet/fleet-view.js';
import { useApp } from '../store.js';
import { useFleet } from './fleet-store.js';
import {
  deviceCount,
  fleetAnswer,
  FLEET_LABEL,
  FLEET_MEANING,
  FLEET_ORDER,
  FLEET_SYMBOL,
  type FleetVerdict,
} from './fleet-text.js';

/** Rows drawn per group before "Show all": 10,000 table rows would freeze the window. */
const FIRST_ROWS = 100;

export function FleetResults({ view }: { view: FleetView }) {
  const answer = fleetAnswer(view);
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
        {view.source} · detection script {view.scriptId}
      </p>
      <ul className="fleet-tiles" aria-label="Devices by verdict">
        {FLEET_ORDER.map((v) => (
          <li key={v} className={`fleet-tile fleet-${v}`}>
            <b>{view.counts[v]}</b>
            <span>
              <span aria-hidden="true">{FLEET_SYMBOL[v]} </span>
              {FLEET_LABEL[v]}
            </span>
            <small>{FLEET_MEANING[v]}</small>
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
          Save fleet report (HTML)
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void exportAs('json')}
        >
          Save JSON (hvv-fleet/1)
        </button>
        {saved ? (
          <span role="status" className="export-result">
            Saved to {saved}
          </span>
        ) : null}
      </div>
      <FleetCauses view={view} />
      {view.unknownReasons.length > 0 ? (
        <section className="panel" aria-labelledby="fleet-unknown-title">
          <h2 id="fleet-unknown-title" className="panel-title">
            Why devices are unknown
          </h2>
          <ul>
            {view.unknownReasons.slice(0, 10).map((u) => (
              <li key={u.reason}>
                {u.reason} — {deviceCount(u.devices)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="fleet-devices-title">
        <h2 id="fleet-devices-title" className="panel-title">
          Devices by verdict
        </h2>
        {FLEET_ORDER.filter((v) => view.counts[v] > 0).map((v) => (
          <DeviceGroup key={v} verdict={v} view={view} />
        ))}
      </section>
      <section className="panel" aria-labelledby="fleet-onsite-title">
        <h2 id="fleet-onsite-title" className="panel-title small">
          Still to do on site, for every device
        </h2>
        <p className="muted">
          Remote checks cannot connect the VPN, look at the logon screen or sign in; a technician does these
          with the app: {view.onSite.map((s) => s.title).join(' · ')}.
        </p>
      </section>
    </>
  );
}

function FleetCauses({ view }: { view: FleetView }) {
  const causes = view.causes.slice(0, 10);
  const max = Math.max(1, ...causes.map((c) => c.devices));
  return (
    <section className="panel" aria-labelledby="fleet-causes-title">
      <h2 id="fleet-causes-title" className="panel-title">
        Most common causes and their fixes
      </h2>
      {causes.length === 0 ? (
        <p>No device failed a remote check.</p>
      ) : (
        <ol className="fleet-causes">
          {causes.map((c) => (
            <li key={`${c.step}-${c.status}`} className="fleet-cause">
              <div className="fleet-cause-head">
                <strong>
                  <span aria-hidden="true">{c.status === 'fail' ? '✘ ' : '⚠ '}</span>
                  {c.title}
                </strong>
                <span className="fleet-cause-count">{deviceCount(c.devices)}</span>
              </div>
              <div className="fleet-bar" aria-hidden="true">
                <span
                  className={c.status === 'fail' ? 'fleet-bar-fill fail' : 'fleet-bar-fill error'}
                  style={{ width: `${(100 * c.devices) / max}%` }}
                />
              </div>
              <ul className="fleet-fix" aria-label={`Fix for ${c.title}`}>
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
  const [all, setAll] = useState(false);
  const devices = view.devices.filter((d) => d.verdict === verdict);
  const shown = all ? devices : devices.slice(0, FIRST_ROWS);
  const title = (id: string): string => checklist.find((c) => c.id === id)?.title ?? id;
  const headingId = `fleet-group-${verdict}`;
  return (
    <details className={`fleet-group fleet-${verdict}`} open={verdict !== 'ready'}>
      <summary>
        <h3 id={headingId} className="fleet-group-title">
          <span aria-hidden="true">{FLEET_SYMBOL[verdict]} </span>
          {FLEET_LABEL[verdict]} — {deviceCount(devices.length)}
        </h3>
      </summary>
      <div className="fleet-table-scroll">
        <table className="fleet-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Last run</th>
              <th scope="col">{verdict === 'unknown' ? 'Why unknown' : 'Failed checks'}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d, i) => (
              <tr key={`${d.device}-${i}`}>
                <th scope="row">{d.device}</th>
                <td>{d.lastRun ? shownTime(d.lastRun) : '—'}</td>
                <td>{d.reason ?? (d.failed.length > 0 ? d.failed.map(title).join(', ') : '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < devices.length ? (
        <button type="button" className="button small" onClick={() => setAll(true)}>
          Show all {devices.length}
        </button>
      ) : null}
    </details>
  );
}

/** ISO times as the technician reads them; a CSV's own date text as exported. */
function shownTime(value: string): string {
  const date = new Date(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(date.getTime()) ? date.toLocaleString() : value;
}
