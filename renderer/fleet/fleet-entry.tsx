/** The start screen's way to the Fleet screen, for a lab or an IT team with many devices. */
import { useApp } from '../store.js';

export function FleetEntry() {
  const goTo = useApp((s) => s.goTo);
  return (
    <section className="panel" aria-labelledby="fleet-entry-title">
      <h2 id="fleet-entry-title" className="panel-title small">
        Many devices?
      </h2>
      <p className="muted">
        Read what Intune Remediations collected with the detection script, for the whole fleet at once.
      </p>
      <button type="button" className="button" onClick={() => goTo('fleet')}>
        Open the fleet report
      </button>
    </section>
  );
}
