/**
 * Shared reading of native command output before any parser looks at it: Windows PowerShell hands
 * us CRLF line ends, sometimes a UTF-8 byte order mark, and padded columns.
 */

/** Removes a leading BOM and splits on any line end; lines keep their inner spacing, lose trailing blanks. */
export function toLines(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)
      // trimEnd, not /\s+$/: that regex backtracks quadratically on a long run of inner spaces.
      .map((line) => line.trimEnd())
  );
}

/** Upper-case, accents folded, so `sí`, `SI` and `SÍ` compare equal. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toUpperCase();
}

/** First characters of a raw output, for reasons that must show what was not understood. */
export function excerpt(text: string, max = 120): string {
  // Only the head matters; flattening a 5 MB output first would be wasted work.
  const flat = text
    .slice(0, max * 8)
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
