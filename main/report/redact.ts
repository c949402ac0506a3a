/**
 * Redaction for files that leave the device (reports, exported scenarios).
 *
 * Secrets (tokens, passwords, keys) are always removed: nothing a report needs depends on them.
 * With `personal: true` (the "redact" export option, for files shared outside the company) the data
 * that identifies a person or a device is replaced too. The same value always becomes the same
 * placeholder (`<host-1>`, `<user-2>`, …) within one export, so the evidence still reads
 * consistently: a logon server equal to the computer name stays visibly equal.
 * docs/SESSIONS-AND-REPORTS.md lists every rule.
 */

export interface RedactionOptions {
  /** Also replace people and device identifiers, not only secrets. */
  personal: boolean;
}

export interface KnownIdentities {
  computerNames?: readonly (string | null | undefined)[];
  serialNumbers?: readonly (string | null | undefined)[];
  userNames?: readonly (string | null | undefined)[];
}

export interface Redactor {
  /**
   * Learns identifiers (computer and user names) from every string in a value. Learn from the whole
   * export first, so a name first seen in the last step is also replaced in the first.
   */
  learn(value: unknown): void;
  text(text: string): string;
  /** Redacts every string in a JSON-like value; values under secret-named keys are dropped whole. */
  value<T>(value: T): T;
}

import { createNameMatcher } from './name-matcher.js';
import { forEachEmail, replaceEmails } from './redact-emails.js';
import { forEachThumbprint, replaceGuids } from './redact-scans.js';

export const REDACTED = '<redacted>';

// ---------------------------------------------------------------------------------------------
// Secrets (always)

// A key is secret when its name ends in one of these words (so "AccessTokenUrl" is not, "RefreshToken" is).
const SECRET_KEY_WORD =
  '(?:password|passwd|pwd|passphrase|secret|token|apikey|api_key|presharedkey|psk|credentials?)';
const SECRET_KEY = new RegExp(`^[\\w.-]*${SECRET_KEY_WORD}$`, 'i');

// Every pattern below runs in time linear in the text's length, however hostile the text (issue
// 14: a 5 MB single line must export in seconds). The rules that follow keep that true:
// - a pattern that scans a run of characters starts only where that run starts (a lookbehind for
//   "not preceded by the same class"), so the run is scanned once, not once per position in it;
// - classes either side of a fixed delimiter are disjoint, so backtracking never re-splits a run;
// - where a decision needs more than a regex can do in one pass (JWTs inside longer tokens), a
//   simple linear pattern finds the candidate and code decides.
// test/unit/main/report/redact-speed.test.ts, redact-scans.test.ts (the fast finders against their
// plain patterns) and `npm run bench` (redact.*) watch this.

// Runs of base64url separated by dots: a JWT is three segments (header.payload.signature) whose
// header starts with "eyJ" (base64 of '{"'). Found as whole runs so a JWT glued to "%20", "_", a
// digit or a letter is still found. Only runs holding "eyJ" can hold one, so the runs are found
// from each "eyJ" (a plain indexOf), not by matching every dotted run of the text (a host name,
// an address, a version: most lines have some).
const JWT_HEADER = /eyJ[A-Za-z0-9_-]{5,}$/;

function isRunChar(unit: number): boolean {
  return (
    (unit >= 0x61 && unit <= 0x7a) || // a-z
    (unit >= 0x41 && unit <= 0x5a) || // A-Z
    (unit >= 0x30 && unit <= 0x39) || // 0-9
    unit === 0x5f || // _
    unit === 0x2d || // -
    unit === 0x2e // .
  );
}

function redactJwtRuns(text: string): string {
  let at = text.indexOf('eyJ');
  if (at < 0) return text;
  let out = '';
  let copied = 0;
  while (at >= 0) {
    let start = at;
    while (start > copied && isRunChar(text.charCodeAt(start - 1))) start--;
    let end = at + 3;
    while (end < text.length && isRunChar(text.charCodeAt(end))) end++;
    out += text.slice(copied, start) + redactJwts(text.slice(start, end));
    copied = end;
    at = text.indexOf('eyJ', end);
  }
  return out + text.slice(copied);
}

function redactJwts(run: string): string {
  const segments = run.split('.');
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const header = segments[i] ?? '';
    const at = header.indexOf('eyJ');
    if (at >= 0 && (segments[i + 1] ?? '').length >= 5 && JWT_HEADER.test(header.slice(at))) {
      // Header from "eyJ" on, payload and signature become one placeholder; what came before the
      // header ("20" of "%20", a prefix glued to it) stays.
      out.push(`${header.slice(0, at)}<redacted-token>`);
      i += 2;
    } else out.push(header);
  }
  return out.join('.');
}

