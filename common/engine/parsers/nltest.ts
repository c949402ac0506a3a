/**
 * `nltest /dsgetdc:<domain>`. Its field labels (`DC:`, `Address:`, `Dom Name:`) and the failure's
 * status token (`Status = 1355 0x54b ERROR_NO_SUCH_DOMAIN`) are not translated; only the sentences
 * around them are. So the verdict comes from the exit code and those tokens, never from a sentence.
 */
import type { ProbeResult } from '../../model.js';
import { type ParseOutcome, notUnderstood, parsed } from './parse-outcome.js';
import { toUnsigned32 } from './exit-code.js';
import { excerpt, toLines } from './native-text.js';
import { engineWords } from '../engine-messages.js';

const NLTEST = 'nltest /dsgetdc';

export interface NltestDsgetdc {
  found: boolean;
  dc: string | null;
  address: string | null;
  domain: string | null;
  errorName: string | null;
  errorCode: number | null;
}

/** The Win32 errors DsGetDcName reports for a domain it cannot reach, for a bare exit code. */
const KNOWN_ERRORS: Record<number, string> = {
  1212: 'ERROR_INVALID_DOMAINNAME',
  1311: 'ERROR_NO_LOGON_SERVERS',
  1355: 'ERROR_NO_SUCH_DOMAIN',
  1722: 'RPC_S_SERVER_UNAVAILABLE',
};

function codeOf(name: string | null): number | null {
  const entry = Object.entries(KNOWN_ERRORS).find(([, known]) => known === name);
  return entry ? Number(entry[0]) : null;
}

const DC_LINE = /^\s*DC:\s*\\\\(\S+)/i;
const ADDRESS_LINE = /^\s*Address:\s*\\\\(\S+)/i;
const DOMAIN_LINE = /^\s*Dom Name:\s*(\S+)/i;
// "Status = 1355 0x54b ERROR_NO_SUCH_DOMAIN"; "Status" may be translated, the numbers and token are not.
const STATUS_TOKEN = /\b(\d{1,10})\s+0x[0-9a-f]{1,8}\s+([A-Z][A-Z0-9]{0,15}_[A-Z0-9_]{1,80})/;
const ERROR_TOKEN = /\b((?:ERROR|RPC_S|RPC_X|NERR)_[A-Z0-9_]+)\b/;

function firstMatch(lines: readonly string[], pattern: RegExp): string | null {
  for (const line of lines) {
    const value = pattern.exec(line)?.[1];
    if (value) return value;
  }
  return null;
}

function notFound(errorName: string | null, errorCode: number | null): ParseOutcome<NltestDsgetdc> {
  return parsed({ found: false, dc: null, address: null, domain: null, errorName, errorCode });
}

export function parseNltestDsgetdc(result: ProbeResult): ParseOutcome<NltestDsgetdc> {
  if (result.timedOut) return notUnderstood('nltest /dsgetdc did not finish before the timeout');
  const text = `${result.stdout}\n${result.stderr}`;
  const lines = toLines(text);
  const dc = firstMatch(lines, DC_LINE);

  const status = lines
    .map((line) => STATUS_TOKEN.exec(line))
    .find((match) => match !== null && match !== undefined);
  const statusCode = status?.[1] ? Number(status[1]) : null;
  const errorName = status?.[2] ?? firstMatch(lines, ERROR_TOKEN);

  if (result.exitCode === 0 && dc && !errorName) {
    return parsed({
      found: true,
      dc,
      address: firstMatch(lines, ADDRESS_LINE),
      domain: firstMatch(lines, DOMAIN_LINE),
      errorName: null,
      errorCode: null,
    });
  }
  if (dc) {
    return notUnderstood(
      `nltest named a domain controller but also reported a failure (exit code ${result.exitCode}): "${excerpt(text)}"`,
    );
  }
  if (errorName || statusCode !== null) {
    const fromExit = result.exitCode !== 0 ? toUnsigned32(result.exitCode) : null;
    return notFound(errorName, statusCode ?? codeOf(errorName) ?? fromExit);
  }
  if (result.exitCode !== 0) {
    const code = toUnsigned32(result.exitCode);
    return notFound(KNOWN_ERRORS[code] ?? null, code);
  }
  return notUnderstood(
    text.trim() === ''
      ? engineWords('commandPrintedNothingExitZero', { command: NLTEST })
      : engineWords('commandOutputNotUnderstood', { command: NLTEST, output: excerpt(text) }),
  );
}
