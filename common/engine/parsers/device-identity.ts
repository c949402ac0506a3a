/**
 * The `device.identity` probe (docs/CONTRACT-EXTENSIONS.md): `{ComputerName, SerialNumber,
 * Manufacturer, Model, OsBuild}` as JSON, each value a string or null. Feeds sessions, reports and
 * the Autopilot lookup by serial number.
 */
import { z } from 'zod';
import type { DeviceIdentity } from '../../ipc/contract.js';
import { readPowerShellJson } from '../rules/powershell-json.js';
import { parsed, type ParseOutcome } from './parse-outcome.js';

// OsBuild may arrive as a number from other recorders ("19045" vs 19045).
const Text = z.union([z.string(), z.number()]).nullish();

const DeviceIdentityJsonSchema = z.object({
  ComputerName: Text,
  SerialNumber: Text,
  Manufacturer: Text,
  Model: Text,
  OsBuild: Text,
});

/**
 * Firmware of white-box and virtual machines ships these instead of a serial number. They identify
 * nothing, and an Autopilot lookup by them would match unrelated devices, so they read as unknown.
 */
const PLACEHOLDER_SERIALS = new Set([
  'to be filled by o.e.m.',
  'default string',
  'system serial number',
  'not applicable',
  'none',
  'n/a',
  '0',
  '0123456789',
]);

function text(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

export function parseDeviceIdentity(stdout: string): ParseOutcome<DeviceIdentity> {
  const outcome = readPowerShellJson(stdout, DeviceIdentityJsonSchema, 'object');
  if (!outcome.ok) return outcome;
  const raw = outcome.value;
  const serial = text(raw.SerialNumber);
  return parsed({
    computerName: text(raw.ComputerName),
    serialNumber: serial !== null && PLACEHOLDER_SERIALS.has(serial.toLowerCase()) ? null : serial,
    manufacturer: text(raw.Manufacturer),
    model: text(raw.Model),
    osBuild: text(raw.OsBuild),
  });
}
