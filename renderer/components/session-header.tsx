import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { countsLine } from '../steps/counts.js';
import { useApp, type Screen } from '../store.js';

function formatDate(iso: string | null): string {
  if (!iso) return 'an unknown date';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function ModeBadges({ snapshot }: { snapshot: SessionSnapshot }) {
  return (
    <span className="mode-badges">
      {snapshot.mode === 'live' ? (
        <span className="mode live">
          <span aria-hidden="true">● </span>Live
        </span>
      ) : (
        <span className="mode replay">
          <span aria-hidden="true">▶ </span>Replay of &quot;{snapshot.title}&quot;, recorded{' '}
          {formatDate(snapshot.recordedAt)}
        </span>
      )}
      {snapshot.readOnly ? <span className="mode readonly">Read-only</span> : null}
    </span>
  );
}

const NAV: Array<{ screen: Screen; label: string }> = [
  { screen: 'start', label: 'Start screen' },
  { screen: 'checklist', label: 'Checklist' },
  { screen: 'report', label: 'Report' },
];

/** Which session this is, where it comes from, and how it stands — on every session screen. */
export function SessionHeader({ snapshot }: { snapshot: SessionSnapshot }) {
  const screen = useApp((s) => s.screen);
  const goTo = useApp((s) => s.goTo);
  const device = snapshot.device;
  return (
    <div className="session-header">
      <nav aria-label="Screens" className="screen-nav">
        {NAV.map((item) => (
          <button
            key={item.screen}
            type="button"
            className="nav-button"
            aria-current={screen === item.screen ? 'page' : undefined}
            onClick={() => goTo(item.screen)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <div className="session-meta">
        <ModeBadges snapshot={snapshot} />
        {device?.computerName ? (
          <span className="device">
            {device.computerName}
            {device.osBuild ? ` · build ${device.osBuild}` : ''}
          </span>
        ) : null}
        <span className="counts">{countsLine(snapshot.steps)}</span>
      </div>
    </div>
  );
}
