/**
 * The event timeline (issue 16) against JSON.parse of the same probe output: reading, validating,
 * ordering and assessing a busy window (a day of sign-ins and VPN reconnects) should cost a small
 * multiple of just reading the document, growing with its size, never with its square.
 */
import { EventsProbeSchema } from '../common/engine/parsers/windows-events.js';
import { assessSignIn, buildTimeline } from '../common/engine/timeline.js';
import { type PairOptions, comparePair } from './measure.js';
import type { BenchmarkEntry } from './results.js';

/** `count` events in the published layouts, shuffled in time so the sort has work to do. */
export function busyWindow(count: number): string {
  const start = Date.parse('2026-11-24T00:00:00Z');
  const events = Array.from({ length: count }, (_, i) => {
    const time = new Date(start + ((i * 7919) % count) * 1000).toISOString();
    if (i % 3 === 0) {
      return {
        Log: 'Security',
        Id: 4624,
        Time: time,
        Level: 0,
        Data: [
          'S-1-5-18',
          'PC$',
          'CORP',
          '999',
          'S-1-5-21-1-2-3-1104',
          'ben.okafor',
          'CORP',
          String(i),
          i % 9 === 0 ? '11' : '2',
        ],
      };
    }
    return {
      Log: 'Application',
      Id: i % 3 === 1 ? 20225 : 20226,
      Time: time,
      Level: 4,
      Data: [
        '{6D1C2F0A-93B4-4E51-8A77-2C0E5B9F41D3}',
        'SYSTEM',
        'Contoso VPN',
        i % 3 === 1 ? ' TunnelIpAddress = 10.99.0.14' : '631',
      ],
    };
  });
  return JSON.stringify({ Since: new Date(start).toISOString(), Events: events, Unreadable: [] });
}

export async function timelineBenchmark(options: PairOptions, count: number): Promise<BenchmarkEntry> {
  const text = busyWindow(count);
  const pair = await comparePair(
    { id: 'json-parse', run: () => JSON.parse(text) as unknown },
    {
      id: 'events-timeline',
      run: () => assessSignIn(buildTimeline([EventsProbeSchema.parse(JSON.parse(text))])),
    },
    options,
  );
  return {
    id: 'timeline.events',
    description: `Validate, order and assess ${count} VPN and sign-in events vs JSON.parse of the same output`,
    unit: 'ns per window',
    status: 'ok',
    ...pair,
  };
}
