import { describe, expect, it } from 'vitest';
import type { StepId, StepStatus } from '../../../../common/model.js';
import { decideVerdict, verdictExitCode, worstExitCode } from '../../../../common/engine/verdict.js';

const step = (id: StepId, status: StepStatus, details: Record<string, unknown> = {}) => ({
  id,
  status,
  details,
});

describe('the verdict (contract v1.1 §4)', () => {
  it('is ready when every step passed, warned or was skipped', () => {
    const outcome = decideVerdict([
      step('os-build', 'pass'),
      step('proxy', 'warn'),
      step('update-install', 'skip'),
    ]);
    expect(outcome).toEqual({ verdict: 'ready', verdictReasons: [] });
  });

  it('is not-ready when any step failed or errored, naming them in checklist order', () => {
    const outcome = decideVerdict([
      step('os-build', 'pass'),
      step('vpn-connect', 'fail'),
      step('dc-over-vpn', 'blocked'),
      step('logon-vpn-icon', 'manual'),
      step('update-install', 'error'),
    ]);
    expect(outcome).toEqual({ verdict: 'not-ready', verdictReasons: ['vpn-connect', 'update-install'] });
  });

  it('is incomplete when a contract step is blocked or waits for the technician', () => {
    const outcome = decideVerdict([
      step('vpn-profile', 'pass'),
      step('vpn-connect', 'blocked'),
      step('logon-vpn-icon', 'manual'),
      step('offnetwork-signin', 'manual'),
    ]);
    expect(outcome).toEqual({
      verdict: 'incomplete',
      verdictReasons: ['vpn-connect', 'logon-vpn-icon', 'offnetwork-signin'],
    });
  });

  it('does not count a tenant step blocked only for want of a sign-in', () => {
    const outcome = decideVerdict([
      step('os-build', 'pass'),
      step('autopilot-registration', 'blocked', { action: 'sign-in' }),
    ]);
    expect(outcome.verdict).toBe('ready');
  });

  it('counts a tenant step that failed, or is blocked for another reason', () => {
    expect(decideVerdict([step('autopilot-registration', 'fail')]).verdict).toBe('not-ready');
    expect(decideVerdict([step('tenant-profile', 'blocked', { action: 'import' })]).verdict).toBe(
      'incomplete',
    );
  });

  it('maps verdicts to exit codes 0, 1, 3 and a batch to the worst of its runs', () => {
    expect([verdictExitCode('ready'), verdictExitCode('not-ready'), verdictExitCode('incomplete')]).toEqual([
      0, 1, 3,
    ]);
    expect(worstExitCode([0, 3, 0])).toBe(3);
    expect(worstExitCode([3, 1, 0])).toBe(1);
    expect(worstExitCode([0, 0])).toBe(0);
    expect(worstExitCode([])).toBe(0);
  });
});
