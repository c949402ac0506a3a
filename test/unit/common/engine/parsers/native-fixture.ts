import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ProbeResult } from '../../../../../common/model.js';
import { NATIVE_FIXTURES } from '../../../../paths.js';

/** Reads a fixture byte-exact (CRLF and BOM kept) so parsers see what PowerShell hands over. */
export function nativeFixture(relativePath: string): string {
  return readFileSync(join(NATIVE_FIXTURES, relativePath), 'utf8');
}

export function probeResult(stdout: string, exitCode: number, extra: Partial<ProbeResult> = {}): ProbeResult {
  return { exitCode, stdout, stderr: '', durationMs: 10, timedOut: false, ...extra };
}
