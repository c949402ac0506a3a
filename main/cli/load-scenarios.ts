/** Turns `--scenario` arguments (files or folders) into parsed scenarios, or a UsageError. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Scenario } from '../../common/model.js';
import { parseScenario, ScenarioError } from '../probes/scenario-runner.js';
import { UsageError } from './io.js';

export interface LoadedScenario {
  file: string;
  scenario: Scenario;
}

export const SCENARIO_SUFFIX = '.scenario.json';

async function filesOf(arg: string, cwd: string): Promise<{ files: string[]; folder: boolean }> {
  const path = resolve(cwd, arg);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`${arg}: no such file or folder`);
  }
  if (!info.isDirectory()) return { files: [path], folder: false };
  const names = (await readdir(path)).filter((n) => n.endsWith(SCENARIO_SUFFIX)).sort();
  if (names.length === 0) throw new UsageError(`${arg}: no *${SCENARIO_SUFFIX} files in this folder`);
  return { files: names.map((n) => join(path, n)), folder: true };
}

/** `batch` is true when the caller named several files or a folder: the output is then a batch. */
export async function loadScenarios(
  args: readonly string[],
  cwd: string,
): Promise<{ scenarios: LoadedScenario[]; batch: boolean }> {
  const scenarios: LoadedScenario[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    const { files, folder } = await filesOf(arg, cwd);
    batch ||= folder;
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
        throw new UsageError(`${basename(file)}: cannot read the file (${reason})`);
      }
      try {
        scenarios.push({ file, scenario: parseScenario(text, basename(file)) });
      } catch (error) {
        if (error instanceof ScenarioError) throw new UsageError(error.message);
        throw error;
      }
    }
  }
  return { scenarios, batch };
}
