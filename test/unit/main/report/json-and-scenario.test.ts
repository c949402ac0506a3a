import { describe, expect, it } from 'vitest';
import { toRunDocument } from '../../../../common/engine/summary.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { snapshotFromRun } from '../../../../main/report/from-run.js';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { REPORT_FORMAT } from '../../../../main/report/json-report.js';
import { makeSnapshot } from '../sessions/snapshot-fixture.js';
import { CHECKLIST_INFO, replay, replayedSession } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };
const renderer = createReportRenderer();

describe('JSON report', () => {
  it('reads like `hvv run --json` (hvv-run/1 steps and counts) plus the session and evidence', async () => {
    const { snapshot } = await replayedSession('ras-809-timeout');
    const report = JSON.parse(renderer.render(snapshot, 'json', CHECKLIST_INFO, META));
    const results = snapshot.steps.flatMap((s) => (s.result ? [s.result] : []));
    const run = toRunDocument(snapshot.title, results);
    expect(report.format).toBe(REPORT_FORMAT);
    expect(report.title).toBe(run.title);
    expect(report.counts).toEqual(run.counts);
    expect(
      report.steps.map((s: Record<string, unknown>) => ({
        id: s.id,
        stage: s.stage,
        status: s.status,
        summary: s.summary,
        details: s.details,
        remediation: s.remediation,
      })),
    ).toEqual(JSON.parse(JSON.stringify(run.steps)));
    expect(report).toMatchObject({ appVersion: '0.1.0', generatedAt: META.generatedAt, redacted: false });
    expect(report.session).toMatchObject({
      id: snapshot.id,
      mode: 'replay',
      recordedAt: snapshot.recordedAt,
    });
    const connect = report.steps.find((s: { id: string }) => s.id === 'vpn-connect');
    expect(connect.status).toBe('fail');
    expect(connect.evidence[0].probe).toBe('vpn.connect');
    expect(connect.title).toBe(CHECKLIST_INFO.find((c) => c.id === 'vpn-connect')?.title);
    expect(report).toMatchObject({ verdict: 'not-ready', verdictReasons: ['vpn-connect'] });
  });

  it('keeps a session with a checklist step not run yet incomplete, naming that step', async () => {
    const { snapshot } = await replayedSession('win10-1909-ikev2-connects');
    const ready = JSON.parse(renderer.render(snapshot, 'json', CHECKLIST_INFO, META));
    expect(ready).toMatchObject({ verdict: 'ready', verdictReasons: [] });
    const partial = {
      ...snapshot,
      steps: snapshot.steps.map((s) =>
        s.id === 'vpn-connect' ? { ...s, phase: 'idle' as const, result: null } : s,
      ),
    };
    const report = JSON.parse(renderer.render(partial, 'json', CHECKLIST_INFO, META));
    expect(report).toMatchObject({ verdict: 'incomplete', verdictReasons: ['vpn-connect'] });
  });

  it('lists steps without a result as not run and keeps them out of the counts', () => {
    const report = JSON.parse(renderer.render(makeSnapshot(), 'json', CHECKLIST_INFO, META));
    expect(report.notRun).toContain('update-install');
    expect(report.counts).toEqual({ pass: 2, warn: 1, fail: 1, manual: 0, blocked: 0, skip: 0, error: 0 });
    expect(report.steps.find((s: { id: string }) => s.id === 'logon-vpn-icon').confirmation).toEqual({
      result: 'pass',
      note: 'Icon shown bottom right',
      confirmedAt: '2026-11-24T10:20:00.000Z',
    });
  });
});

describe('exporting a session as a scenario', () => {
  it('replays to exactly the verdicts of the session it came from', async () => {
    for (const name of [
      'win10-1909-ikev2-connects',
      'ras-809-timeout',
      'cached-credentials-signin',
      'user-cert-only',
    ]) {
      const { snapshot } = await replayedSession(name);
      const exported = parseScenario(
        renderer.render(snapshot, 'scenario', CHECKLIST_INFO, META),
        `${name}.scenario.json`,
      );
      const again = await replay(exported);
      const before = snapshot.steps.flatMap((s) =>
        s.result ? [[s.id, s.result.status, s.result.summary]] : [],
      );
      expect(
        again.map((r) => [r.id, r.status, r.summary]),
        name,
      ).toEqual(before);
    }
  });

  it('replays a live session whose VPN was never connected to the same verdicts, actions still unrun', async () => {
    const { scenario } = await replayedSession('win10-1909-ikev2-connects');
    const device = createScenarioExecutor(scenario);
    const results = await runChecklist({
      executor: { mode: 'live', run: (request, options) => device.run(request, options) },
      inputs: scenario.inputs,
      confirmations: scenario.confirmations,
      now: new Date(scenario.recordedAt),
    });
    const snapshot = snapshotFromRun(
      {
        title: 'Live',
        results,
        inputs: scenario.inputs,
        confirmations: scenario.confirmations,
        recordedAt: null,
      },
      CHECKLIST_INFO,
    );
    const exported = parseScenario(renderer.render(snapshot, 'scenario', CHECKLIST_INFO, META));
    expect(exported.actionsNotRun).toEqual(['vpn.connect']);
    const again = await replay(exported);
    expect(again.map((r) => [r.id, r.status])).toEqual(results.map((r) => [r.id, r.status]));
  });

  it('keeps inputs, confirmations and recordedAt, and each probe read by several steps once', async () => {
    const { snapshot, scenario } = await replayedSession('win10-1909-ikev2-connects');
    const exported = JSON.parse(renderer.render(snapshot, 'scenario', CHECKLIST_INFO, META));
    expect(exported).toMatchObject({
      format: 'hvv-scenario/1',
      title: scenario.title,
      recordedAt: scenario.recordedAt,
      inputs: scenario.inputs,
      confirmations: scenario.confirmations,
    });
    const vpnConnections = exported.probes.filter((p: { probe: string }) => p.probe === 'vpn.connections');
    expect(vpnConnections).toHaveLength(1);
    const tcp = exported.probes.filter((p: { probe: string }) => p.probe === 'net.tcp');
    expect(tcp).toHaveLength(scenario.probes.filter((p) => p.probe === 'net.tcp').length);
  });

  it('uses the session start as recordedAt for a live session, and skips probes that gave no result', () => {
    const snapshot = makeSnapshot();
    const step = snapshot.steps[0];
    step?.result?.evidence.push({ probe: 'os.hotfixes', args: {}, result: null, failure: 'cancelled' });
    const exported = JSON.parse(renderer.render(snapshot, 'scenario', CHECKLIST_INFO, META));
    expect(exported.recordedAt).toBe('2026-11-24T10:14:00.000Z');
    expect(exported.probes.map((p: { probe: string }) => p.probe)).toEqual([
      'os.version',
      'join.dsregcmd',
      'vpn.connect',
    ]);
  });
});
