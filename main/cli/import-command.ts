/**
 * `hvv import --intune-diagnostics <zip> --out <file.scenario.json>`: Intune's "Collect
 * diagnostics" bundle as a recording, so support validates a remote device without a technician.
 */
import { resolve } from 'node:path';
import { BundleError, importDiagnosticsBundle } from '../diagnostics/bundle-to-scenario.js';
import { UsageError, type CliIo } from './io.js';
import { writeOutputFile } from './outputs.js';
import { str, type Options, type Values } from './run-flags.js';

export const importOptions: Options = {
  'intune-diagnostics': { type: 'string' },
  out: { type: 'string' },
};

export const importHelp = [
  '--intune-diagnostics <zip>  the zip Intune\'s "Collect diagnostics" produced (DiagLogs-<device>-<time>.zip)',
  '--out <file.scenario.json>  where to write the recording; replay it with hvv run --scenario <file>',
];

export async function runImport(values: Values, io: CliIo): Promise<number> {
  const zip = str(values, 'intune-diagnostics');
  const out = str(values, 'out');
  if (!zip) throw new UsageError('import needs --intune-diagnostics <zip>');
  if (!out) throw new UsageError('import needs --out <file.scenario.json>');
  let imported;
  try {
    imported = await importDiagnosticsBundle(resolve(io.cwd, zip));
  } catch (error) {
    if (error instanceof BundleError) throw new UsageError(error.message);
    throw error;
  }
  await writeOutputFile(out, `${JSON.stringify(imported.scenario, null, 2)}\n`, io);
  io.stdout.write(
    [
      `Recording written to ${out}: ${imported.scenario.title}`,
      `From the bundle: ${imported.answered.join(', ')}`,
      'Not in the bundle (the steps that need these say so):',
      ...imported.notInBundle.map((m) => `  ${m.probe}: ${m.why}`),
      `Replay it: hvv run --scenario ${out}`,
      '',
    ].join('\n'),
  );
  return 0;
}
