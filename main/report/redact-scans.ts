/**
 * Finders for the redactor's hex identifiers (GUIDs, thumbprints) that cost far less than one look
 * at every character: on 50 MB of output a JavaScript loop over each character, or a pattern that
 * must be tried at every letter, costs more than all the other rules together (issue 14). Each
 * finder reports exactly what its plain pattern (quoted below) would match.
 */

function isHexUnit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x46) || (unit >= 0x61 && unit <= 0x66);
}

function isWordUnit(unit: number): boolean {
  return (
    (unit >= 0x30 && unit <= 0x39) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x61 && unit <= 0x7a) ||
    unit === 0x5f
  );
}

// A GUID from its eighth digit on: a pattern that starts with a hex digit followed by a fixed "-"
// lets the engine skip ahead; /\{?\b[0-9a-f]{8}-…\b\}?/i must be tried at every letter.
const GUID_TAIL = /[0-9a-fA-F]-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

/**
 * Replaces what /\{?\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b\}?/g
 * matches; `replace` gets the match, braces included.
 */
export function replaceGuids(text: string, replace: (guid: string) => string): string {
  if (!text.includes('-')) return text;
  let parts: string[] | undefined;
  let copied = 0;
  GUID_TAIL.lastIndex = 0;
  for (let tail = GUID_TAIL.exec(text); tail; tail = GUID_TAIL.exec(text)) {
    let start = tail.index - 7;
    let end = tail.index + tail[0].length;
    let whole = start >= copied;
    for (let i = start; whole && i < tail.index; i++) whole = isHexUnit(text.charCodeAt(i));
    whole &&= !(start > 0 && isWordUnit(text.charCodeAt(start - 1)));
    whole &&= !(end < text.length && isWordUnit(text.charCodeAt(end)));
    if (!whole) {
      // Look again from the next character, as the plain pattern would.
      GUID_TAIL.lastIndex = tail.index + 1;
      continue;
    }
    if (start > copied && text.charCodeAt(start - 1) === 0x7b /* { */) start--;
    if (text.charCodeAt(end) === 0x7d /* } */) end++;
    parts ??= [];
    parts.push(text.slice(copied, start), replace(text.slice(start, end)));
    copied = end;
    GUID_TAIL.lastIndex = end;
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Calls `found` for each run of exactly 40 or 64 hex digits (SHA-1 and SHA-256 thumbprints; longer
 * runs are hashes or blobs), as /(?<![0-9a-fA-F])(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40})(?![0-9a-fA-F])/g
 * would. Any run of 40 or more holds one of every 40th character, so only those are looked at,
 * and a run is measured from the one that falls in it: each character is read at most twice.
 */
export function forEachThumbprint(text: string, found: (start: number, end: number) => void): void {
  let floor = 0;
  for (let probe = 39; probe < text.length; probe += 40) {
    if (!isHexUnit(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > floor && isHexUnit(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < text.length && isHexUnit(text.charCodeAt(end))) end++;
    if (end - start === 40 || end - start === 64) found(start, end);
    // `end` is not hex: the next run of 40 starts after it and holds `end + 40`.
    floor = end;
    probe = end;
  }
}
