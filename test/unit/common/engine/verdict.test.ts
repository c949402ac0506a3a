import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StepId, StepStatus } from '../../../../common/model.js';
import {
  decideSessionVerdict,
  decideVerdict,
  saysNothing,
  verdictExitCode,
  worstExitCode,
} from '../../../../common/engine/verdict.js';
import { verdictLine } from '../../../../common/engine/verdict-text.js';
import { CHECKLIST, CONTRACT_STEPS } from '../../../../common/engine/checklist.js';
import { CONTRACT_STEP_IDS, OPTIONAL_STEP_DEPENDS_ON } from '../../../../common/vocabulary.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

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

  it('does not count tenant steps a recording without tenant data could not try', () => {
    const outcome = decideVerdict([
      step('os-build', 'pass'),
      step('autopilot-registration', 'blocked', { reason: 'not-recorded' }),
      step('tenant-profile', 'blocked'),
    ]);
    expect(outcome.verdict).toBe('ready');
  });
});

describe('a session verdict', () => {
  it('keeps a session incomplete while a contract step has no result yet', () => {
    const outcome = decideSessionVerdict([
      { id: 'os-build', result: { id: 'os-build', status: 'pass', details: {} } },
      { id: 'vpn-connect', result: null },
      { id: 'autopilot-registration', result: null },
    ]);
    expect(outcome).toEqual({ verdict: 'incomplete', verdictReasons: ['vpn-connect'] });
  });
});

describe('the verdict in words', () => {
  it('names the first problem with its RAS code, then how many more', () => {
    const steps = [step('vpn-connect', 'fail', { errorCode: 809 }), step('update-install', 'fail')];
    expect(verdictLine(decideVerdict(steps), steps)).toBe(
      'Not ready — the VPN does not connect (RAS 809) — and 1 more problem',
    );
  });

  it('says a check that errored could not be made, not that the device failed it', () => {
    const steps = [step('os-build', 'error')];
    expect(verdictLine(decideVerdict(steps), steps)).toBe(
      'Not ready — the Windows build could not be checked',
    );
  });

  it('says what is still unproven, and counts warnings on a ready device', () => {
    const manual = [step('logon-vpn-icon', 'manual')];
    expect(verdictLine(decideVerdict(manual), manual)).toBe(
      'Incomplete — the VPN icon on the logon screen is not confirmed',
    );
    expect(verdictLine(decideSessionVerdict([{ id: 'os-build', result: null }]), [])).toBe(
      'Incomplete — nothing has been checked yet',
    );
    const warned = [step('proxy', 'warn')];
    expect(verdictLine(decideVerdict(warned), warned)).toBe(
      'Ready — every step of the procedure passed (1 warning to read)',
    );
  });
});

describe('the plain lists the verdict reads (so the renderer need not bundle the checklist)', () => {
  it('name exactly the contract steps and the optional steps with their declared dependencies', () => {
    expect([...CONTRACT_STEP_IDS]).toEqual(CONTRACT_STEPS.map((s) => s.id));
    const optional = CHECKLIST.filter((s) => !CONTRACT_STEP_IDS.includes(s.id as never));
    expect(Object.fromEntries(optional.map((s) => [s.id, [...s.dependsOn]]))).toEqual(
      OPTIONAL_STEP_DEPENDS_ON,
    );
  });
});

describe('saysNothing: a result that tells nothing about the device', () => {
  it('is a skipped step or one the recording holds nothing for', () => {
    expect(saysNothing(step('vpn-kind', 'skip'))).toBe(true);
    expect(saysNothing(step('scp', 'blocked', { reason: 'not-recorded' }))).toBe(true);
  });

  it('is not a step with a finding, nor one not run yet', () => {
    expect(saysNothing(step('vpn-kind', 'pass'))).toBe(false);
    expect(saysNothing(step('scp', 'blocked', { action: 'sign-in' }))).toBe(false);
    expect(saysNothing(null)).toBe(false);
    expect(saysNothing(undefined)).toBe(false);
  });
});

describe('verdictReasons of recordings older than issues 16 and 17 (docs/CONTRACT-EXTENSIONS.md)', () => {
  const NEW_PROBES = ['vpn.kind', 'vpn.status', 'tls.chain', 'net.machine', 'scp.registry', 'scp.domain'];
  const older = readdirSync(SCENARIO_FIXTURES)
    .filter((f) => f.endsWith('.scenario.json'))
    .map((f) => parseScenario(readFileSync(join(SCENARIO_FIXTURES, f), 'utf8'), f))
    .filter((s) => !s.probes.some((p) => NEW_PROBES.includes(p.probe)));
  const replay = async (name: string) => {
    const scenario = older.find((s) => s.title === name);
    if (!scenario) throw new Error(`no older recording titled ${name}`);
    return decideVerdict(
      await runChecklist({
        executor: createScenarioExecutor(scenario),
        inputs: scenario.inputs,
        confirmations: scenario.confirmations,
        now: new Date(scenario.recordedAt),
      }),
    );
  };

  it('lists scp after the contract steps when the VPN was not tested; still incomplete, exit 3', async () => {
    const outcome = await replay('Two per-machine VPN connections and no connection chosen');
    expect(outcome).toEqual({
      verdict: 'incomplete',
      verdictReasons: ['vpn-connect', 'dc-over-vpn', 'scp', 'vpn-disconnect'],
    });
    expect(verdictExitCode(outcome.verdict)).toBe(3);
  });

  it('lists no other extension step for any older recording', async () => {
    expect(older.length).toBeGreaterThanOrEqual(12);
    const contract: readonly string[] = CONTRACT_STEP_IDS;
    for (const scenario of older) {
      const { verdictReasons } = await replay(scenario.title);
      expect({
        title: scenario.title,
        extra: verdictReasons.filter((id) => !contract.includes(id) && id !== 'scp'),
      }).toEqual({
        title: scenario.title,
        extra: [],
      });
    }
  });
});
