/**
 * What Intune collected for a remediation, as `hvv fleet report` reads it: the admin center's CSV
 * export of the device status, or the JSON of Graph
 * `deviceManagement/deviceHealthScripts/{id}/deviceRunStates?$expand=managedDevice` — one page,
 * pages concatenated in one file, or a folder of them. Every row becomes a device; a row that
 * cannot be read is still a device, carrying the reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, basename } from 'node:path';
import type { DeviceInput } from '../../../common/fleet/device-verdict.js';
import { parseCsv } from './csv.js';

export class FleetInputError extends Error {}

/** Header names as the admin center and Graph exports spell them, compared without case or punctuation. */
const COLUMNS = {
  device: ['devicename', 'device', 'managedevicename', 'computername'],
  output: [
    'preremediationdetectionoutput',
    'preremediationdetectionscriptoutput',
    'detectionoutput',
    'detectionscriptoutput',
    'output',
  ],
  error: ['preremediationdetectionerror', 'preremediationdetectionscripterror', 'detectionerror', 'error'],
  lastRun: [
    'lastrun',
    'lastrunutc',
    'laststateupdatedatetime',
    'lastupdatetime',
    'lastmodified',
    'modified',
    'lastsync',
    'lastsyncdatetime',
    'lastsynctime',
    'lastupdated',
  ],
} as const;

const normalise = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * ISO-8601 (Graph's) becomes UTC; any other date text is kept as exported: "01.12.2026 09:27"
 * (a German export) would otherwise be read by Date as the 12th of January.
 */
function isoOrText(value: string | undefined | null): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

export function devicesFromCsv(text: string, name: string): DeviceInput[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new FleetInputError(`${name}: the CSV file is empty`);
  const keys = header.map(normalise);
  const find = (candidates: readonly string[]): number => {
    for (const candidate of candidates) {
      const at = keys.indexOf(candidate);
      if (at >= 0) return at;
    }
    return -1;
  };
  const device = find(COLUMNS.device);
  const output = find(COLUMNS.output);
  if (device < 0 || output < 0) {
    throw new FleetInputError(
      `${name}: not an Intune remediation export (needs a "Device name" and a "Pre-remediation detection output" column; found ${header
        .slice(0, 12)
        .map((h) => JSON.stringify(h))
        .join(', ')})`,
    );
  }
  const error = find(COLUMNS.error);
  const lastRun = find(COLUMNS.lastRun);
  return rows.slice(1).map((row, i) => ({
    device: row[device]?.trim() || `(row ${i + 2} without a device name)`,
    lastRun: lastRun >= 0 ? isoOrText(row[lastRun]) : null,
    output: row[output] ?? null,
    scriptError: error >= 0 ? (row[error] ?? null) : null,
  }));
}

/** Splits text holding one or more JSON documents one after another (pages saved back to back). */
export function splitJsonDocuments(text: string): string[] {
  const docs: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        docs.push(text.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) throw new FleetInputError('unbalanced brackets');
    }
  }
  if (depth !== 0) throw new FleetInputError('the JSON ends in the middle of a document (a page cut short?)');
  return docs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function deviceFromRunState(state: unknown, where: string): DeviceInput {
  if (!isRecord(state)) {
    return {
      device: `(${where}: not a run state)`,
      lastRun: null,
      output: null,
      scriptError: 'not a run state',
    };
  }
  const managed = isRecord(state.managedDevice) ? state.managedDevice : null;
  const name = text(managed?.deviceName) ?? text(managed?.id) ?? text(state.id);
  return {
    device: name?.trim() || `(${where} without a device name)`,
    lastRun: isoOrText(text(state.lastStateUpdateDateTime)),
    output: text(state.preRemediationDetectionScriptOutput),
    scriptError: text(state.preRemediationDetectionScriptError),
  };
}

export function devicesFromGraphJson(body: string, name: string): DeviceInput[] {
  let docs: string[];
  try {
    docs = splitJsonDocuments(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FleetInputError(`${name}: not readable as Graph JSON (${(error as Error).message})`);
  }
  if (docs.length === 0) throw new FleetInputError(`${name}: holds no JSON document`);
  const devices: DeviceInput[] = [];
  docs.forEach((doc, d) => {
    let value: unknown;
    try {
      value = JSON.parse(doc);
    } catch {
      throw new FleetInputError(`${name}: JSON document ${d + 1} is not valid JSON`);
    }
    const states =
      isRecord(value) && Array.isArray(value.value) ? value.value : Array.isArray(value) ? value : [value];
    if (
      isRecord(value) &&
      !Array.isArray(value.value) &&
      !('managedDevice' in value) &&
      !('detectionState' in value)
    ) {
      throw new FleetInputError(
        `${name}: JSON document ${d + 1} is not a page of deviceRunStates (no "value" list)`,
      );
    }
    states.forEach((state, i) => devices.push(deviceFromRunState(state, `document ${d + 1} item ${i + 1}`)));
  });
  return devices;
}

async function readOne(path: string): Promise<DeviceInput[]> {
  const name = basename(path);
  let body: string;
  try {
    body = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new FleetInputError(`${path}: cannot read the file (${code})`);
  }
  const first = body.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? devicesFromGraphJson(body, name) : devicesFromCsv(body, name);
}

/** A file, or a folder of *.json / *.csv files read in name order (Graph pages saved one per file). */
export async function readFleetInput(path: string): Promise<DeviceInput[]> {
  const info = await stat(path).catch(() => {
    throw new FleetInputError(`${path}: no such file or folder`);
  });
  if (!info.isDirectory()) return readOne(path);
  const files = (await readdir(path))
    .filter((f) => ['.json', '.csv'].includes(extname(f).toLowerCase()))
    .sort();
  if (files.length === 0) throw new FleetInputError(`${path}: the folder holds no .json or .csv file`);
  const devices: DeviceInput[] = [];
  for (const file of files) devices.push(...(await readOne(join(path, file))));
  return devices;
}
