/**
 * `hvv fleet report` on inputs shaped like published ones (test/fixtures/fleet/SOURCES.md): Graph's
 * own documented deviceRunStates example, and the semicolon CSV that a published Graph-to-CSV
 * report script writes with the admin center's column names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../main/cli/hvv.js';
import { buildDetectScript } from '../../../../main/fleet/detect-script.js';
import { parseEndpointsConfig } from '../../../../common/engine/endpoints.js';
import { REPO_ROOT } from '../../../paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const CONFIG = join(FIXTURES, 'endpoints.json');
let scriptId = '';

beforeAll(async () => {
  const config = parseEndpointsConfig(JSON.parse(readFileSync(CONFIG, 'utf8')));
  if (!config.ok) throw new Error(config.reason);
  scriptId = (await buildDetectScript({ endpoints: config.value.endpoints })).id;
});

interface FleetDoc {
  counts: Record<string, number>;
  devices: {
    device: string;
    verdict: string;
    lastRun: string | null;
    reason: string | null;
    failed: string[];
  }[];
}

async function report(input: string): Promise<{ code: number; doc: FleetDoc | null; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd: REPO_ROOT,
  };
  const code = await main(['fleet', 'report', '--input', input, '--config', CONFIG, '--json'], io);
  return { code, doc: code === 0 ? (JSON.parse(out.join('')) as FleetDoc) : null, err: err.join('') };
}

describe('published export shapes', () => {
  it("reads Graph's documented deviceRunStates example: one device, unknown with the reason, the time in UTC", async () => {
    const { code, doc } = await report(join(FIXTURES, 'graph-docs-devicerunstates-example.json'));
    expect(code).toBe(0);
    expect(doc?.devices).toHaveLength(1);
    // Without $expand=managedDevice there is no device name: the run state's id stands in.
    expect(doc?.devices[0]).toMatchObject({
      device: 'fd2e4505-4505-fd2e-0545-2efd05452efd',
      verdict: 'unknown',
      lastRun: '2017-01-01T08:02:58.441Z',
    });
    expect(doc?.devices[0]?.reason).toBeTruthy();
  });

  it('reads the semicolon CSV with a byte order mark, every device, a localized date kept as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-published-'));
    const csv = join(dir, 'RemidiationReport.csv');
    writeFileSync(
      csv,
      readFileSync(join(FIXTURES, 'remediation-status-semicolon.csv'), 'utf8').replaceAll(
        '__SCRIPT_ID__',
        scriptId,
      ),
    );
    const { code, doc, err } = await report(csv);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(doc?.devices.map((d) => [d.device, d.verdict])).toEqual([
      ['LAB-0101', 'ready'],
      ['LAB-0102', 'not-ready'],
      ['LAB-0103', 'not-ready'],
      ['LAB-0104', 'ready'],
      ['LAB-0105', 'not-ready'],
      ['LAB-0106', 'unknown'],
    ]);
    // "Last update time" is the run's time; a German date is not misread as the 12th of January.
    expect(doc?.devices[0]?.lastRun).toBe('2026-12-01T09:26:59.000Z');
    expect(doc?.devices[2]?.lastRun).toBe('01.12.2026 09:27:03');
    expect(doc?.devices[5]?.reason).toMatch(/timed out/);
    expect(doc?.counts).toEqual({ ready: 2, 'not-ready': 3, incomplete: 0, unknown: 1 });
  });
});
