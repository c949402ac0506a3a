/**
 * The only two ways data reaches a PowerShell command line. Nothing a technician types (VPN name,
 * domain, file path) is ever concatenated into code: it travels as a single-quoted literal, where
 * PowerShell expands nothing, or as base64 JSON that the script decodes itself.
 */
import type { ProbeArgs } from '../../common/model.js';

/** PowerShell treats these as single quotes too, so each must be doubled inside a literal. */
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A PowerShell single-quoted string literal holding exactly `s` (no expansion of `$`, backticks). */
export function toPowerShellLiteral(s: string): string {
  return `'${s.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** Probe arguments as base64 of their UTF-8 JSON: an alphabet that is inert in any PowerShell context. */
export function encodeArgsBase64(args: ProbeArgs): string {
  return Buffer.from(JSON.stringify(args), 'utf8').toString('base64');
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * An expression that evaluates to `s`, using only printable ASCII on the command line. Windows
 * PowerShell reads its stdin in the OEM code page, so non-ASCII text (a user profile path such as
 * C:\Users\Jürgen) is sent as base64 and decoded inside PowerShell.
 */
export function toPowerShellStringExpression(s: string): string {
  if (PLAIN_ASCII.test(s)) return toPowerShellLiteral(s);
  const encoded = Buffer.from(s, 'utf8').toString('base64');
  return `([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('${encoded}')))`;
}
