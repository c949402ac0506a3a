/**
 * Every recorded scenario replays to the verdicts its README lists (kept in expected.json), and
 * damaging any one probe's output changes only the steps that read that probe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario, StepResult } from '../../../../common/model.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { CHECKLIST } from '../../../../common/engine/checklist.js';
import { runExitCode } from '../../../../common/engine/summary.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const DIR = SCENARIO_FIXTURES;

interface Expectation {
  title: string;
  statuses: Record<string, string>;
  summaryIncludes?: Record<string, string>;
  details?: Record<string, Record<string, unknown>>;
  exitCode: 0 | 1;
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.json'))
  .sort();
const load = (name: string): Scenario =>
  parseScenario(readFileSync(join(DIR, `${name}.scenario.json`), 'utf8'), name);

function replay(scenario: Scenario): Promise<StepResult[]> {
  return runChecklist({
    executor: createScenarioExecutor(scenario),
    inputs: scenario.inputs,
    confirmations: scenario.confirmations,
    now: new Date(scenario.recordedAt),
  });
}

describe('recorded scenarios', () => {
  it('has an expectation for every scenario file and a file for every expectation, all listed in the README', () => {
    const names = files.map((f) => f.replace('.scenario.json', ''));
    expect(names.sort()).toEqual(Object.keys(expected).sort());
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const name of names) expect(readme).toContain(`| ${name} |`);
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it.each(Object.keys(expected))('%s replays to the verdicts in its README', async (name) => {
    const e = expected[name] as Expectation;
    const scenario = load(name);
    expect(scenario.title).toBe(e.title);
    const results = await replay(scenario);
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const [id, status] of Object.entries(e.statuses)) {
      expect({ id, status: byId.get(id as StepResult['id'])?.status }).toEqual({ id, status });
    }
    for (const [id, words] of Object.entries(e.summaryIncludes ?? {})) {
      expect(byId.get(id as StepResult['id'])?.summary).toContain(words);
    }
    for (const [id, details] of Object.entries(e.details ?? {})) {
      expect(byId.get(id as StepResult['id'])?.details).toMatchObject(details);
    }
    const contractSteps = results.filter((r) => r.id in e.statuses);
    expect(runExitCode(contractSteps)).toBe(e.exitCode);
  });

  it('covers pass, warn, fail, manual, blocked, skip and error for the contract steps', () => {
    const seen = new Set(Object.values(expected).flatMap((e) => Object.values(e.statuses)));
    expect([...seen].sort()).toEqual(['blocked', 'error', 'fail', 'manual', 'pass', 'skip', 'warn']);
  });
});

describe('damaged probe output', () => {
  const base = load('win10-1909-ikev2-connects');
  const damages: [string, (stdout: string) => string][] = [
    ['empty output', () => ''],
    ['a truncated document', (s) => s.slice(0, Math.floor(s.length / 2))],
    ['5 MB of noise', () => 'x\u0000\r\n{['.repeat(1_000_000)],
    ['a hostile name', () => '{"Name":"$(Remove-Item C:\\\\ -Recurse)`\\"\'‘’","reachable":"yes"}'],
  ];

  it.each(damages)(
    '%s in any one probe changes only the steps that read it',
    async (_label, damage) => {
      const reference = new Map((await replay(base)).map((r) => [r.id, r.status]));
      for (const probe of new Set(base.probes.map((p) => p.probe))) {
        const damaged: Scenario = {
          ...base,
          probes: base.probes.map((p) =>
            p.probe === probe ? { ...p, result: { ...p.result, stdout: damage(p.result.stdout) } } : p,
          ),
        };
        const results = await replay(damaged);
        const readers = new Set(
          results.filter((r) => r.evidence.some((e) => e.probe === probe)).map((r) => r.id),
        );
        const dependents = new Set<string>(readers);
        for (const step of CHECKLIST)
          if (step.dependsOn.some((d) => dependents.has(d))) dependents.add(step.id);
        for (const r of results) {
          if (readers.has(r.id) || dependents.has(r.id)) continue;
          expect({ probe, id: r.id, status: r.status }).toEqual({
            probe,
            id: r.id,
            status: reference.get(r.id),
          });
        }
        expect(results).toHaveLength(reference.size);
      }
      // Native parsers read all 5 MB of each damaged output, a few seconds in total.
    },
    60_000,
  );
});
