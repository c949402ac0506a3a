/**
 * A headless replay answers every probe at once, whatever the device took (issue 15): a lab
 * replaying recordings by the hundred must not wait the VPN's 2 minutes each time. The UI replay
 * keeps the recorded pace (compose.ts); `npm run bench` measures the CLI's wall time against the
 * recorded total (`cli.recordedOverReplayWall`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../../main/cli/hvv.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const TEN_MINUTES = 10 * 60_000;

/** The reference device with every probe recorded as taking ten minutes. */
function slowRecording(): string {
  const scenario = JSON.parse(
    readFileSync(join(SCENARIO_FIXTURES, 'win10-1909-ikev2-connects.scenario.json'), 'utf8'),
  ) as { probes: { result: { durationMs: number } }[] };
  for (const probe of scenario.probes) probe.result.durationMs = TEN_MINUTES;
  const file = join(mkdtempSync(join(tmpdir(), 'hvv-slow-')), 'slow.scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hvv run --scenario', () => {
  it('waits for none of the durations the device recorded', async () => {
    const file = slowRecording();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    let stdout = '';
    const code = await main(['run', '--scenario', file, '--json'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      cwd: SCENARIO_FIXTURES,
      env: {},
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'hvv-run/1' });
    const recordedWaits = timers.mock.calls.filter(([, delay]) => Number(delay) >= TEN_MINUTES);
    expect(recordedWaits).toEqual([]);
  });
});
