/**
 * Numbers, dates and exit codes read exactly as the contract writes them, never generously
 * (issue 14): `Number()` turns "0x4A61" into 19041, "1.9041e4" into 19041 and "CachedInteractive"
 * into NaN, and `new Date("0")` is the year 2000 — each of which once made a step pass. A value
 * that is not what the contract says is "not understood", and the step says so with the raw value.
 */

/** A non-negative decimal integer, as a JSON number or a string of digits ("19041", not "0x4A61"). */
export function decimalInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)) return Number(value.trim());
  return null;
}

// Date, optional time with optional fraction and zone: what ConvertTo-Json and the contract produce.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO-8601 date or date-time that names a real instant; anything else is null. */
export function isoDate(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_8601.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

const MIN_SIGNED_32 = -0x80000000;
const MAX_UNSIGNED_32 = 0xffffffff;

/**
 * An exit code is a 32-bit value, signed ($LASTEXITCODE) or unsigned (other recorders). Anything
 * outside, or not an integer, would wrap around into a meaningful code (2^32 + 3010 is 3010).
 */
export function isExitCode(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_SIGNED_32 && value <= MAX_UNSIGNED_32;
}

/** The raw value for a message: short, one line, quoted when it is a string. */
export function showRaw(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
