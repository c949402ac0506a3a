import { readFileSync } from 'node:fs';
import type { ProbeResult } from '../../../main/engine/model.js';

/** Reads a fixture byte-exact (CRLF and BOM kept) so parsers see what PowerShell hands over. */
export function nativeFixture(relativePath: string): string {
  return readFileSync(new URL(`../../fixtures/native/${relativePath}`, import.meta.url), 'utf8');
}

export function probeResult(stdout: string, exitCode: number, extra: Partial<ProbeResult> = {}): ProbeResult {
  return { exitCode, stdout, stderr: '', durationMs: 10, timedOut: false, ...extra };
}
