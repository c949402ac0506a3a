/**
 * `rasdial "<name>"` and `rasdial "<name>" /disconnect`. The contract makes the exit code the RAS
 * error code (0 on success), so the verdict never depends on the text; the text only supplies the
 * message Windows printed, which is translated ("Remote Access error 809 - …", "Remotezugriffsfehler
 * 809 - …", "Erreur d'accès à distance 809 - …") but always has the shape `<code> - <message>`.
 */
import type { ProbeResult } from '../../model.js';
import { unwrapWin32 } from './exit-code.js';
import { toLines } from './native-text.js';

export interface RasdialOutcome {
  /** Connect: the tunnel is up. Disconnect: the tunnel is still up (the disconnect failed). */
  connected: boolean;
  /** The RAS error code, null on success. */
  errorCode: number | null;
  /** What rasdial printed about the outcome, in the device's language; null when it printed nothing. */
  message: string | null;
}

const ERROR_LINE = /(?:^|\s)(\d{3,5})\s+-\s+(\S.*)$/;
// Lines rasdial prints while it works ("Connecting to …", "Verifying username and password…").
const PROGRESS_LINE = /(\.\.\.|…)\s*$/;

function errorMessage(lines: readonly string[], code: number): string | null {
  let fallback: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const match = ERROR_LINE.exec(lines[i] ?? '');
    if (!match?.[2]) continue;
    // The message wraps onto following lines until the blank line before "For more help…".
    const parts = [match[2].trim()];
    for (let j = i + 1; j < lines.length && (lines[j] ?? '').trim() !== ''; j++)
      parts.push((lines[j] ?? '').trim());
    const message = parts.join(' ');
    if (Number(match[1]) === code) return message;
    fallback ??= message;
  }
  return fallback;
}

function lastStatement(lines: readonly string[]): string | null {
  const meaningful = lines
    .map((line) => line.trim())
    .filter((line) => line !== '' && !PROGRESS_LINE.test(line));
  return meaningful.at(-1) ?? null;
}

function readOutcome(result: ProbeResult, succeededMeansConnected: boolean): RasdialOutcome {
  const lines = toLines(`${result.stdout}\n${result.stderr}`);
  if (result.timedOut) {
    return { connected: false, errorCode: null, message: 'rasdial did not finish before the timeout' };
  }
  if (result.exitCode === 0) {
    return { connected: succeededMeansConnected, errorCode: null, message: lastStatement(lines) };
  }
  const code = unwrapWin32(result.exitCode);
  return {
    connected: !succeededMeansConnected,
    errorCode: code,
    message: errorMessage(lines, code) ?? lastStatement(lines),
  };
}

export function parseRasdialConnect(result: ProbeResult): RasdialOutcome {
  return readOutcome(result, true);
}

export function parseRasdialDisconnect(result: ProbeResult): RasdialOutcome {
  return readOutcome(result, false);
}
