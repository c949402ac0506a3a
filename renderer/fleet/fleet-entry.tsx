/** The start screen's way to the Fleet screen, for a lab or an IT team with many devices. */
import { useText } from '../i18n/use-text.js';
import { useApp } from '../store.js';

export function FleetEntry() {
  const { t } = useText();
  const goTo = useApp((s) => s.goTo);
  return (
    <section className="panel" aria-labelledby="fleet-entry-title">
      <h2 id="fleet-entry-title" className="panel-title small">
        {t('fleetEntry.title')}
      </h2>
      <p className="muted">{t('fleetEntry.explain')}</p>
      <button type="button" className="button" onClick={() => goTo('fleet')}>
        {t('fleetEntry.open')}
      </button>
    </section>
  );
}
