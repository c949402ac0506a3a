/** The Fleet screen's one-sentence answer: how many devices are ready, and what to fix first. */
import { describe, expect, it } from 'vitest';
import type { FleetView } from '../../../../common/fleet/fleet-view.js';
import { fleetAnswer, type Say } from '../../../../renderer/fleet/fleet-text.js';
import { uiText } from '../../../../main/i18n/i18n.js';

const inLanguage =
  (language: 'en' | 'fr' | 'de' | 'ja'): Say =>
  (key, params) =>
    uiText(language, key, params);
const english = inLanguage('en');

function view(counts: FleetView['counts'], causes: FleetView['causes'] = []): FleetView {
  const devices = Object.entries(counts).flatMap(([verdict, n]) =>
    Array.from({ length: n }, (_, i) => ({
      device: `${verdict}-${i}`,
      lastRun: null,
      verdict: verdict as FleetView['devices'][number]['verdict'],
      failed: [],
      reason: null,
    })),
  );
  return {
    source: 's',
    scriptId: 'x',
    generatedAt: '',
    counts,
    causes,
    unknownReasons: [],
    onSite: [],
    devices,
  };
}

describe('fleetAnswer', () => {
  it('leads with the ready count and the most common cause', () => {
    const answer = fleetAnswer(
      view({ ready: 3, 'not-ready': 2, incomplete: 0, unknown: 1 }, [
        {
          step: 'vpn-profile',
          status: 'fail',
          title: 'A per-machine VPN connection exists',
          devices: 2,
          fix: [],
        },
      ]),
      english,
    );
    expect(answer).toEqual({
      verdict: 'not-ready',
      headline: '3 of 6 devices ready',
      next: 'Fix first: A per-machine VPN connection exists (2 devices).',
    });
  });

  it('says unknown, not ready, when devices only failed to answer', () => {
    const answer = fleetAnswer(view({ ready: 4, 'not-ready': 0, incomplete: 0, unknown: 1 }), english);
    expect(answer.verdict).toBe('unknown');
    expect(answer.next).toContain('1 device gave no usable answer');
  });

  it('says ready, with the on-site steps still to do, when every device passed', () => {
    const answer = fleetAnswer(view({ ready: 1, 'not-ready': 0, incomplete: 0, unknown: 0 }), english);
    expect(answer).toMatchObject({ verdict: 'ready', headline: '1 of 1 device ready' });
    expect(answer.next).toContain('on-site steps remain');
  });

  it('speaks the technician’s language, with its plurals', () => {
    const one = view({ ready: 0, 'not-ready': 0, incomplete: 0, unknown: 1 });
    expect(fleetAnswer(one, inLanguage('fr')).next).toContain(
      '1 appareil n’a donné aucune réponse exploitable',
    );
    expect(
      fleetAnswer(view({ ready: 1, 'not-ready': 0, incomplete: 0, unknown: 1 }), inLanguage('de')).headline,
    ).toBe('1 von 2 Geräten bereit');
    expect(fleetAnswer(one, inLanguage('ja')).headline).toBe('1 台中 0 台が準備完了');
  });
});
