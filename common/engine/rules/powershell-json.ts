/**
 * Reads the JSON that structured probes print. The bundled scripts follow the contract, but
 * recordings also come from other tools and from Windows PowerShell 5.1, whose ConvertTo-Json
 * unwraps one-item arrays, prints nothing for an empty one, writes dates as "/Date(ms)/" and
 * sometimes wraps arrays as {value, Count}. Those quirks are undone here, before validation.
 */
import type { z } from 'zod';
import { notUnderstood, parsed, type ParseOutcome } from '../parsers/parse-outcome.js';

const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

function msDateToIso(text: string): string | null {
  const match = MS_DATE.exec(text);
  if (!match?.[1]) return null;
  const date = new Date(Number(match[1]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts every PowerShell date form to ISO-8601, recursively. */
export function normalisePowerShellValue(value: unknown): unknown {
  if (typeof value === 'string') return msDateToIso(value) ?? value;
  if (Array.isArray(value)) return value.map(normalisePowerShellValue);
  if (isRecord(value)) {
    // A DateTime carrying PowerShell note properties serialises as {value: "/Date(..)/", DateTime: "..."}.
    if (typeof value.value === 'string' && 'DateTime' in value) {
      const iso = msDateToIso(value.value);
      if (iso) return iso;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = normalisePowerShellValue(inner);
    return out;
  }
  return value;
}

function unwrapArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null) return [];
  if (isRecord(value) && Array.isArray(value.value) && 'Count' in value && Object.keys(value).length === 2) {
    return value.value;
  }
  return [value];
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unexpected shape';
  const where = first.path.length > 0 ? first.path.join('.') : 'document';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${first.message}${more}`;
}

/**
 * Parses a structured probe's stdout against its contract shape. `array` shapes accept a single
 * object or empty output (Windows PowerShell's renderings of one and zero items).
 */
export function readPowerShellJson<T>(
  stdout: string,
  schema: z.ZodType<T>,
  shape: 'array' | 'object',
): ParseOutcome<T> {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  let raw: unknown;
  if (text === '') {
    if (shape === 'object') return notUnderstood('the probe printed nothing');
    raw = [];
  } else {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return notUnderstood(`not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  try {
    let value = normalisePowerShellValue(raw);
    if (shape === 'array') value = unwrapArray(value);
    const result = schema.safeParse(value);
    return result.success ? parsed(result.data) : notUnderstood(describeIssues(result.error));
  } catch (error) {
    // JSON.parse reads 10,000 nested arrays; walking them overflows the stack. No probe nests so deep.
    if (error instanceof RangeError) return notUnderstood('output nested too deeply');
    throw error;
  }
}
