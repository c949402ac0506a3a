/**
 * A diagnostics zip dropped on the app: its bytes land in a private temporary folder (the import
 * reads entries by offset from a file), become a recording, and the folder is removed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../common/model.js';
import { parseScenario } from '../probes/scenario-runner.js';
import { importDiagnosticsBundle } from './bundle-to-scenario.js';

export async function scenarioFromDroppedBundle(fileName: string, bytes: Buffer): Promise<Scenario> {
  const dir = await mkdtemp(join(tmpdir(), 'hvv-diagnostics-'));
  try {
    // Only the name's last part, in safe characters: it carries the device and the collection time.
    const safe = (fileName.split(/[\\/]/).pop() ?? 'bundle.zip').replace(/[^A-Za-z0-9._-]/g, '_');
    const file = join(dir, safe.toLowerCase().endsWith('.zip') ? safe : `${safe}.zip`);
    await writeFile(file, bytes, { mode: 0o600 });
    const imported = await importDiagnosticsBundle(file);
    return parseScenario(JSON.stringify(imported.scenario), fileName);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
