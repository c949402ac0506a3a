import { formatWhen, useText } from '../i18n/use-text.js';
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import { countsLine } from '../steps/counts.js';
import { useApp, type Screen } from '../store.js';

export function ModeBadges({ snapshot }: { snapshot: SessionSnapshot }) {
  const { t, language } = useText();
  const when = snapshot.recordedAt ? formatWhen(snapshot.recordedAt, language) : t('session.unknownDate');
  return (
    <span className="mode-badges">
      {snapshot.mode === 'live' ? (
        <span className="mode live">
          <span aria-hidden="true">● </span>
          {t('session.live')}
        </span>
      ) : (
        <span className="mode replay">
          <span aria-hidden="true">▶ </span>
          {t('session.replayOf', { title: snapshot.title, when })}
        </span>
      )}
      {snapshot.readOnly ? <span className="mode readonly">{t('session.readOnly')}</span> : null}
    </span>
  );
}

const NAV: readonly Screen[] = ['start', 'checklist', 'report'];

/** Which session this is, where it comes from, and how it stands — on every session screen. */
export function SessionHeader({ snapshot }: { snapshot: SessionSnapshot }) {
  const screen = useApp((s) => s.screen);
  const goTo = useApp((s) => s.goTo);
  const device = snapshot.device;
  const { t } = useText();
  return (
    <div className="session-header">
      <nav aria-label={t('session.screens')} className="screen-nav">
        {NAV.map((item) => (
          <button
            key={item}
            type="button"
            className="nav-button"
            aria-current={screen === item ? 'page' : undefined}
            onClick={() => goTo(item)}
          >
            {t(`nav.${item}`)}
          </button>
        ))}
      </nav>
      <div className="session-meta">
        <ModeBadges snapshot={snapshot} />
        {device?.computerName ? (
          <span className="device">
            {device.computerName}
            {device.osBuild ? ` · ${t('session.build', { build: device.osBuild })}` : ''}
          </span>
        ) : null}
        <span className="counts">{countsLine(snapshot.steps)}</span>
      </div>
    </div>
  );
}
