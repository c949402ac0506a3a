/**
 * E-mail addresses for the redactor (redact.ts), any script's letters and digits (non-ASCII local
 * parts and domains are real). An address is found from its "@": the domain by a pattern, the local
 * part by walking back over the characters a local part may hold (the whole run: what a lookbehind
 * "not preceded by one of them" followed by that run would match). Matching the local part by a
 * pattern tried at every word of the text cost more than all the other rules together (issue 14).
 */

// Tried at each "@" (found by indexOf) with `test`, which returns no match object: 50 MB of output
// holds millions of addresses (issue 14).
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const LOCAL_PART_CHAR = /^[\p{L}\p{N}._%+'-]$/u;

// Which UTF-16 units may be a local part's character on their own (1) or not (-1); 0 not yet known.
// The walk back runs over every local part of 50 MB of output: a table lookup instead of a slice
// and a pattern per character (issue 14).
const localUnit = new Int8Array(0x10000);
for (let unit = 0; unit < 0x80; unit++) {
  const char = String.fromCharCode(unit);
  localUnit[unit] = /^[A-Za-z0-9._%+'-]$/.test(char) ? 1 : -1;
}

function isLocalUnit(unit: number): boolean {
  let known = localUnit[unit] ?? -1;
  if (known === 0) {
    known = LOCAL_PART_CHAR.test(String.fromCharCode(unit)) ? 1 : -1;
    localUnit[unit] = known;
  }
  return known === 1;
}

/**
 * How many UTF-16 units the local-part character ending at `end` takes (a letter outside the BMP is
 * two), or 0 when the character there cannot be in a local part.
 */
export function localCharWidthBefore(text: string, end: number): number {
  const unit = text.charCodeAt(end - 1);
  if (unit < 0xdc00 || unit > 0xdfff) return isLocalUnit(unit) ? 1 : 0;
  const high = text.charCodeAt(end - 2);
  if (high >= 0xd800 && high <= 0xdbff) {
    return LOCAL_PART_CHAR.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  // A lone low surrogate is no letter.
  return LOCAL_PART_CHAR.test(text.slice(end - 1, end)) ? 1 : 0;
}

/**
 * Calls `found` for each e-mail address, left to right, never overlapping: the address is
 * text.slice(start, end) and its "@" is at `at`.
 */
export function forEachEmail(text: string, found: (start: number, at: number, end: number) => void): void {
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    EMAIL_DOMAIN.lastIndex = at;
    if (!EMAIL_DOMAIN.test(text)) continue;
    const end = EMAIL_DOMAIN.lastIndex;
    let start = at;
    while (start > previousEnd) {
      const width = localCharWidthBefore(text, start);
      if (width === 0) break;
      start -= width;
    }
    // The local part must be there and must be the whole run: a run reaching back into the
    // previous address is no address.
    if (start === at) continue;
    if (start <= previousEnd && start > 0 && localCharWidthBefore(text, start) > 0) continue;
    previousEnd = end;
    found(start, at, end);
    at = end - 1;
  }
}

export function replaceEmails(text: string, replace: (email: string) => string): string {
  let parts: string[] | undefined;
  let copied = 0;
  forEachEmail(text, (start, _at, end) => {
    parts ??= [];
    parts.push(text.slice(copied, start), replace(text.slice(start, end)));
    copied = end;
  });
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
