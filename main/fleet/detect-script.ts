/**
 * Builds the fleet detection script (contract v1.1 §5) from the project's own probe scripts, so a
 * probe has one implementation: the same .ps1 text the app runs is embedded and run on the device.
 * Its id is a hash of the whole script, so `hvv fleet report` tells lines of another script apart.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequiredEndpoint } from '../../common/engine/step-definition.js';
import { CLIENT_AUTHENTICATION_OID } from '../../common/engine/rules/certificates.js';
import { NO_WORDS, YES_WORDS } from '../../common/engine/parsers/dsregcmd.js';
import { DIRECT_MARKERS, LABELLED_VALUE, SERVER_LIST } from '../../common/engine/parsers/netsh-proxy.js';
import { INTUNE_OUTPUT_LIMIT, LINE_PROBE_KEYS, type LineProbeKey } from '../../common/fleet/line.js';
import { INTUNE_PROVIDER } from '../../common/engine/steps/mdm-enrollment.js';
import {
  VK_NAME_MAX,
  VK_VALUE_MAX,
  VK_VERSION_MAX,
  vpnKindTables,
} from '../../common/fleet/vpn-kind-line.js';

/**
 * This module's folder, found when a script is built (not at import: under jsdom `URL` is the
 * DOM's). A bundle that moves this module must ship detect-runtime.ps1 and the probe scripts beside it.
 */
