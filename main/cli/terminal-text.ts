/**
 * Text from recordings (VPN names, titles, probe output in summaries) reaches the technician's
 * terminal. Control characters in it can move the cursor, recolour or rewrite a row (a crafted VPN
 * name made a FAIL row read "PASS vpn-connect Connected…", issue 14), so every text output goes
 * through here: controls become visible escapes, never instructions to the terminal.
 */

// C0 controls (newlines and tabs too: a row is one line), DEL, C1 controls (0x9B is a one-byte
// CSI on some terminals), and the bidirectional overrides/isolates that reorder what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeUnit(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase()}`;
}

/** One line of terminal-safe text: every control character shown as `\xNN` / `\uNNNN`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeUnit);
}

/** The same for every string (and key) in a JSON-like value, before a table renders it. */
export function terminalSafeValue<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return terminalSafe(value);
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[terminalSafe(key)] = walk(inner);
    return out;
  }
  return value;
}

// JSON.stringify escapes C0 but writes C1 and bidi characters as they are.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text for a terminal: the same document, with the characters JSON leaves raw escaped. */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
