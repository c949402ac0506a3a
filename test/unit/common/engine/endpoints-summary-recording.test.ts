import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENDPOINTS,
  parseEndpointsConfig,
  TIME_SYNC_REMINDER,
} from '../../../../common/engine/endpoints.js';
import type { ProbeExecutor, StepResult } from '../../../../common/model.js';
import { createRecordingExecutor, toScenario } from '../../../../common/engine/recording.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { countStatuses, runExitCode, toRunDocument } from '../../../../common/engine/summary.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

describe('required endpoints', () => {
  it('default to the contract list of eight endpoints', () => {
    expect(DEFAULT_ENDPOINTS.map((e) => `${e.host}:${e.port}`)).toEqual([
      'ztd.dds.microsoft.com:443',
      'cs.dds.microsoft.com:443',
      'login.live.com:443',
      'login.microsoftonline.com:443',
      'device.login.microsoftonline.com:443',
      'enterpriseregistration.windows.net:443',
      'enrollment.manage.microsoft.com:443',
      'www.msftconnecttest.com:80',
    ]);
    expect(TIME_SYNC_REMINDER).toContain('UDP 123');
  });

  it("read a lab's override as an object or a bare list", () => {
    const outcome = parseEndpointsConfig({ endpoints: [{ host: 'login.microsoftonline.us', port: 443 }] });
    expect(outcome).toEqual({
      ok: true,
      value: {
        endpoints: [
          { host: 'login.microsoftonline.us', port: 443, why: 'required by the lab configuration' },
        ],
      },
    });
    expect(parseEndpointsConfig([{ host: 'a.example', port: 80, why: 'lab' }]).ok).toBe(true);
  });

  it('explain what is wrong in a bad override', () => {
    expect(parseEndpointsConfig({ endpoints: [{ host: 'a.example', port: 70000 }] })).toEqual({
      ok: false,
      reason: 'endpoints.0.port: must be 1-65535',
    });
    expect(parseEndpointsConfig({ endpoints: [{ host: 'https://a.example/', port: 443 }] })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('endpoints.0.host'),
    });
    expect(parseEndpointsConfig({ endpoints: [] })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('at least one'),
    });
    expect(parseEndpointsConfig('hosts')).toMatchObject({ ok: false });
  });
});

describe('run summary', () => {
  const r = (status: StepResult['status']): StepResult => ({
    id: 'os-build',
    stage: 'Requirements',
    status,
    summary: 's',
    details: { build: 1 },
    remediation: [],
    evidence: [{ probe: 'os.version', args: {}, result: null }],
  });

  it('counts every status, including those with zero steps', () => {
    expect(countStatuses([r('pass'), r('pass'), r('manual')])).toEqual({
      pass: 2,
      warn: 0,
      fail: 0,
      manual: 1,
      blocked: 0,
      skip: 0,
      error: 0,
    });
  });

  it('fails the run only for fail or error', () => {
    expect(runExitCode([r('pass'), r('warn'), r('manual'), r('blocked'), r('skip')])).toBe(0);
    expect(runExitCode([r('pass'), r('fail')])).toBe(1);
    expect(runExitCode([r('error')])).toBe(1);
  });

  it('builds the hvv-run/1 document without evidence', () => {
    const doc = toRunDocument('T', [r('pass')]);
    expect(doc).toEqual({
      format: 'hvv-run/1',
      title: 'T',
      steps: [
        {
          id: 'os-build',
          stage: 'Requirements',
          status: 'pass',
          summary: 's',
          details: { build: 1 },
          remediation: [],
        },
      ],
      counts: { pass: 1, warn: 0, fail: 0, manual: 0, blocked: 0, skip: 0, error: 0 },
      verdict: 'ready',
      verdictReasons: [],
    });
  });
});

describe('recording a live run', () => {
  it('writes a scenario that replays to the same verdicts', async () => {
    const file = join(SCENARIO_FIXTURES, 'ras-809-timeout.scenario.json');
    const original = parseScenario(readFileSync(file, 'utf8'));
    const replay = createScenarioExecutor(original);
    const fakeLive: ProbeExecutor = { mode: 'live', run: (req, opts) => replay.run(req, opts) };
    const recording = createRecordingExecutor(fakeLive);
    const now = new Date(original.recordedAt);
    const live = await runChecklist({
      executor: recording.executor,
      inputs: original.inputs,
      confirmations: original.confirmations,
      now,
      allowActions: true,
    });
    const scenario = toScenario(
      { title: 'recorded', recordedAt: now, inputs: original.inputs, confirmations: original.confirmations },
      recording.recorded(),
    );
    const reparsed = parseScenario(JSON.stringify(scenario));
    const replayed = await runChecklist({
      executor: createScenarioExecutor(reparsed),
      inputs: reparsed.inputs,
      confirmations: reparsed.confirmations,
      now: new Date(reparsed.recordedAt),
    });
    expect(replayed.map((x) => [x.id, x.status, x.summary])).toEqual(
      live.map((x) => [x.id, x.status, x.summary]),
    );
    expect(recording.recorded().some((p) => p.probe === 'vpn.connect')).toBe(true);
  });

  it('keeps its own copies so later changes to a result do not alter the recording', async () => {
    const result = { exitCode: 0, stdout: 'a', stderr: '', durationMs: 1, timedOut: false };
    const recording = createRecordingExecutor({ mode: 'live', run: async () => result });
    await recording.executor.run({ probe: 'os.version', args: {} });
    result.stdout = 'changed';
    expect(recording.recorded()[0]?.result.stdout).toBe('a');
  });
});
