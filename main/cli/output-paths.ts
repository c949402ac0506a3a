/**
 * Every output path of `hvv run` is checked before anything runs or is written (issue 14): an
 * output that is one of the inputs would overwrite the recording (with --redact the original is
 * gone), and a batch with --report used to write the JUnit file before refusing.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from './io.js';
import type { OutputFlags, OutputWriter } from './outputs.js';

/** The file a path names, through links and `..`; for a file not created yet, its folder's. */
function identity(path: string): string {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    try {
      real = resolve(realpathSync.native(dirname(path)), basename(path));
    } catch {
      real = path;
    }
  }
  // Windows and macOS file systems usually ignore case: "Lab.scenario.json" is "lab.scenario.json".
  return process.platform === 'linux' ? real : real.toLowerCase();
}

export function checkOutputPaths(
  writers: readonly OutputWriter[],
  flags: OutputFlags,
  inputs: readonly string[],
  cwd: string,
  batch: boolean,
): void {
  const taken = new Map<string, string>();
  for (const input of inputs) taken.set(identity(resolve(cwd, input)), `the input ${basename(input)}`);
  for (const writer of writers) {
    const value = flags[writer.flag];
    if (typeof value !== 'string') continue;
    const id = identity(resolve(cwd, value));
    const clash = taken.get(id);
    if (clash)
      throw new UsageError(`--${writer.flag} ${value} would overwrite ${clash}; choose another file`);
    taken.set(id, `the --${writer.flag} output`);
    writer.check?.(value, flags, batch);
  }
}
