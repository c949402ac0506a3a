/**
 * Issue 14's "Done when": a re-run of the same kinds of hostile input through `hvv run` finds no
 * leak and no wrong pass. A real recording of a passing device has secrets planted in every probe's
 * stdout and stderr (each kind the redactor knows), or its outputs replaced by hostile text
 * (terminal escapes, a 1 MB line, deep JSON, UTF-16 garbage); the terminal text and the HTML
 * report, `--json` (one run or a batch) must hold none of the secrets, and a device whose evidence is garbage must not pass
 * (--json stays valid JSON without terminal escapes).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../main/cli/hvv.js';
import { SCENARIO_FIXTURES } from '../../../paths.js';

const FIXTURE = join(SCENARIO_FIXTURES, 'win10-1909-ikev2-connects.scenario.json');

interface Recording {
  probes: { result: { stdout: string; stderr: string } }[];
}

const JWT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJqZG9lQGNvbnRvc28uY29tIn0.c2lnbmF0dXJlLWJ5dGVz';
const SECRETS = {
  jwt: JWT,
  bearer: 'Authorization: Bearer QmVhcmVyU2VjcmV0VmFsdWU0Mg',
  password: 'Password : Plum-Orchard-77',
  json: '{"ClientSecret":"Kiwi~8Q~Ridge"}',
  psk: '<PreSharedKey>Fjord-Lantern-5</PreSharedKey>',
  query: 'https://login.example/cb?code=Mango-Delta-3&state=1',
};
const SECRET_VALUES = [
  'eyJ1cG4iOiJqZG9l',
  'QmVhcmVyU2VjcmV0',
  'Plum-Orchard',
  'Kiwi~8Q~Ridge',
  'Fjord-Lantern',
  'Mango-Delta',
];

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

function craft(change: (probe: Recording['probes'][number]) => void): string {
  const recording = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Recording;
  for (const probe of recording.probes) change(probe);
  const dir = mkdtempSync(join(tmpdir(), 'hvv-hostile-'));
  writeFileSync(join(dir, 'lab.scenario.json'), JSON.stringify(recording));
  return dir;
}

describe('hostile recordings through hvv run', () => {
  it('the untouched recording passes (so the cases below can fail for the right reason)', async () => {
    const dir = craft(() => undefined);
    const { code } = await hvv(['run', '--scenario', 'lab.scenario.json', '--json'], dir);
    expect(code).toBe(0);
  });

  it.each(Object.entries(SECRETS))(
    'keeps a %s planted in every probe output out of the terminal text and every report format',
    async (_kind, secret) => {
      const dir = craft((probe) => {
        probe.result.stdout = `${secret}\n${probe.result.stdout}\n${secret}`;
        probe.result.stderr = secret;
      });
      const text = await hvv(['run', '--scenario', 'lab.scenario.json'], dir);
      expect(text.stdout).not.toBe('');
      for (const value of SECRET_VALUES) expect(text.stdout, 'terminal text').not.toContain(value);
      // Machine-readable stdout (one run, and a batch of the folder) goes through the same
      // secrets rule as the exports: it ends up in CI logs and tickets.
      for (const argv of [
        ['run', '--scenario', 'lab.scenario.json', '--json'],
        ['run', '--scenario', '.', '--json'],
      ]) {
        const json = await hvv(argv, dir);
        expect(json.stdout, argv.join(' ')).toMatch(/redacted/);
        for (const value of SECRET_VALUES) expect(json.stdout, argv.join(' ')).not.toContain(value);
      }
      // Every report format (the files that leave the device) is checked.
      for (const format of ['html', 'json', 'scenario']) {
        const out = `out.${format}`;
        await hvv(
          ['run', '--scenario', 'lab.scenario.json', '--report', out, '--report-format', format],
          dir,
        );
        const written = readFileSync(join(dir, out), 'utf8');
        // The planted value reached the report and was replaced there, not merely left out.
        expect(written, format).toMatch(/redacted/);
        for (const value of SECRET_VALUES) expect(written, format).not.toContain(value);
      }
    },
  );

  it('--json keeps names and devices unless --redact asks, as the exports do', async () => {
    const dir = craft(() => undefined);
    const plain = await hvv(['run', '--scenario', 'lab.scenario.json', '--json'], dir);
    expect(plain.stdout).toContain('ana.lopez@contoso.com');
    expect(plain.stdout).toContain('10.20.0.10');
    const redacted = await hvv(['run', '--scenario', 'lab.scenario.json', '--json', '--redact'], dir);
    expect(redacted.code).toBe(plain.code);
    expect(redacted.stdout).not.toContain('ana.lopez');
    expect(redacted.stdout).not.toContain('10.20.0.10');
    expect(redacted.stdout).toContain('<user-1>');
    const doc = JSON.parse(redacted.stdout) as { verdict: string; steps: { id: string; status: string }[] };
    const before = JSON.parse(plain.stdout) as typeof doc;
    // Structure is not content: ids, statuses and the verdict read the same.
    expect(doc.verdict).toBe(before.verdict);
    expect(doc.steps.map((s) => [s.id, s.status])).toEqual(before.steps.map((s) => [s.id, s.status]));
  });

  it.each([
    ['terminal escapes', '\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u001b[31mREADY'],
    ['a 1 MB line', 'x'.repeat(1_000_000)],
    ['deep JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['UTF-16 garbage', '\ufeff\u0000{\u0000"\u0000'],
  ])('does not pass a device whose every probe printed %s', async (_kind, garbage) => {
    const dir = craft((probe) => {
      probe.result.stdout = garbage;
    });
    const { code, stdout } = await hvv(['run', '--scenario', 'lab.scenario.json', '--json'], dir);
    expect(code).not.toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(JSON.parse(stdout)).toBeTruthy();
  });
});
