/** Turns `--scenario` arguments (files or folders) into parsed scenarios, or a UsageError. */
import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { SCENARIO_MAX_BYTES } from '../../common/limits.js';
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
  if (!info.isDirectory()) return { files: [regularFile(arg, path, info)], folder: false };
  const names = (await readdir(path)).filter((n) => n.endsWith(SCENARIO_SUFFIX)).sort();
  if (names.length === 0) throw new UsageError(`${arg}: no *${SCENARIO_SUFFIX} files in this folder`);
  return { files: names.map((n) => join(path, n)), folder: true };
}

/** A FIFO or a device would block the read forever: only regular files are recordings. */
function regularFile(arg: string, path: string, info: Stats): string {
  if (!info.isFile())
    throw new UsageError(`${arg}: not a regular file (a pipe or a device); save the recording to a file`);
  if (info.size > SCENARIO_MAX_BYTES) {
    throw new UsageError(`${arg}: ${Math.round(info.size / 1e6)} MB; a scenario file is at most 50 MB`);
  }
  return path;
}

/**
 * Recordings are UTF-8. Notepad's "Unicode" and PowerShell 5.1's `Out-File` write UTF-16, which
 * would otherwise surface as a JSON error full of NUL bytes.
 */
function decode(file: string, bytes: Buffer): string {
  const bomLE = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bomBE = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (bomLE || bomBE || bytes.subarray(0, 64).includes(0)) {
    throw new UsageError(`${basename(file)}: the file is UTF-16 — save it as UTF-8`);
  }
  return bytes.toString('utf8');
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
        // Files found in a folder are checked too: a FIFO named *.scenario.json must not hang a batch.
        if (folder) regularFile(basename(file), file, await stat(file));
        text = decode(file, await readFile(file));
      } catch (error) {
        if (error instanceof UsageError) throw error;
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
