/**
 * Issue 14: `hvv run` checks every argument before any side effect, never overwrites its input,
 * and refuses files that are not UTF-8 recordings with a message a technician can act on.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/hvv.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const FIXTURE = join(SCENARIO_FIXTURES, 'win10-1909-ikev2-connects.scenario.json');

async function hvv(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

function workspace(): { dir: string; input: string; original: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-args-'));
  const input = join(dir, 'lab.scenario.json');
  copyFileSync(FIXTURE, input);
  return { dir, input, original: readFileSync(input, 'utf8') };
}

describe('outputs never overwrite inputs', () => {
  it.each([
    ['--report', ['--report', 'lab.scenario.json', '--redact']],
    ['--junit', ['--junit', 'lab.scenario.json']],
    ['--report through ./ and ..', ['--report', './sub/../lab.scenario.json']],
    ['--junit through a symlink', ['--junit', 'link.xml']],
  ])('refuses %s naming the input recording, and leaves it intact', async (_label, flags) => {
    const { dir, input, original } = workspace();
    symlinkSync(input, join(dir, 'link.xml'));
    const { code, stderr } = await hvv(['run', '--scenario', 'lab.scenario.json', ...flags], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/would overwrite the input lab\.scenario\.json/);
    expect(readFileSync(input, 'utf8')).toBe(original);
  });

  it('refuses a batch with --report before replaying anything or writing the JUnit file', async () => {
    const { dir } = workspace();
    copyFileSync(FIXTURE, join(dir, 'second.scenario.json'));
    const { code, stderr } = await hvv(
      ['run', '--scenario', dir, '--junit', 'out.xml', '--report', 'out.html'],
      dir,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--report describes one device');
    expect(existsSync(join(dir, 'out.xml'))).toBe(false);
  });

  it('refuses a bad --report-format before writing the JUnit file', async () => {
    const { dir } = workspace();
    const args = ['--junit', 'out.xml', '--report', 'r.txt', '--report-format', 'pdfx'];
    const { code } = await hvv(['run', '--scenario', 'lab.scenario.json', ...args], dir);
    expect(code).toBe(2);
    expect(existsSync(join(dir, 'out.xml'))).toBe(false);
  });
});

describe('files that are not UTF-8 recordings', () => {
  it('says "UTF-16 — save it as UTF-8" with no NUL bytes in the message', async () => {
    const { dir, original } = workspace();
    for (const [name, bytes] of [
      ['le.scenario.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')])],
      ['nobom.scenario.json', Buffer.from(original, 'utf16le')],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      const { code, stderr } = await hvv(['run', '--scenario', name], dir);
      expect(code).toBe(2);
      expect(stderr).toContain('UTF-16 — save it as UTF-8');
      expect(stderr).not.toContain('\u0000');
    }
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO given as --scenario, or found in a folder, instead of waiting forever',
    async () => {
      const { dir } = workspace();
      execFileSync('mkfifo', [join(dir, 'pipe.scenario.json')]);
      const direct = await hvv(['run', '--scenario', 'pipe.scenario.json'], dir);
      expect(direct.code).toBe(2);
      expect(direct.stderr).toContain('not a regular file');
      const folder = await hvv(['run', '--scenario', '.'], dir);
      expect(folder.code).toBe(2);
      expect(folder.stderr).toContain('pipe.scenario.json: not a regular file');
    },
  );
});
