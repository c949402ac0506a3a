/** Every recorded scenario of the fixtures, replayed as a technician would open it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepResult } from '../../../../common/model.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';
import { recordedStrings } from '../../../browser/english-leftovers.js';

export const RECORDING_FILES: readonly string[] = readdirSync(SCENARIO_FIXTURES)
  .filter((f) => f.endsWith('.scenario.json'))
  .sort();

/** The results, and the recording's own JSON (its names and notes are data, never app text). */
export async function replayRecording(file: string): Promise<{ results: StepResult[]; recording: unknown }> {
  const raw = readFileSync(join(SCENARIO_FIXTURES, file), 'utf8');
  const scenario = parseScenario(raw, file);
  const results = await runChecklist({
    executor: createScenarioExecutor(scenario),
    inputs: scenario.inputs,
    confirmations: scenario.confirmations,
    now: new Date(scenario.recordedAt),
  });
  return { results, recording: JSON.parse(raw) as unknown };
}

/** The results, and the recording's own strings (data the English scans must not count). */
export async function replayWithData(file: string): Promise<{ results: StepResult[]; data: Set<string> }> {
  const { results, recording } = await replayRecording(file);
  return { results, data: recordedStrings(recording) };
}
