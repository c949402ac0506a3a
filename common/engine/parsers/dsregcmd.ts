/**
 * `dsregcmd /status` (Microsoft Entra docs, "Troubleshoot devices by using the dsregcmd command").
 * The field names stay English on every display language; the YES/NO values are translated on
 * some builds, so values are matched against the words Windows uses in its common languages and
 * anything else is reported as not understood rather than read as "no".
 */
import { type ParseOutcome, notUnderstood, parsed } from './parse-outcome.js';
import { excerpt, foldWord, toLines } from './native-text.js';

export interface DsregcmdStatus {
  azureAdJoined: boolean;
  domainJoined: boolean;
  domainName: string | null;
  enterpriseJoined: boolean | null;
  deviceId: string | null;
  tenantName: string | null;
}

// Folded (upper case, no accents): en, de, fr, es, it, pt, nl, sv/da/nb.
export const YES_WORDS = new Set(['YES', 'JA', 'OUI', 'SI', 'SIM']);
export const NO_WORDS = new Set(['NO', 'NEIN', 'NON', 'NAO', 'NEE', 'NEJ', 'NEI']);

// Field names are short; the bound keeps a 5 MB line without a colon from backtracking for minutes.
const FIELD_LINE = /^\s*([A-Za-z][A-Za-z0-9 _-]{0,60}):\s*(.*)$/;

function readFields(lines: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of lines) {
    const match = FIELD_LINE.exec(line);
    if (!match?.[1]) continue;
    const key = match[1].replace(/[\s_-]/g, '').toLowerCase();
    // The first occurrence wins: later sections (Diagnostic Data, SSO State) reuse some names.
    if (!fields.has(key)) fields.set(key, (match[2] ?? '').trim());
  }
  return fields;
}

type YesNo = { ok: true; value: boolean } | { ok: false; reason: string };

function readYesNo(field: string, raw: string | undefined): YesNo | null {
  if (raw === undefined) return null;
  const word = foldWord(raw);
  if (YES_WORDS.has(word)) return { ok: true, value: true };
  if (NO_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, reason: `${field} has the value "${raw}", which is neither yes nor no` };
}

function textOrNull(raw: string | undefined): string | null {
  const value = raw?.trim();
  return value ? value : null;
}

export function parseDsregcmdStatus(stdout: string): ParseOutcome<DsregcmdStatus> {
  if (stdout.trim() === '') return notUnderstood('dsregcmd /status printed nothing');
  const fields = readFields(toLines(stdout));

  const azure = readYesNo('AzureAdJoined', fields.get('azureadjoined'));
  const domain = readYesNo('DomainJoined', fields.get('domainjoined'));
  if (!azure || !domain) {
    return notUnderstood(
      `dsregcmd /status output has no ${!azure ? 'AzureAdJoined' : 'DomainJoined'} line: "${excerpt(stdout)}"`,
    );
  }
  if (!azure.ok) return notUnderstood(azure.reason);
  if (!domain.ok) return notUnderstood(domain.reason);

  const enterprise = readYesNo('EnterpriseJoined', fields.get('enterprisejoined'));
  if (enterprise && !enterprise.ok) return notUnderstood(enterprise.reason);

  return parsed({
    azureAdJoined: azure.value,
    domainJoined: domain.value,
    domainName: textOrNull(fields.get('domainname')),
    enterpriseJoined: enterprise ? enterprise.value : null,
    deviceId: textOrNull(fields.get('deviceid')),
    tenantName: textOrNull(fields.get('tenantname')),
  });
}
