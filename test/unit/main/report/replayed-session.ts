/** Replays a fixture scenario through the real engine and turns the run into a session snapshot. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionSnapshot, StepInfo } from '../../../../common/ipc/contract.js';
import type { Scenario, StepResult } from '../../../../common/model.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { CHECKLIST, toStepInfo } from '../../../../common/engine/checklist.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { snapshotFromRun } from '../../../../main/report/from-run.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

export const CHECKLIST_INFO: readonly StepInfo[] = CHECKLIST.map(toStepInfo);
export const FIXTURES = SCENARIO_FIXTURES;

export async function loadFixture(name: string): Promise<Scenario> {
  const file = join(FIXTURES, `${name}.scenario.json`);
  return parseScenario(await readFile(file, 'utf8'), file);
}

export async function replay(scenario: Scenario): Promise<StepResult[]> {
  const start = Date.parse(scenario.recordedAt);
  let tick = 0;
  return runChecklist({
    executor: createScenarioExecutor(scenario),
    inputs: scenario.inputs,
    confirmations: scenario.confirmations,
    now: new Date(scenario.recordedAt),
    clock: () => new Date(start + (tick += 1000)),
  });
}

export async function replayedSession(
  name: string,
): Promise<{ scenario: Scenario; snapshot: SessionSnapshot }> {
  const scenario = await loadFixture(name);
  const results = await replay(scenario);
  const snapshot = snapshotFromRun(
    {
      title: scenario.title,
      results,
      inputs: scenario.inputs,
      confirmations: scenario.confirmations,
      recordedAt: scenario.recordedAt,
      device: {
        computerName: 'DESKTOP-7H2K9QF',
        serialNumber: 'PF2XKQ7M',
        manufacturer: 'LENOVO',
        model: '20XW0055GE',
        osBuild: '18363.1256',
      },
    },
    CHECKLIST_INFO,
  );
  return { scenario, snapshot };
}
