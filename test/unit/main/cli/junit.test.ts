// @vitest-environment jsdom
/** JUnit XML is checked with a real XML parser (jsdom's DOMParser), as lab CI would read it. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/hvv.js';
import { escapeXml } from '../../../../main/cli/junit.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';
import { CHECKLIST } from '../../../../common/engine/checklist.js';

const FIXTURES = SCENARIO_FIXTURES;
const fixture = (name: string) => join(FIXTURES, `${name}.scenario.json`);
const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: FIXTURES, env: {} };
const hvv = async (argv: string[]) => ({ code: await main(argv, io) });
const tempDir = () => mkdtempSync(join(tmpdir(), 'hvv-junit-'));

describe('hvv --junit', () => {
  it('writes JUnit XML with one testsuite per scenario and one testcase per step', async () => {
    const dir = tempDir();
    const { code } = await hvv([
      'run',
      '--scenario',
      fixture('ras-809-timeout'),
      '--scenario',
      fixture('missing-probe'),
      '--junit',
      join(dir, 'hvv.xml'),
    ]);
    expect(code).toBe(1);
    const xml = readFileSync(join(dir, 'hvv.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const suites = [...doc.getElementsByTagName('testsuite')];
    expect(suites.map((s) => s.getAttribute('name'))).toEqual([
      'IKEv2 blocked by a firewall: RAS error 809',
      'Recording without the machine certificate store',
    ]);
    const cases = [...(suites[0]?.getElementsByTagName('testcase') ?? [])];
    // One testcase per step of the checklist, whatever steps later issues add.
    expect(cases).toHaveLength(CHECKLIST.length);
    const vpn = cases.find((c) => c.getAttribute('name')?.startsWith('vpn-connect:'));
    expect(vpn?.getElementsByTagName('failure')[0]?.getAttribute('message')).toContain('809');
    const blocked = cases.find((c) => c.getAttribute('name')?.startsWith('dc-over-vpn:'));
    expect(blocked?.getElementsByTagName('skipped')).toHaveLength(1);
    const certCase = [...(suites[1]?.getElementsByTagName('testcase') ?? [])].find((c) =>
      c.getAttribute('name')?.startsWith('vpn-certificate:'),
    );
    expect(certCase?.getElementsByTagName('error')[0]?.getAttribute('message')).toContain('cert.machine');
    expect(suites[0]?.getAttribute('failures')).toBe('1');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<a & "b" \'c\'>\u0000')).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
  });
});
