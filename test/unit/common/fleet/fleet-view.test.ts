/** The fleet as the Fleet screen receives it: every device kept, long export text cut, never refused. */
import { describe, expect, it } from 'vitest';
import { buildFleetReport } from '../../../../common/fleet/fleet-report.js';
import { FleetViewSchema, toFleetView } from '../../../../common/fleet/fleet-view.js';
import { DEFAULT_ENDPOINTS } from '../../../../common/engine/endpoints.js';

describe('toFleetView', () => {
  it('keeps every device, unknown ones with their reason, and cuts names that would break the bridge', async () => {
    const long = 'X'.repeat(5000);
    const report = await buildFleetReport(
      [
        { device: long, lastRun: null, output: null },
        { device: 'PC-2', lastRun: '2026-12-01T08:00:00Z', output: '{"hvv":"fleet/1"' },
      ],
      { endpoints: DEFAULT_ENDPOINTS, scriptId: '0123456789ab', now: new Date('2026-12-01T09:00:00Z') },
    );
    const view = toFleetView(report, 'export.csv');
    expect(FleetViewSchema.safeParse(view).success).toBe(true);
    expect(view.devices).toHaveLength(2);
    expect(view.devices[0]?.device).toHaveLength(400);
    expect(view.devices[0]?.device.endsWith('…')).toBe(true);
    expect(view.devices.every((d) => d.verdict === 'unknown' && d.reason)).toBe(true);
    expect(view.counts).toEqual({ ready: 0, 'not-ready': 0, incomplete: 0, unknown: 2 });
  });
});
