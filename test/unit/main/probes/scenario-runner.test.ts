import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProbeFailure, type ProbeResult } from '../../../../common/model.js';
import {
  createScenarioExecutor,
  parseScenario,
  ScenarioError,
} from '../../../../main/probes/scenario-runner.js';

const result = (stdout: string, exitCode = 0, durationMs = 0): ProbeResult => ({
  exitCode,
  stdout,
  stderr: '',
  durationMs,
  timedOut: false,
});
const scenarioText = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'hvv-scenario/1',
    title: 't',
    recordedAt: '2026-11-24T10:15:00Z',
    probes: [],
    ...extra,
  });

describe('parseScenario', () => {
  it('rejects text that is not JSON with one line naming the file', () => {
    expect(() => parseScenario('{"format": "hvv-scenario/1",', 'lab.scenario.json')).toThrow(ScenarioError);
    try {
      parseScenario('{"format": ', 'lab.scenario.json');
    } catch (error) {
      expect((error as Error).message).toMatch(/^lab\.scenario\.json: not valid JSON/);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('rejects a file without "format" and one with another format', () => {
    expect(() => parseScenario('{"probes": []}', 'a.json')).toThrow(
      'a.json: missing "format" (expected "hvv-scenario/1")',
    );
    expect(() => parseScenario(scenarioText({ format: 'hvv-run/1' }), 'b.json')).toThrow(
      'unsupported format "hvv-run/1"',
    );
    expect(() => parseScenario('[]', 'c.json')).toThrow('not a scenario');
  });

  it('rejects a recording whose probe result has the wrong shape, saying where', () => {
    const text = scenarioText({
      probes: [{ probe: 'os.version', args: {}, result: { exitCode: '0', stdout: '' } }],
    });
    expect(() => parseScenario(text, 'd.json')).toThrow(
      /d\.json: invalid scenario at probes\.0\.result\.exitCode/,
    );
  });

  it('rejects a recordedAt that is not a date', () => {
    expect(() => parseScenario(scenarioText({ recordedAt: 'yesterday' }), 'e.json')).toThrow(
      '"recordedAt" is not a date',
    );
  });

  it('ignores unknown fields and fills optional ones', () => {
    const s = parseScenario(
      scenarioText({
        collector: { v: 1 },
        probes: [{ probe: 'os.version', result: { exitCode: 0, stdout: '{}', extra: 1 } }],
      }),
    );
    expect(s).not.toHaveProperty('collector');
    expect(s.inputs).toEqual({});
    expect(s.probes[0]).toEqual({ probe: 'os.version', args: {}, result: result('{}') });
  });

  it('accepts exit codes in both the signed and the unsigned 32-bit form', () => {
    const s = parseScenario(
      scenarioText({
        probes: [
          { probe: 'update.install', args: { path: 'a' }, result: result('', -2145124329) },
          { probe: 'update.install', args: { path: 'b' }, result: result('', 2149842967) },
        ],
      }),
    );
    expect(s.probes.map((p) => p.result.exitCode)).toEqual([-2145124329, 2149842967]);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseScenario(`\uFEFF${scenarioText()}`).title).toBe('t');
  });
});

describe('createScenarioExecutor', () => {
  afterEach(() => vi.useRealTimers());

  const scenario = parseScenario(
    scenarioText({
      probes: [
        { probe: 'net.tcp', args: { host: 'a.example', port: 443 }, result: result('first') },
        { probe: 'net.tcp', args: { host: 'a.example', port: 443 }, result: result('second') },
        { probe: 'net.tcp', args: { host: 'b.example', port: 443 }, result: result('b') },
        { probe: 'vpn.connect', args: { name: 'Contoso VPN' }, result: result('slow', 0, 5000) },
      ],
    }),
  );

  it('is a replay executor', () => {
    expect(createScenarioExecutor(scenario).mode).toBe('replay');
  });

  it('answers by probe and deep-equal arguments, whatever their order', async () => {
    const ex = createScenarioExecutor(scenario);
    expect((await ex.run({ probe: 'net.tcp', args: { port: 443, host: 'b.example' } })).stdout).toBe('b');
  });

  it('answers repeated requests in recorded order, then repeats the last', async () => {
    const ex = createScenarioExecutor(scenario);
    const ask = () => ex.run({ probe: 'net.tcp', args: { host: 'a.example', port: 443 } });
    expect([(await ask()).stdout, (await ask()).stdout, (await ask()).stdout]).toEqual([
      'first',
      'second',
      'second',
    ]);
  });

  it('rejects a request that was not recorded with a not-recorded failure naming the probe and arguments', async () => {
    const ex = createScenarioExecutor(scenario);
    const error = await ex
      .run({ probe: 'net.tcp', args: { host: 'a.example', port: 80 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeFailure);
    expect(error).toMatchObject({ kind: 'not-recorded', probe: 'net.tcp' });
    expect((error as Error).message).toContain('"port":80');
  });

  it('waits the recorded duration when asked to, and a cancel stops the wait', async () => {
    vi.useFakeTimers();
    const ex = createScenarioExecutor(scenario, { honourDurations: true });
    let settled = false;
    const done = ex
      .run({ probe: 'vpn.connect', args: { name: 'Contoso VPN' } })
      .then((r) => ((settled = true), r));
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await done).stdout).toBe('slow');

    const controller = new AbortController();
    const cancelled = ex
      .run({ probe: 'vpn.connect', args: { name: 'Contoso VPN' } }, { signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    expect(await cancelled).toMatchObject({ kind: 'cancelled' });
  });

  it('answers at once without honourDurations', async () => {
    const ex = createScenarioExecutor(scenario);
    expect((await ex.run({ probe: 'vpn.connect', args: { name: 'Contoso VPN' } })).stdout).toBe('slow');
  });
});
