/**
 * `hvv fleet report` on a 10,000-device export: reading the CSV, replaying every line through the
 * engine and writing the HTML, against the cheapest reading of the same export (CSV split and
 * JSON.parse of each line). The subject's median is the wall time a lab waits for its report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PairOptions, comparePair } from './measure.js';
import { type BenchmarkEntry, describeError, unavailable } from './results.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/fleet/', import.meta.url));

export async function fleetReportBenchmark(options: PairOptions, devices: number): Promise<BenchmarkEntry> {
  const id = 'fleet.report';
  const description = `hvv fleet report of a ${devices}-device Intune CSV export (engine per device + HTML) vs parsing the CSV and each line`;
  const unit = 'ns per report';
  try {
    const { parseEndpointsConfig } = await import('../common/engine/endpoints.js');
    const { buildFleetReport } = await import('../common/fleet/fleet-report.js');
    const { buildDetectScript } = await import('../main/fleet/detect-script.js');
    const { renderFleetHtml } = await import('../main/fleet/fleet-html.js');
    const { devicesFromCsv } = await import('../main/fleet/inputs/read-input.js');
    const { parseCsv } = await import('../main/fleet/inputs/csv.js');
    const config = parseEndpointsConfig(JSON.parse(readFileSync(`${FIXTURES}endpoints.json`, 'utf8')));
    if (!config.ok) throw new Error(config.reason);
    const endpoints = config.value.endpoints;
    const { id: scriptId } = await buildDetectScript({ endpoints });
    const lines = Object.values(
      JSON.parse(readFileSync(`${FIXTURES}detection-lines.json`, 'utf8')) as Record<string, string>,
    ).map((line) => line.replace('__SCRIPT_ID__', scriptId));
    // One in twenty rows is unusable (no output, or another script), as in a real rollout.
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const rows = Array.from({ length: devices }, (_, i) => {
      const output =
        i % 20 === 0
          ? ''
          : i % 20 === 1
            ? (lines[0] ?? '').replace(scriptId, 'ffffffffffff')
            : (lines[i % lines.length] ?? '');
      return [`LAB-${String(i).padStart(5, '0')}`, output, '', '2026-12-01T08:00:00Z'].map(quote).join(',');
    });
    const csv = [
      'Device name,Pre-remediation detection output,Pre-remediation detection error,Last run',
      ...rows,
    ].join('\r\n');
    const pair = await comparePair(
      {
        id: 'csv-and-json-parse',
        run: () =>
          parseCsv(csv)
            .slice(1)
            .map((row) => (row[1]?.startsWith('{') ? (JSON.parse(row[1]) as unknown) : null)),
      },
      {
        id: 'fleet-report',
        run: async () =>
          renderFleetHtml(await buildFleetReport(devicesFromCsv(csv, 'bench.csv'), { endpoints, scriptId })),
      },
      options,
    );
    return { id, description, unit, status: 'ok', ...pair };
  } catch (error) {
    return unavailable(id, description, unit, describeError(error));
  }
}

/**
 * What the Fleet screen adds for a 10,000-device fleet: the report turned into the view that
 * crosses the bridge (names and reasons capped) and serialized, against the CLI's `--json` of the
 * same report. The engine's part is the same for both and is measured by fleet.report.
 */
export async function fleetScreenBenchmark(options: PairOptions, devices: number): Promise<BenchmarkEntry> {
  const id = 'fleet.screen';
  const description = `the Fleet screen's view of a ${devices}-device fleet, serialized for the bridge, vs the CLI's hvv-fleet/1 JSON of the same report`;
  const unit = 'ns per fleet';
  try {
    const { parseEndpointsConfig } = await import('../common/engine/endpoints.js');
    const { buildFleetReport, toFleetJson } = await import('../common/fleet/fleet-report.js');
    const { toFleetView } = await import('../common/fleet/fleet-view.js');
    const { buildDetectScript } = await import('../main/fleet/detect-script.js');
    const config = parseEndpointsConfig(JSON.parse(readFileSync(`${FIXTURES}endpoints.json`, 'utf8')));
    if (!config.ok) throw new Error(config.reason);
    const endpoints = config.value.endpoints;
    const { id: scriptId } = await buildDetectScript({ endpoints });
    const lines = Object.values(
      JSON.parse(readFileSync(`${FIXTURES}detection-lines.json`, 'utf8')) as Record<string, string>,
    ).map((line) => line.replace('__SCRIPT_ID__', scriptId));
    const report = await buildFleetReport(
      Array.from({ length: devices }, (_, i) => ({
        device: `LAB-${String(i).padStart(5, '0')}`,
        lastRun: '2026-12-01T08:00:00.000Z',
        output: i % 20 === 0 ? null : (lines[i % lines.length] ?? null),
      })),
      { endpoints, scriptId },
    );
    const pair = await comparePair(
      { id: 'cli-json', run: () => JSON.stringify(toFleetJson(report)) },
      { id: 'screen-view', run: () => JSON.stringify(toFleetView(report, 'bench.csv')) },
      options,
    );
    return { id, description, unit, status: 'ok', ...pair };
  } catch (error) {
    return unavailable(id, description, unit, describeError(error));
  }
}
