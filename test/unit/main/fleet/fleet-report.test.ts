/**
 * `hvv fleet report`: what Intune exported (admin center CSV, Graph deviceRunStates JSON) becomes
 * one row per device, with the engine's verdicts; a row that cannot be read is `unknown` with the
 * reason, never dropped. Lines are real outputs of the detection script (fixtures/fleet/SOURCES.md).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../main/cli/hvv.js';
import { buildDetectScript } from '../../../../main/fleet/detect-script.js';
import { parseCsv } from '../../../../main/fleet/inputs/csv.js';
import { parseEndpointsConfig } from '../../../../common/engine/endpoints.js';
import { REPO_ROOT } from '../../../paths.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const CONFIG = join(FIXTURES, 'endpoints.json');
const RAW_LINES = JSON.parse(readFileSync(join(FIXTURES, 'detection-lines.json'), 'utf8')) as Record<
  string,
  string
>;

let lines: Record<string, string>;
let scriptId: string;

beforeAll(async () => {
  const config = parseEndpointsConfig(JSON.parse(readFileSync(CONFIG, 'utf8')));
  if (!config.ok) throw new Error(config.reason);
  scriptId = (await buildDetectScript({ endpoints: config.value.endpoints })).id;
  lines = Object.fromEntries(
    Object.entries(RAW_LINES).map(([k, v]) => [k, v.replace('__SCRIPT_ID__', scriptId)]),
  );
});

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd,
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

const csvField = (value: string): string => `"${value.replace(/"/g, '""')}"`;
const HEADER = [
  'Device name',
  'UPN',
  'Detection status',
  'Remediation status',
  'Pre-remediation detection output',
  'Pre-remediation detection error',
  'Post-remediation detection output',
  'Last run',
];
function exportCsv(rows: { device: string; output: string; error?: string; lastRun?: string }[]): string {
  return `\uFEFF${[
    HEADER.map(csvField).join(','),
    ...rows.map((r) =>
      [
        r.device,
        'tech@contoso.com',
        'With issues',
        'Not run',
        r.output,
        r.error ?? '',
        '',
        r.lastRun ?? '12/1/2026 8:00:00 AM',
      ]
        .map(csvField)
        .join(','),
    ),
  ].join('\r\n')}\r\n`;
}

interface FleetJson {
  format: string;
  devices: {
    device: string;
    verdict: string;
    failed: string[];
    reason: string | null;
    disagreement?: string;
    lastRun: string | null;
  }[];
  counts: Record<string, number>;
  causes: { step: string; devices: number; fix: string[] }[];
}

async function report(
  input: string,
  extra: string[] = [],
): Promise<{ code: number; json: FleetJson; err: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-report-'));
  const file = join(dir, input.startsWith('[') || input.startsWith('{') ? 'runstates.json' : 'export.csv');
  writeFileSync(file, input);
  const run = io(dir);
  const code = await main(
    ['fleet', 'report', '--input', file, '--config', CONFIG, '--json', ...extra],
    run.cli,
  );
  return {
    code,
    json: code === 0 ? (JSON.parse(run.out()) as FleetJson) : ({} as FleetJson),
    err: run.err(),
    dir,
  };
}

describe('hvv fleet report', () => {
  it('reads a quoted CSV with commas, doubled quotes and line breaks inside fields', () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e""\r\nf"\r\n1,2,3\n')).toEqual([
      ['a', 'b,c', 'd "e"\r\nf'],
      ['1', '2', '3'],
    ]);
  });

  it('gives every device of an admin center export the engine verdict and its failed checks', async () => {
    const names = Object.keys(lines);
    const { code, json } = await report(
      exportCsv(names.map((device) => ({ device, output: lines[device] ?? '' }))),
    );
    expect(code).toBe(0);
    expect(json.format).toBe('hvv-fleet/1');
    const byName = Object.fromEntries(json.devices.map((d) => [d.device, d]));
    expect(byName['ready-ikev2-machine-cert']?.verdict).toBe('ready');
    expect(byName['ready-german-l2tp-one-expired-cert']?.verdict).toBe('ready');
    expect(byName['not-ready-user-cert-only']).toMatchObject({
      verdict: 'not-ready',
      failed: ['vpn-certificate'],
    });
    expect(byName['not-ready-plugin-old-build-not-enrolled']).toMatchObject({
      verdict: 'not-ready',
      failed: ['os-build', 'mdm-enrollment', 'vpn-profile'],
    });
    expect(byName['azure-ad-only-profile-workgroup']?.failed).toEqual([
      'join-state',
      'autopilot-profile',
      'vpn-profile',
    ]);
    expect(json.counts).toEqual({ ready: 2, 'not-ready': 3, incomplete: 0, unknown: 0 });
    expect(json.causes[0]).toMatchObject({ step: 'vpn-profile', devices: 2 });
    expect(json.causes[0]?.fix[0]).toMatch(/per-machine \(all-user\) connection/);
    // Not ISO: kept as exported, since 12/1 is the 1st of December in one locale and the 12th of January in another.
    expect(byName['ready-ikev2-machine-cert']?.lastRun).toBe('12/1/2026 8:00:00 AM');
  });

  it('keeps rows it cannot read as unknown, each with its reason', async () => {
    const good = lines['ready-ikev2-machine-cert'] ?? '';
    const tooLong = good.replace(/"vc":\[0,\[\[.*?\]\]\]/, '"vc":"L"');
    const rows = [
      { device: 'NO-OUTPUT', output: '' },
      { device: 'SCRIPT-ERROR', output: '', error: 'The script timed out.' },
      { device: 'CUT', output: good.slice(40) },
      { device: 'OLD-SCRIPT', output: good.replace(scriptId, '0123456789ab') },
      { device: 'NOT-OURS', output: 'Compliant' },
      { device: 'DAMAGED', output: good.slice(0, -30) },
      { device: 'MALFORMED', output: good.replace('"p":{', '"q":{') },
      { device: 'TOO-LONG', output: tooLong },
      { device: 'STRAY-LINE-FIRST', output: `WARNING: something\r\n${good}` },
    ];
    const { json } = await report(exportCsv(rows));
    expect(json.devices.map((d) => d.device)).toEqual(rows.map((r) => r.device));
    const reason = (name: string) => json.devices.find((d) => d.device === name)?.reason ?? '';
    expect(reason('NO-OUTPUT')).toBe('no output from the detection script');
    expect(reason('SCRIPT-ERROR')).toBe('the script failed on the device: The script timed out.');
    expect(reason('CUT')).toMatch(/cut/);
    expect(reason('OLD-SCRIPT')).toMatch(/another version of the detection script/);
    expect(reason('NOT-OURS')).toMatch(/not from the hvv detection script/);
    expect(reason('DAMAGED')).toMatch(/cut or damaged/);
    expect(reason('MALFORMED')).toMatch(/malformed at p/);
    expect(reason('TOO-LONG')).toMatch(/vpn\.connections did not fit/);
    expect(json.devices.find((d) => d.device === 'STRAY-LINE-FIRST')?.verdict).toBe('ready');
    expect(json.counts.unknown).toBe(8);
  });

  it('flags a device whose own exit code disagrees with the engine', async () => {
    const good = lines['ready-ikev2-machine-cert'] ?? '';
    const { json } = await report(exportCsv([{ device: 'D', output: good.replace('"x":0', '"x":1') }]));
    expect(json.devices[0]?.disagreement).toBe('the device exited 1, the engine says ready');
  });

  it('reads Graph deviceRunStates pages saved back to back, and a folder of pages', async () => {
    const state = (name: string, output: string | null) => ({
      id: `${name}-state`,
      detectionState: 'fail',
      lastStateUpdateDateTime: '2026-12-01T08:00:00Z',
      preRemediationDetectionScriptOutput: output,
      preRemediationDetectionScriptError: null,
      managedDevice: { id: `${name}-id`, deviceName: name },
    });
    const page1 = {
      '@odata.context':
        'https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceHealthScripts/x/deviceRunStates',
      value: [state('A', lines['ready-ikev2-machine-cert'] ?? ''), state('B', null)],
      '@odata.nextLink': 'https://graph.microsoft.com/beta/next',
    };
    const page2 = { value: [state('C', lines['not-ready-user-cert-only'] ?? ''), 'garbage'] };
    const { json } = await report(`${JSON.stringify(page1, null, 2)}\n${JSON.stringify(page2)}`);
    expect(json.devices.map((d) => [d.device, d.verdict])).toEqual([
      ['A', 'ready'],
      ['B', 'unknown'],
      ['C', 'not-ready'],
      ['(document 2 item 2: not a run state)', 'unknown'],
    ]);
    expect(json.devices[0]?.lastRun).toBe('2026-12-01T08:00:00.000Z');

    const dir = mkdtempSync(join(tmpdir(), 'hvv-fleet-pages-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'page-1.json'), JSON.stringify(page1));
    writeFileSync(join(dir, 'pages', 'page-2.json'), JSON.stringify(page2));
    const run = io(dir);
    expect(await main(['fleet', 'report', '--input', 'pages', '--config', CONFIG, '--json'], run.cli)).toBe(
      0,
    );
    expect((JSON.parse(run.out()) as FleetJson).devices).toHaveLength(4);
  });

  it('refuses an input that is not an export, with one line and exit code 2', async () => {
    const { code, err } = await report('name,serial\r\nPC1,123\r\n');
    expect(code).toBe(2);
    expect(err).toMatch(
      /^hvv: export\.csv: not an Intune remediation export \(needs a "Device name".*found "name", "serial"\)\n$/,
    );
    const missing = io(tmpdir());
    expect(await main(['fleet', 'report', '--input', '/nonexistent/x.csv', '--json'], missing.cli)).toBe(2);
    expect(missing.err()).toMatch(/no such file or folder/);
    const cut = await report('{"value": [ {"id": 1}');
    expect(cut.code).toBe(2);
    expect(cut.err).toMatch(/ends in the middle of a document/);
  });

  it('writes a printable HTML report with drawn counts and causes, no script, every name escaped', async () => {
    const rows = [
      ...Object.entries(lines).map(([device, output]) => ({ device, output })),
      { device: '<img src=x onerror=alert(1)>', output: 'garbage' },
    ];
    const { code, dir } = await report(exportCsv(rows), ['--out', 'fleet.html']);
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'fleet.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('A per-machine VPN connection exists');
    expect(html).toMatch(/Still to do on site/);
    expect(html).toMatch(/<h2 id="unknown">\? Unknown: 1 device<\/h2>/);
  });
});
