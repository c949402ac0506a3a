/**
 * `hvv import --intune-diagnostics`: Intune's diagnostics zip becomes a recording that replays,
 * with what the bundle cannot answer named; hostile archives are refused with a reason.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../main/cli/hvv.js';
import { parseRegFile } from '../../../../main/diagnostics/reg-file.js';
import { NATIVE_FIXTURES, REPO_ROOT } from '../../../paths.js';
import { writeZip, type ZipInput } from '../../../fakes/zip-writer.js';

const BUNDLE = join(REPO_ROOT, 'test', 'fixtures', 'intune-diagnostics');
const text = (file: string) => readFileSync(join(BUNDLE, file), 'utf8');
/** regedit and `reg export` write UTF-16LE with a byte order mark and CRLF. */
const regExport = (file: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(file).replace(/\n/g, '\r\n'), 'utf16le')]);

function bundle(extra: ZipInput[] = [], netsh = 'netsh/direct-de.txt'): ZipInput[] {
  return [
    { name: 'results.xml', data: text('results.xml') },
    { name: '1/export.reg', data: regExport('current-version.reg') },
    { name: '2/export.reg', data: regExport('enrollments.reg') },
    { name: '3/export.reg', data: regExport('autopilot.reg') },
    { name: '4/output.log', data: readFileSync(join(NATIVE_FIXTURES, 'dsregcmd', 'hybrid-joined.txt')) },
    { name: '5/output.log', data: readFileSync(join(NATIVE_FIXTURES, netsh)) },
    { name: '6/output.log', data: text('certutil-store.txt') },
    { name: '7/output.log', data: text('ipconfig.txt') },
    // An event log hvv never reads, declared far larger than anything it would inflate.
    { name: '8/Events.evtx', data: Buffer.alloc(64), store: true, declaredSize: 64 },
    ...extra,
  ];
}

async function runCli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    cwd,
  };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

async function importZip(entries: ZipInput[], name = 'DiagLogs-DESKTOP-7H2K9QF-20261124T101500Z.zip') {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-diag-'));
  writeFileSync(join(dir, name), writeZip(entries));
  const run = await runCli(['import', '--intune-diagnostics', name, '--out', 'device.scenario.json'], dir);
  return { ...run, dir };
}

describe('hvv import --intune-diagnostics', () => {
  it('reads registry exports: strings, dwords, qwords, expandable strings, continued lines', () => {
    const keys = parseRegFile(regExport('current-version.reg').subarray(2).toString('utf16le'));
    const cv = keys.get('HKEY_LOCAL_MACHINE\\SOFTWARE\\MICROSOFT\\WINDOWS NT\\CURRENTVERSION');
    expect(cv?.get('CurrentBuild')).toBe('19045');
    expect(cv?.get('UBR')).toBe(3795);
    expect(cv?.get('PathName')).toBe('C:\\WINDOWS');
    expect(cv?.get('SystemRoot')).toBe('C:\\WINDOWS');
    expect(typeof cv?.get('InstallTime')).toBe('number');
  });

  it('turns the bundle into a recording that replays, naming what the bundle cannot answer', async () => {
    const { code, out, dir } = await importZip(bundle());
    expect(code).toBe(0);
    expect(out).toMatch(
      /From the bundle: os\.version, join\.dsregcmd, mdm\.enrollments, autopilot\.profile, proxy\.winhttp/,
    );
    expect(out).toMatch(/vpn\.connections: the bundle holds no VPN profile list/);
    expect(out).toMatch(/cert\.machine: .*does not show each certificate's purposes/);
    const scenario = JSON.parse(readFileSync(join(dir, 'device.scenario.json'), 'utf8')) as {
      recordedAt: string;
      title: string;
      source: { notInBundle: { probe: string }[] };
    };
    expect(scenario.recordedAt).toBe('2026-11-24T10:15:00.000Z');
    expect(scenario.title).toMatch(/DESKTOP-7H2K9QF/);
    expect(scenario.source.notInBundle.map((m) => m.probe)).toContain('net.tcp');

    const replay = await runCli(['run', '--scenario', 'device.scenario.json', '--json'], dir);
    const doc = JSON.parse(replay.out) as { steps: { id: string; status: string; summary: string }[] };
    const status = Object.fromEntries(doc.steps.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({
      'os-build': 'pass',
      'join-state': 'pass',
      'mdm-enrollment': 'pass',
      'autopilot-profile': 'warn',
      proxy: 'pass',
      'network-endpoints': 'error',
      'vpn-profile': 'error',
      'vpn-connect': 'blocked',
    });
    expect(doc.steps.find((s) => s.id === 'vpn-profile')?.summary).toMatch(
      /vpn\.connections is not in the Intune diagnostics bundle: the bundle holds no VPN profile list/,
    );
  });

  it.each([
    ['../../evil.reg', /climbs out of the archive/],
    ['1/../../evil.reg', /climbs out of the archive/],
    ['/etc/cron.d/evil', /is an absolute path/],
    ['C:\\Windows\\evil.reg', /is an absolute path/],
  ])('refuses an archive with the entry name %s', async (name, reason) => {
    const { code, err } = await importZip(bundle([{ name, data: 'x' }]));
    expect(code).toBe(2);
    expect(err).toMatch(reason);
  });

  it('refuses a zip bomb and an entry that inflates beyond what it declares', async () => {
    const bomb = await importZip(bundle([{ name: '9/output.log', data: Buffer.alloc(8 * 1024 * 1024) }]));
    expect(bomb.code).toBe(2);
    expect(bomb.err).toMatch(/inflates \d+ times \(a zip bomb\?\)/);
    const liar = await importZip(
      bundle([{ name: '9/export.reg', data: Buffer.alloc(200_000, 0x41), declaredSize: 100 }]),
    );
    expect(liar.code).toBe(2);
    expect(liar.err).toMatch(/inflates beyond its declared 100 bytes/);
  });

  it('refuses an oversized entry it would have to read, and ignores big ones it does not need', async () => {
    const big = await importZip(
      bundle([{ name: '9/export.reg', data: Buffer.alloc(10), store: true, declaredSize: 64 * 1024 * 1024 }]),
    );
    expect(big.code).toBe(2);
    expect(big.err).toMatch(/more than the \d+ a diagnostics text file can be/);
    const unneeded = await importZip(
      bundle([
        { name: '9/Events.evtx', data: Buffer.alloc(10), store: true, declaredSize: 900 * 1024 * 1024 },
      ]),
    );
    expect(unneeded.code).toBe(0);
  });

  it('says clearly when the file is not a diagnostics zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hvv-diag-'));
    writeFileSync(join(dir, 'notes.zip'), 'hello');
    const notZip = await runCli(['import', '--intune-diagnostics', 'notes.zip', '--out', 'x.json'], dir);
    expect(notZip).toMatchObject({
      code: 2,
      err: 'hvv: notes.zip: not a zip archive (no end of central directory)\n',
    });
    const other = await importZip([{ name: 'readme.txt', data: 'hi' }], 'other.zip');
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/nothing hvv can read .* is this Intune's "Collect diagnostics" zip\?/);
  });
});
