import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/hvv.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const fixture = (name: string) => join(SCENARIO_FIXTURES, `${name}.scenario.json`);

async function hvv(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: SCENARIO_FIXTURES,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('hvv run --lang', () => {
  it('writes the HTML report in the language asked for', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hvv-lang-')), 'device.html');
    const args = ['run', '--scenario', fixture('ras-809-timeout'), '--report', out, '--lang', 'de'];
    expect((await hvv(args)).code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Blockierende Fehler, in der Reihenfolge des Verfahrens');
  });

  it('refuses a language it does not have, naming the ones it has, before running anything', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hvv-lang-')), 'device.html');
    const result = await hvv([
      'run',
      '--scenario',
      fixture('ras-809-timeout'),
      '--report',
      out,
      '--lang',
      'xx',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang: unknown language "xx"; use one of en, fr, de, ja');
    expect(result.stdout).toBe('');
    expect(
      (await hvv(['run', '--scenario', fixture('ras-809-timeout'), '--json', '--lang', 'xx'])).code,
    ).toBe(2);
  });

  it('changes nothing in the JSON output', async () => {
    const english = await hvv(['run', '--scenario', fixture('ras-809-timeout'), '--json']);
    const french = await hvv(['run', '--scenario', fixture('ras-809-timeout'), '--json', '--lang', 'fr']);
    expect(french.code).toBe(english.code);
    const neutral = (s: string) => s.replace(/"(startedAt|finishedAt|generatedAt|durationMs)": [^,\n]+/g, '');
    expect(neutral(french.stdout)).toBe(neutral(english.stdout));
    expect(french.stdout).toContain('"vpn-connect"');
  });
});
