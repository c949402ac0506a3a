/**
 * Issue 14: control characters from a recording never reach the terminal as instructions. A
 * crafted title, VPN name or output made a FAIL row display as "PASS vpn-connect Connected…".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/hvv.js';
import { terminalSafe } from '../../../../main/cli/terminal-text.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const CRAFTED = 'Lab\r\u001b[1A\u001b[2K\u009b2KPASS vpn-connect Connected\u202e\u0007\n';

async function hvv(argv: string[], tty: boolean) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: tty },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: SCENARIO_FIXTURES,
    env: {},
  });
  return { code, stdout, stderr };
}

/** A copy of a failing recording whose title and rasdial output carry terminal controls. */
function craftedScenario(): string {
  const scenario = JSON.parse(
    readFileSync(join(SCENARIO_FIXTURES, 'ras-809-timeout.scenario.json'), 'utf8'),
  ) as { title: string; probes: { probe: string; result: { stdout: string; stderr: string } }[] };
  scenario.title = CRAFTED;
  for (const entry of scenario.probes) {
    if (entry.probe === 'vpn.connect') entry.result.stderr = `${entry.result.stderr}${CRAFTED}`;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'hvv-escapes-')), 'crafted.scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

// Our own colours are SGR sequences ("ESC[32m"); anything else starting with ESC is the recording's.
const FOREIGN_CONTROL =
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  /\u001b(?!\[(?:\d+;)*\d+m)|[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202e]/;

describe('terminal output from hostile recordings', () => {
  it.each([
    ['a terminal (colours on)', true],
    ['a pipe', false],
  ])('the run table shows controls as escapes on %s, and the exit code stays a fail', async (_label, tty) => {
    const { code, stdout } = await hvv(['run', '--scenario', craftedScenario()], tty);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(FOREIGN_CONTROL);
    expect(stdout).toContain('Lab\\x0D\\x1B[1A\\x1B[2K\\x9B2KPASS vpn-connect Connected\\u202E\\x07\\x0A');
    // Each step is still one row: no row of the table starts with the crafted "PASS".
    expect(stdout.split('\n').filter((line) => line.startsWith('PASS vpn-connect'))).toEqual([]);
  });

  it('escapes what JSON leaves raw (C1 controls, bidi overrides) in --json, keeping the same document', async () => {
    const { stdout } = await hvv(['run', '--scenario', craftedScenario(), '--json'], false);
    expect(stdout).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(stdout).title).toBe(CRAFTED);
  });

  it('escapes controls in error messages on stderr', async () => {
    const { code, stderr } = await hvv(['run', '--scenario', 'missing\u001b[2J.scenario.json'], false);
    expect(code).toBe(2);
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('\\x1B[2J');
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(terminalSafe('Contoso VPN — Zürich ✓ 🙂')).toBe('Contoso VPN — Zürich ✓ 🙂');
  });
});
