/**
 * The `events.vpn` and `events.join` probes (docs/CONTRACT-EXTENSIONS.md): events as the script
 * printed them, each with its log, id, UTC time, level and insertion strings in their real order.
 * Windows PowerShell 5.1 may print a one-item array as the item: both arrays are read either way.
 */
import { z } from 'zod';

const asArray = (value: unknown): unknown =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

export const EventRecordSchema = z.object({
  Log: z.string(),
  Id: z.number().int().nonnegative(),
  Time: z.string(),
  Level: z.number().int().nullish(),
  Data: z.preprocess(asArray, z.array(z.string())),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const EventsProbeSchema = z.object({
  Since: z.string().nullish(),
  Events: z.preprocess(asArray, z.array(EventRecordSchema)),
  Unreadable: z.preprocess(asArray, z.array(z.object({ Log: z.string(), ErrorId: z.string().nullish() }))),
});
export type EventsProbe = z.infer<typeof EventsProbeSchema>;

/** A decimal or hexadecimal number written by Windows into an insertion string, or null. */
export function numberIn(text: string | undefined): number | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^-?\d{1,10}$/.test(trimmed)) {
    const value = Number(trimmed);
    return Number.isSafeInteger(value) ? value : null;
  }
  // "Unknown HResult Error code: 0x801c001d" on some builds: the number inside, never the words.
  const hex = /\b0x([0-9a-f]{1,8})\b/i.exec(trimmed);
  return hex?.[1] ? Number.parseInt(hex[1], 16) : null;
}

/** An HRESULT as Windows shows it: 0x801C001D (negative decimals read as their unsigned form). */
export function hresultText(code: number): string {
  return `0x${(code >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}