function here(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/** The bundles (dist/main, dist/cli) carry the scripts in `scripts/` beside them; the sources in main/probes. */
function defaultScriptsDir(): string {
  const bundled = join(here(), 'scripts');
  return existsSync(bundled) ? bundled : join(here(), '..', 'probes', 'scripts');
}

/** Wall time the script allows its probes, well inside what Intune waits for a detection script. */
export const BUDGET_SECONDS = 60;

/** The reducer of each probe answer (functions in detect-runtime.ps1). */
const REDUCERS: Record<Exclude<LineProbeKey, 'tc'>, string> = {
  os: 'Reduce-HvvOsVersion',
  ds: 'Reduce-HvvDsregcmd',
  md: 'Reduce-HvvEnrollments',
  ap: 'Reduce-HvvAutopilot',
  px: 'Reduce-HvvProxy',
  vc: 'Reduce-HvvVpn',
  cm: 'Reduce-HvvCertificates',
  cu: 'Reduce-HvvCertificates',
  vk: 'Reduce-HvvVpnKind',
};

/** The engine reads these fields of dsregcmd and of the Autopilot profile; the rest stays home. */
const DSREGCMD_FIELDS = ['azureadjoined', 'domainjoined', 'enterprisejoined', 'domainname'];
const PROFILE_VALUES = ['CloudAssignedDomainJoinMethod', 'HybridJoinSkipDCConnectivityCheck'];

export class ScriptBuildError extends Error {}

export interface DetectScriptOptions {
  endpoints: readonly RequiredEndpoint[];
  scriptsDir?: string;
}

export interface DetectScript {
  text: string;
  id: string;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A JavaScript regex as .NET regex text, pure ASCII (the script is ASCII only). */
function dotNetPattern(regex: RegExp): string {
  const source = regex.source.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return regex.flags.includes('i') ? `(?i)${source}` : source;
}

function list(values: readonly string[]): string {
  return `@(${values.map(literal).join(', ')})`;
}

function embed(probe: string, text: string): string {
  if (/[^\t\n\r\x20-\x7e]/.test(text)) {
    throw new ScriptBuildError(`${probe}.ps1 holds non-ASCII text; the detection script must be ASCII only`);
  }
  if (/^'@/m.test(text)) throw new ScriptBuildError(`${probe}.ps1 holds a line starting with '@`);
  return `$HvvProbeScripts[${literal(probe)}] = @'\n${text.replace(/\r\n/g, '\n').trimEnd()}\n'@`;
}

/** One character per endpoint in the line; more than this and the line could outgrow Intune's limit. */
export const MAX_FLEET_ENDPOINTS = 64;

export async function buildDetectScript(options: DetectScriptOptions): Promise<DetectScript> {
  if (options.endpoints.length > MAX_FLEET_ENDPOINTS) {
    throw new ScriptBuildError(
      `the fleet script checks at most ${MAX_FLEET_ENDPOINTS} endpoints (the configuration lists ${options.endpoints.length})`,
    );
  }
  const dir = options.scriptsDir ?? defaultScriptsDir();
  const probes = [...new Set([...Object.values(LINE_PROBE_KEYS)])];
  const embedded: string[] = [];
  for (const probe of probes) {
    const text = await readFile(join(dir, `${probe}.ps1`), 'utf8').catch(() => {
      throw new ScriptBuildError(`the probe script ${probe}.ps1 is missing from ${dir}`);
    });
    embedded.push(embed(probe, text.replace(/^\uFEFF/, '')));
  }
  const runtime = (await readFile(join(here(), 'detect-runtime.ps1'), 'utf8')).replace(/\r\n/g, '\n');
  const keys = (Object.keys(REDUCERS) as (keyof typeof REDUCERS)[])
    .map((k) => `${k} = ${literal(LINE_PROBE_KEYS[k])}`)
    .join('; ');
  const vk = vpnKindTables();
  const reducers = (Object.keys(REDUCERS) as (keyof typeof REDUCERS)[])
    .map((k) => `${k} = ${literal(REDUCERS[k])}`)
    .join('; ');
  const body = [
    '# Hybrid VPN Validator: fleet detection script for Intune Remediations (hvv fleet script).',
    "# Generated from the app's own probe scripts; do not edit (hvv fleet report would not know the result).",
    '# Runs read-only checks as SYSTEM, changes nothing, prints one line (the answers, reduced), and',
    '# exits 1 when the device is not ready. Turn the exported results into a report with:',
    '#   hvv fleet report --input <export.csv> --out fleet.html',
    "$HvvScriptId = '__HVV_SCRIPT_ID__'",
    `$HvvBudgetSeconds = ${BUDGET_SECONDS}`,
    `$HvvOutputLimit = ${INTUNE_OUTPUT_LIMIT}`,
    `$HvvEndpoints = ${list(options.endpoints.map((e) => `${e.host}|${e.port}`))}`,
    `$HvvProbeKeys = [ordered]@{ ${keys} }`,
    `$HvvReducers = @{ ${reducers} }`,
    `$HvvDsregcmdFields = ${list(DSREGCMD_FIELDS)}`,
    `$HvvProfileValues = ${list(PROFILE_VALUES)}`,
    `$HvvIntuneProvider = ${literal(INTUNE_PROVIDER)}`,
    `$HvvClientAuthOid = ${literal(CLIENT_AUTHENTICATION_OID)}`,
    `$HvvYesWords = ${list([...YES_WORDS])}`,
    `$HvvNoWords = ${list([...NO_WORDS])}`,
    `$HvvDirectMarkers = ${list(DIRECT_MARKERS.map(dotNetPattern))}`,
    `$HvvLabelledValue = ${literal(dotNetPattern(LABELLED_VALUE))}`,
    `$HvvServerList = ${literal(dotNetPattern(SERVER_LIST))}`,
    `$HvvVpnClientIds = ${list(vk.clientIds)}`,
    `$HvvVpnClientPatterns = ${list(vk.programs.map(dotNetPattern))}`,
    `$HvvVpnServiceClients = @(${vk.serviceClients.map(list).join(', ')})`,
    `$HvvVpnSblPattern = ${literal(dotNetPattern(vk.sbl))}`,
    `$HvvVpnServices = ${list(vk.services)}`,
    `$HvvVpnSettings = @(${vk.settings
      .map((s) => `@{ Name = ${literal(s.name)}; On = ${list(s.on)}; Trim = $${String(s.trim)} }`)
      .join(', ')})`,
    `$HvvVpnLimits = @{ Name = ${VK_NAME_MAX}; Version = ${VK_VERSION_MAX}; Value = ${VK_VALUE_MAX} }`,
    '',
    '# --- the probe scripts, exactly as the app runs them (main/probes/scripts) ---',
    '$HvvProbeScripts = @{}',
    ...embedded,
    '',
    runtime.trimEnd(),
    '',
  ].join('\n');
  const id = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const text = body.replace('__HVV_SCRIPT_ID__', id).replace(/\n/g, '\r\n');
  if (/[^\t\n\r\x20-\x7e]/.test(text)) throw new ScriptBuildError('the detection script is not ASCII only');
  return { text, id };
}
