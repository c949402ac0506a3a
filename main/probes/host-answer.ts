/**
 * Reads what host/run-probe.ps1 printed: its first line HVV-HOST:<nonce>:<language mode> decides
 * whether the probe ran, whether the device's policy kept PowerShell in ConstrainedLanguage
 * (AppLocker/WDAC), or whether PowerShell refused to load the script at all (execution policy).
 * Only the marker and the exit code decide; PowerShell's own (localized) words are quoted, never read.
 */
import { z } from 'zod';
import { REFUSED_REASON, RESTRICTED_REASON } from '../../common/live-unavailable.js';

// Declared in common, where the English catalog takes the same sentences for the start screen.
export { REFUSED_REASON, RESTRICTED_REASON };

const IdentitySchema = z.object({
  User: z.string().nullable(),
  Sid: z.string().nullable(),
  Elevated: z.boolean().nullable(),
  System: z.boolean().nullable(),
});
export type HostIdentity = z.infer<typeof IdentitySchema>;

export type HostAnswer =
  | { kind: 'ran'; languageMode: string; rest: string; identity: HostIdentity | null }
  | { kind: 'restricted'; languageMode: string; reason: string }
  /** `detail`: the exit code and PowerShell's own words, verbatim (quoted, never translated). */
  | { kind: 'refused'; reason: string; detail: string };

export type HostCheck = HostAnswer;

export interface HostOutput {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

// eslint-disable-next-line no-control-regex -- pwsh 7 colours its errors even into a pipe
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** PowerShell's first meaningful error line, without colours, position lines or stack noise. */
export function firstErrorLine(stderr: string): string | null {
  const lines = stderr
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^[+|~]/.test(line) && !/^(Line|At line|At [^ ]+:\d+)/.test(line));
  const first = lines[0];
  if (first === undefined) return null;
  return first.length > 300 ? `${first.slice(0, 297)}…` : first;
}

export function readHostLine(output: HostOutput, nonce: string): HostAnswer {
  const stdout = output.stdout.replace(/^\uFEFF/, '');
  const lineEnd = stdout.indexOf('\n');
  const first = (lineEnd < 0 ? stdout : stdout.slice(0, lineEnd)).trim();
  const prefix = `HVV-HOST:${nonce}:`;
  if (!first.startsWith(prefix)) {
    const said = firstErrorLine(output.stderr);
    const exit = output.exitCode === null ? 'no exit code' : `exit code ${output.exitCode}`;
    const detail = `${exit}${said ? `; PowerShell said: ${said}` : ''}`;
    return { kind: 'refused', reason: `${REFUSED_REASON} (${detail})`, detail };
  }
  const languageMode = first.slice(prefix.length);
  if (languageMode !== 'FullLanguage') return { kind: 'restricted', languageMode, reason: RESTRICTED_REASON };
  const rest = lineEnd < 0 ? '' : stdout.slice(lineEnd + 1).replace(/[\r\n ]+$/, '');
  return { kind: 'ran', languageMode, rest, identity: readIdentity(rest) };
}

function readIdentity(rest: string): HostIdentity | null {
  const line = rest.split(/\r?\n/).find((l) => l.startsWith('HVV-IDENTITY:'));
  if (!line) return null;
  try {
    const parsed = IdentitySchema.safeParse(JSON.parse(line.slice('HVV-IDENTITY:'.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
