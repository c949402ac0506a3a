import { describe, expect, it } from 'vitest';
import { stepsToRecheck } from '../../../../main/sessions/resume-plan.js';
import { makeSnapshot, stepResult } from './snapshot-fixture.js';

describe('what is checked again after the reboot', () => {
  it('re-runs the steps the reboot interrupted', () => {
    const snapshot = makeSnapshot();
    snapshot.steps[2] = { ...snapshot.steps[2]!, phase: 'running', runningSince: '2026-11-24T10:20:00.000Z' };
    snapshot.steps[4] = { ...snapshot.steps[4]!, phase: 'queued' };
    expect(stepsToRecheck(snapshot)).toEqual(['vpn-connect', 'update-install']);
  });

  it('re-checks the Windows build after a cumulative update that asked for a restart', () => {
    const snapshot = makeSnapshot({ validationType: 'oobe-update' });
    snapshot.steps[4] = {
      id: 'update-install',
      phase: 'done',
      runningSince: null,
      result: stepResult({
        id: 'update-install',
        stage: 'Cumulative update',
        status: 'pass',
        details: { rebootRequired: true },
      }),
    };
    expect(stepsToRecheck(snapshot)).toEqual(['os-build']);
    snapshot.steps[4].result!.details = { rebootRequired: false };
    expect(stepsToRecheck(snapshot)).toEqual([]);
  });

  it('after the off-network sign-in, re-checks the sign-in and a join that was still pending', () => {
    const snapshot = makeSnapshot({ validationType: 'off-network' });
    expect(stepsToRecheck(snapshot)).toEqual(['join-state', 'offnetwork-signin']);
  });

  it('re-checks nothing for a session that was simply closed', () => {
    expect(stepsToRecheck(makeSnapshot())).toEqual([]);
  });
});