// A key name ending in a secret word: the word is matched, not the whole name. Whatever precedes
// it in the name stays in the text as it is, and matching the name from its start would try every
// secret word at every letter of every word of the text (issue 14: five times slower).
const KEY = `(${SECRET_KEY_WORD})`;
const SETTING_VALUE = `(?:true|false|yes|no|null)(?![\\w])`;

const SECRET_RULES: readonly [RegExp, string][] = [
  // "Bearer …", also URL-encoded ("Bearer%20…", "Bearer+…").
  [/(?<![A-Za-z])(Bearer|Basic)(?:[ \t]+|%20|\+)[A-Za-z0-9._~+/=%-]{8,}/gi, `$1 ${REDACTED}`],
  // "Password":"…" (or a bare number) inside JSON stdout.
  [
    new RegExp(
      `(?<![\\w.\\\\-])("[\\w.-]*${SECRET_KEY_WORD}"[ \\t\\r\\n]*:[ \\t\\r\\n]*)(?:"(?:[^"\\\\]|\\\\.)*"|-?[0-9][0-9.eE+-]*)`,
      'gi',
    ),
    `$1"${REDACTED}"`,
  ],
  // The same inside a JSON string (a JSON document escaped in stdout): \"Password\":\"…\".
  [
    new RegExp(
      `(?<![\\w.\\\\-])((\\\\+)"[\\w.-]*${SECRET_KEY_WORD}\\\\+"[ \\t]*:[ \\t]*)\\\\+"(?:[^"\\\\]|\\\\+[^"\\\\])*\\\\+"`,
      'gi',
    ),
    `$1$2"${REDACTED}$2"`,
  ],
  // <PreSharedKey>…</PreSharedKey> in EAP or profile XML.
  [new RegExp(`<([\\w:]*${SECRET_KEY_WORD})>[^<]*</\\1>`, 'gi'), `<$1>${REDACTED}</$1>`],
  // access_token=…, client_secret=… in URLs and query strings.
  [
    /([?&#;](?:access_token|id_token|refresh_token|code|client_secret|password|sig|token)=)[^&\s"'<>]+/gi,
    `$1${REDACTED}`,
  ],
  // "Password : …", "password=…", "-Password 'a b'" in native text and command lines: a quoted
  // value up to its closing quote, else the rest of the line (a password may hold spaces).
  // Yes/no answers ("RememberCredential : True") are settings, not secrets, and stay readable.
  [
    new RegExp(
      `${KEY}((?:\\\\*["'])?[ \\t]*[:=][ \\t]*|[ \\t]+(?=\\\\*["']))(?![ \\t]*\\\\*["']?(?:${REDACTED}|${SETTING_VALUE}))(?:(")[^"\\r\\n]*|(')[^'\\r\\n]*|(\\\\+")[^"\\\\\\r\\n]*|[^ \\t\\r\\n][^\\r\\n]*)`,
      'gi',
    ),
    `$1$2$3$4$5${REDACTED}`,
  ],
];

// The first rules may match across a line end (a JSON value or an XML element spread over lines),
// so they run over the whole text; their patterns start with rare literals and cost little. The
// rest never cross a line end (their classes exclude \r and \n), so they run over slices cut at
// line ends: the same matches, without copying 50 MB once per rule (issue 14).
const WHOLE_TEXT_RULES = 4;

function replaceAll(text: string, rules: readonly (readonly [RegExp, string])[]): string {
  return rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Slices of about `size` characters, each ending just after a "\n" (or at the end). */
export function* lineSlices(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const newline = start + size >= text.length ? -1 : text.indexOf('\n', start + size);
    const end = newline < 0 ? text.length : newline + 1;
    yield text.slice(start, end);
    start = end;
  }
}

const SLICE = 64 * 1024;

function mapLines(text: string, redact: (slice: string) => string): string {
  if (text.length <= SLICE) return redact(text);
  const out: string[] = [];
  for (const slice of lineSlices(text, SLICE)) out.push(redact(slice));
  return out.join('');
}

function redactSecrets(text: string): string {
  const wholeText = replaceAll(redactJwtRuns(text), SECRET_RULES.slice(0, WHOLE_TEXT_RULES));
  const perLine = SECRET_RULES.slice(WHOLE_TEXT_RULES);
  return mapLines(wholeText, (slice) => replaceAll(slice, perLine));
}

// ---------------------------------------------------------------------------------------------
// Personal data (opt-in)

/**
 * GUIDs that are the same on every device and name no one: the device registration service
 * connection point's object name in Active Directory (the scp step quotes it).
 */
const WELL_KNOWN_GUIDS = new Set(['62a0ff2e-97b9-4513-943f-0d221bd30080']);

function redactThumbprints(text: string): string {
  let parts: string[] | undefined;
  let copied = 0;
  forEachThumbprint(text, (start, end) => {
    parts ??= [];
    parts.push(text.slice(copied, start), `<thumbprint-…${text.slice(end - 4, end)}>`);
    copied = end;
  });
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
// Octets of one to three digits, checked for range in code: "010.020.000.010" is an address too.
// No dot or digit on either side: "1.3.6.1.5.5.7.3.2" (an OID) and "10.0.19045.1" (a version) are not addresses.
const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/g;
// The same address written into a host name with dashes (EC2's "ip-10-20-0-10", "host-10-20-0-10").
const IPV4_DASHED = /(?<!\d|\d-)\d{1,3}(?:-\d{1,3}){3}(?!\d|-\d)/g;
const H = '[0-9A-Fa-f]{1,4}';
// Full form, or compressed form with "::" (times like 10:14:55 never contain "::"). Nothing is
// required before it: "IPv6:fe80::1" and "addrfe80::1" hold addresses too, and a false positive
// only redacts a little more.
const IPV6 = new RegExp(
  `(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:(?:${H}(?::${H}){0,6})?|::(?:${H}(?::${H}){0,6}))(?:%\\w+)?(?![\\w:])`,
  'g',
);
// Every IPv6 address holds "::" or seven colons with one to four hex digits between them; text
// without either (most output) skips the costlier pattern above.
const IPV6_HINT = new RegExp(`::|:${H}:${H}:${H}:${H}:${H}:${H}:`);
// A domain or local account's SID (issue 16: the sign-in events name the account that signed in).
// Well-known SIDs (S-1-5-18 SYSTEM, S-1-5-90-… window manager) name nobody and stay.
const ACCOUNT_SID = /(?<![\w-])S-1-5-21(?:-\d{1,10}){3,4}(?![\w-])/g;
const KEEP_IPV4 = new Set(['127.0.0.1', '0.0.0.0', '255.255.255.255', '255.255.255.0']);
const KEEP_IPV6 = new Set(['::', '::1']);

// C:\Users\<name> as printed, and as JSON escapes it (C:\\Users\\<name>).
const USER_PATH = /([A-Za-z]:(?:\\\\|\\|\/)Users(?:\\\\|\\|\/))([^\\/:*?"<>|\r\n\t]+)/gi;
// Profiles that exist on every Windows device and name nobody.
const SHARED_PROFILES = new Set([
  'public',
  'default',
  'default user',
  'all users',
  'defaultuser0',
  'administrator',
]);

// `needs`: a character every match holds. Most output holds no quote or backslash, and a plain
// indexOf over 50 MB costs far less than a pattern looking for its first character (issue 14).
const LEARN_RULES: readonly { pattern: RegExp; kind: 'host' | 'serial' | 'user'; needs: string }[] = [
  // dsregcmd: "Device Name : DESKTOP-7H2K9QX.corp.contoso.com" (the host label only).
  { pattern: /^\s*Device Name\s*:\s*([A-Za-z0-9-]+)/gim, kind: 'host', needs: ':' },
  // dsregcmd: "Executing Account Name : CONTOSO\jdoe, jdoe@contoso.com".
  { pattern: /Account Name\s*:\s*[A-Za-z0-9._-]+\\([A-Za-z0-9._-]+)/gi, kind: 'user', needs: '\\' },
  {
    pattern: /"(?:ComputerName|CsName|DNSHostName|MachineName)"\s*:\s*"([^"\\]+)"/gi,
    kind: 'host',
    needs: '"',
  },
  { pattern: /"SerialNumber"\s*:\s*"([^"\\]+)"/gi, kind: 'serial', needs: '"' },
  {
    pattern: /"(?:UserName|SamAccountName)"\s*:\s*"(?:[^"\\]*\\\\)?([^"\\]+)"/gi,
    kind: 'user',
    needs: '"',
  },
  { pattern: USER_PATH, kind: 'user', needs: ':' },
];

type Kind = 'host' | 'serial' | 'user' | 'ipv4' | 'ipv6' | 'guid' | 'sid';

// "ben.okafor@contoso.com" also names the user as "ben.okafor" in notes; only local parts with a
// dot, underscore or digit, so a short plain word ("it@", "help@") never starts replacing prose.
const LEARNABLE_LOCAL_PART = /[._\d]/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createRedactor(options: RedactionOptions, known: KnownIdentities = {}): Redactor {
  const placeholders = new Map<string, string>();
  const counters = new Map<Kind, number>();
  // Every learned name, matched in one pass however many there are (name-matcher.ts).
  const names = createNameMatcher<'host' | 'serial' | 'user'>();

  // The same raw value recurs on every line of long output: remembered as written, per kind (no key
  // to build per match), it skips the case folding and key building below (issue 14: 50 MB of
  // short lines).
  const seen: Record<Kind, Map<string, string>> = {
    host: new Map(),
    serial: new Map(),
    user: new Map(),
    ipv4: new Map(),
    ipv6: new Map(),
    guid: new Map(),
    sid: new Map(),
  };
  const seenIpv4 = new Map<string, string>();

  function placeholder(kind: Kind, raw: string): string {
    const ofKind = seen[kind];
    const known = ofKind.get(raw);
    if (known) return known;
    const key = `${kind}:${raw.toLowerCase()}`;
    let found = placeholders.get(key);
    if (!found) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      found = `<${kind}-${n}>`;
      placeholders.set(key, found);
    }
    ofKind.set(raw, found);
    return found;
  }

  const learned = { host: new Set<string>(), serial: new Set<string>(), user: new Set<string>() };

  function remember(kind: 'host' | 'serial' | 'user', raw: string | null | undefined): void {
    if (raw === null || raw === undefined) return;
    if (learned[kind].has(raw)) return;
    learned[kind].add(raw);
    const value = raw.trim();
    if (!value || value.length < 2 || value.startsWith('<')) return;
    if (kind === 'user' && SHARED_PROFILES.has(value.toLowerCase())) return;
    names.add(value, kind);
  }

  for (const v of known.computerNames ?? []) remember('host', v);
  for (const v of known.serialNumbers ?? []) remember('serial', v);
  for (const v of known.userNames ?? []) remember('user', v);

  function learnText(text: string): void {
    if (!options.personal) return;
    for (const rule of LEARN_RULES) {
      if (!text.includes(rule.needs)) continue;
      // USER_PATH captures the drive and folder first, the name second.
      for (const match of text.matchAll(rule.pattern)) remember(rule.kind, match[match.length - 1]);
    }
    forEachEmail(text, (start, at) => {
      if (at - start < 3) return;
      const local = text.slice(start, at);
      if (LEARNABLE_LOCAL_PART.test(local)) remember('user', local);
    });
  }

  function redactPersonal(input: string): string {
    let out = replaceEmails(input, (email) => placeholder('user', email));
    out = out.replace(USER_PATH, (all, prefix: string, name: string) =>
      SHARED_PROFILES.has(name.toLowerCase()) ? all : `${prefix}${placeholder('user', name)}`,
    );
    out = names.replaceAll(out, (raw, kind) => placeholder(kind, raw));
    out = out.replace(ACCOUNT_SID, (sid) => placeholder('sid', sid));
    out = replaceGuids(out, (guid) => {
      const bare = guid.replace(/[{}]/g, '');
      return WELL_KNOWN_GUIDS.has(bare.toLowerCase()) ? guid : placeholder('guid', bare);
    });
    out = redactThumbprints(out);
    out = out.replace(IPV4, (ip) => ipv4(ip, '.'));
    out = out.replace(IPV4_DASHED, (ip) => ipv4(ip, '-'));
    if (IPV6_HINT.test(out))
      out = out.replace(IPV6, (ip) => (KEEP_IPV6.has(ip) ? ip : placeholder('ipv6', ip)));
    return out;
  }

  /** One placeholder per address however it is written (leading zeros, dashes in a host name). */
  function ipv4(raw: string, separator: '.' | '-'): string {
    const known = seenIpv4.get(raw);
    if (known) return known;
    const numbers = raw.split(separator).map(Number);
    const canonical = numbers.join('.');
    const result =
      numbers.some((n) => n > 255) || KEEP_IPV4.has(canonical) ? raw : placeholder('ipv4', canonical);
    seenIpv4.set(raw, result);
    return result;
  }

  function text(input: string): string {
    const withoutSecrets = redactSecrets(input);
    // Personal data never spans a line end either (see WHOLE_TEXT_RULES).
    return options.personal ? mapLines(withoutSecrets, redactPersonal) : withoutSecrets;
  }

  function walk(value: unknown, visit: (s: string) => string, secretKey: boolean): unknown {
    if (typeof value === 'string') return secretKey ? REDACTED : visit(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, visit, secretKey));
    if (isRecord(value)) {
      const out: Record<string, unknown> = {};
      // Keys are text too: endpoint errors are keyed by "host:port", addresses included.
      for (const [key, inner] of Object.entries(value))
        out[visit(key)] = walk(inner, visit, secretKey || SECRET_KEY.test(key));
      return out;
    }
    return value;
  }

  function learn(value: unknown): void {
    walk(value, (s) => (learnText(s), s), false);
  }

  return {
    learn,
    text,
    value<T>(value: T): T {
      learn(value);
      return walk(value, text, false) as T;
    },
  };
}
