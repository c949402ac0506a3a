/**
 * `netsh winhttp show proxy`. The whole output is translated on localized Windows, so the parser
 * relies on its fixed layout: a heading, then either one sentence saying "direct access (no proxy
 * server)" or two `label : value` lines (proxy servers, then the bypass list).
 */
import { type ParseOutcome, notUnderstood, parsed } from './parse-outcome.js';
import { excerpt, toLines } from './native-text.js';
import { engineWords } from '../engine-messages.js';

const NETSH = 'netsh winhttp show proxy';

export type WinhttpProxy = { mode: 'direct' } | { mode: 'proxy'; server: string; bypass: string | null };

// The parenthesised part of the "direct access" sentence, as Windows prints it per language.
export const DIRECT_MARKERS = [
  /\(\s*no proxy server\s*\)/i, // en: Direct access (no proxy server).
  /\(\s*kein proxyserver\s*\)/i, // de: Direkter Zugriff (kein Proxyserver).
  /\(\s*pas de serveur proxy\s*\)/i, // fr: Accès direct (pas de serveur proxy).
  /\(\s*sin servidor proxy\s*\)/i, // es: Acceso directo (sin servidor proxy).
  /\(\s*nessun server proxy\s*\)/i, // it: Accesso diretto (nessun server proxy).
  /\(\s*sem servidor proxy\s*\)/i, // pt: Acesso direto (sem servidor proxy).
  /\(\s*geen proxyserver\s*\)/i, // nl: Directe toegang (geen proxyserver).
  /\(\s*プロキシ\s*サーバーなし\s*\)/, // ja: 直接アクセス (プロキシ サーバーなし)。
];

// Labels are short and colon-free; the bound keeps hostile long lines linear.
export const LABELLED_VALUE = /^\s*([^:\s][^:]{0,79}):\s+(\S.*)$/;
// "(none)", "(keine)", "(aucun)", "(ninguno)": an empty bypass list in any language.
const EMPTY_VALUE = /^\([^()]*\)$/;
// Host[:port] entries, optionally `scheme=`-prefixed, separated by `;` or spaces; never a sentence.
export const SERVER_LIST = /^[\w.\-[\]:=/]+(?:[;\s]+[\w.\-[\]:=/]+)*;?$/;

export function parseWinhttpProxy(stdout: string): ParseOutcome<WinhttpProxy> {
  if (stdout.trim() === '') return notUnderstood(engineWords('commandPrintedNothing', { command: NETSH }));
  const lines = toLines(stdout).filter((line) => line.trim() !== '');

  const direct = lines.some((line) => DIRECT_MARKERS.some((marker) => marker.test(line)));
  const values = lines
    .map((line) => LABELLED_VALUE.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ label: (match[1] ?? '').trim(), value: (match[2] ?? '').trim() }));
  const namesProxy = values.some((entry) => /proxy|プロキシ/i.test(entry.label));
  // Saying both "direct access" and a proxy server is not an answer netsh gives: never read it as direct.
  if (direct && namesProxy) {
    return notUnderstood(engineWords('proxyDirectAndServer', { command: NETSH, output: excerpt(stdout) }));
  }
  if (direct) return parsed({ mode: 'direct' });

  // "Proxy Server(s)", "Proxyserver", "Serveur(s) proxy", "Servidor(es) proxy", "プロキシ サーバー":
  // the word survives translation.
  const server = values.find((entry) => /proxy|プロキシ/i.test(entry.label));
  if (!server || values.length > 2 || !SERVER_LIST.test(server.value)) {
    return notUnderstood(
      engineWords('commandOutputNotUnderstood', { command: NETSH, output: excerpt(stdout) }),
    );
  }
  const bypassEntry = values.find((entry) => entry !== server);
  const bypass = bypassEntry && !EMPTY_VALUE.test(bypassEntry.value) ? bypassEntry.value : null;
  return parsed({ mode: 'proxy', server: server.value, bypass });
}
