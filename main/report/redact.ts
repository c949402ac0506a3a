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

export const REDACTED = '<redacted>';

// ---------------------------------------------------------------------------------------------
// Secrets (always)

// A key is secret when its name ends in one of these words (so "AccessTokenUrl" is not, "RefreshToken" is).
const SECRET_KEY_WORD =
  '(?:password|passwd|pwd|passphrase|secret|token|apikey|api_key|presharedkey|psk|credentials?)';
const SECRET_KEY = new RegExp(`^[\\w.-]*${SECRET_KEY_WORD}$`, 'i');

const SECRET_RULES: readonly [RegExp, string][] = [
  // JSON Web Tokens (access and ID tokens) wherever they appear.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '<redacted-token>'],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // "Password":"…" inside JSON stdout.
  [new RegExp(`("[\\w.-]*${SECRET_KEY_WORD}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // <PreSharedKey>…</PreSharedKey> in EAP or profile XML.
  [new RegExp(`<([\\w:]*${SECRET_KEY_WORD})>[^<]*</\\1>`, 'gi'), `<$1>${REDACTED}</$1>`],
  // access_token=…, client_secret=… in URLs and query strings.
  [
    /([?&#](?:access_token|id_token|refresh_token|code|client_secret|password|sig|token)=)[^&\s"'<>]+/gi,
    `$1${REDACTED}`,
  ],
  // "Password : …" / "password=…" in native text.
  [
    // Yes/no answers ("RememberCredential : True") are settings, not secrets, and stay readable.
    new RegExp(
      `(\\b[\\w-]*${SECRET_KEY_WORD}\\b[ \\t]*[:=][ \\t]*)(?!${REDACTED}|(?:true|false|yes|no|null)(?![\\w]))[^\\s"'&,;]+`,
      'gi',
    ),
    `$1${REDACTED}`,
  ],
];

function redactSecrets(text: string): string {
  return SECRET_RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

// ---------------------------------------------------------------------------------------------
// Personal data (opt-in)

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const GUID = /\{?\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b\}?/g;
// SHA-1 and SHA-256 thumbprints; the lookarounds keep longer hex runs (hashes, blobs) whole.
const THUMBPRINT = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40})(?![0-9A-Fa-f])/g;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// No dot or digit on either side: "1.3.6.1.5.5.7.3.2" (an OID) and "10.0.19045.1" (a version) are not addresses.
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g');
const H = '[0-9A-Fa-f]{1,4}';
// Full form, or compressed form with "::" (times like 10:14:55 never contain "::").
const IPV6 = new RegExp(
  `(?<![\\w:])(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:(?:${H}(?::${H}){0,6})?|::(?:${H}(?::${H}){0,6}))(?:%\\w+)?(?![\\w:])`,
  'g',
);
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

const LEARN_RULES: readonly { pattern: RegExp; kind: 'host' | 'serial' | 'user' }[] = [
  // dsregcmd: "Device Name : DESKTOP-7H2K9QX.corp.contoso.com" (the host label only).
  { pattern: /^\s*Device Name\s*:\s*([A-Za-z0-9-]+)/gim, kind: 'host' },
  // dsregcmd: "Executing Account Name : CONTOSO\jdoe, jdoe@contoso.com".
  { pattern: /Account Name\s*:\s*[A-Za-z0-9._-]+\\([A-Za-z0-9._-]+)/gi, kind: 'user' },
  { pattern: /"(?:ComputerName|CsName|DNSHostName|MachineName)"\s*:\s*"([^"\\]+)"/gi, kind: 'host' },
  { pattern: /"SerialNumber"\s*:\s*"([^"\\]+)"/gi, kind: 'serial' },
  { pattern: /"(?:UserName|SamAccountName)"\s*:\s*"(?:[^"\\]*\\\\)?([^"\\]+)"/gi, kind: 'user' },
];

type Kind = 'host' | 'serial' | 'user' | 'ipv4' | 'ipv6' | 'guid';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createRedactor(options: RedactionOptions, known: KnownIdentities = {}): Redactor {
  const placeholders = new Map<string, string>();
  const counters = new Map<Kind, number>();
  const names: { kind: 'host' | 'serial' | 'user'; value: string }[] = [];

  function placeholder(kind: Kind, raw: string): string {
    const key = `${kind}:${raw.toLowerCase()}`;
    let found = placeholders.get(key);
    if (!found) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      found = `<${kind}-${n}>`;
      placeholders.set(key, found);
    }
    return found;
  }

  function remember(kind: 'host' | 'serial' | 'user', raw: string | null | undefined): void {
    const value = raw?.trim();
    if (!value || value.length < 2 || value.startsWith('<')) return;
    if (kind === 'user' && SHARED_PROFILES.has(value.toLowerCase())) return;
    if (names.some((n) => n.kind === kind && n.value.toLowerCase() === value.toLowerCase())) return;
    names.push({ kind, value });
    // Longest first, so "jdoe" never eats into "jdoe2".
    names.sort((a, b) => b.value.length - a.value.length);
  }

  for (const v of known.computerNames ?? []) remember('host', v);
  for (const v of known.serialNumbers ?? []) remember('serial', v);
  for (const v of known.userNames ?? []) remember('user', v);

  function learnText(text: string): void {
    if (!options.personal) return;
    for (const rule of LEARN_RULES) {
      for (const match of text.matchAll(rule.pattern)) remember(rule.kind, match[1]);
    }
    for (const match of text.matchAll(USER_PATH)) remember('user', match[2]);
    // "ben.okafor@contoso.com" also names the user as "ben.okafor" in notes; only local parts with a
    // dot, underscore or digit, so a short plain word ("it@", "help@") never starts replacing prose.
    for (const match of text.matchAll(EMAIL)) {
      const local = match[0].split('@')[0] ?? '';
      if (local.length >= 3 && /[._\d]/.test(local)) remember('user', local);
    }
  }

  function redactPersonal(input: string): string {
    let out = input.replace(EMAIL, (email) => placeholder('user', email));
    out = out.replace(USER_PATH, (all, prefix: string, name: string) =>
      SHARED_PROFILES.has(name.toLowerCase()) ? all : `${prefix}${placeholder('user', name)}`,
    );
    for (const { kind, value } of names) {
      const pattern = new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(value)}(?![A-Za-z0-9_-])`, 'gi');
      out = out.replace(pattern, (raw) => placeholder(kind, raw));
    }
    out = out.replace(GUID, (guid) => placeholder('guid', guid.replace(/[{}]/g, '')));
    out = out.replace(THUMBPRINT, (hex) => `<thumbprint-…${hex.slice(-4)}>`);
    out = out.replace(IPV4, (ip) => (KEEP_IPV4.has(ip) ? ip : placeholder('ipv4', ip)));
    out = out.replace(IPV6, (ip) => (KEEP_IPV6.has(ip) ? ip : placeholder('ipv6', ip)));
    return out;
  }

  function text(input: string): string {
    const withoutSecrets = redactSecrets(input);
    return options.personal ? redactPersonal(withoutSecrets) : withoutSecrets;
  }

  function walk(value: unknown, visit: (s: string) => string, secretKey: boolean): unknown {
    if (typeof value === 'string') return secretKey ? REDACTED : visit(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, visit, secretKey));
    if (isRecord(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value))
        out[key] = walk(inner, visit, secretKey || SECRET_KEY.test(key));
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
