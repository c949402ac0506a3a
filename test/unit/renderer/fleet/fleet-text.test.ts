/** The Fleet screen's one-sentence answer: how many devices are ready, and what to fix first. */
import { describe, expect, it } from 'vitest';
import type { FleetView } from '../../../../common/fleet/fleet-view.js';
import { fleetAnswer } from '../../../../renderer/fleet/fleet-text.js';

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
    );
    expect(answer).toEqual({
      verdict: 'not-ready',
      headline: '3 of 6 devices ready',
      next: 'Fix first: A per-machine VPN connection exists (2 devices).',
    });
  });

  it('says unknown, not ready, when devices only failed to answer', () => {
    const answer = fleetAnswer(view({ ready: 4, 'not-ready': 0, incomplete: 0, unknown: 1 }));
    expect(answer.verdict).toBe('unknown');
    expect(answer.next).toContain('1 device gave no usable answer');
  });

  it('says ready, with the on-site steps still to do, when every device passed', () => {
    const answer = fleetAnswer(view({ ready: 1, 'not-ready': 0, incomplete: 0, unknown: 0 }));
    expect(answer).toMatchObject({ verdict: 'ready', headline: '1 of 1 device ready' });
    expect(answer.next).toContain('on-site steps remain');
  });
});
