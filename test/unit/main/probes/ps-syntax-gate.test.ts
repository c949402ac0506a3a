import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCRIPTS_DIR, checkPsSyntax, formatProblem } from '../../../../scripts/check-ps-syntax.mjs';

// Where pwsh is installed each check starts it: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const temp = mkdtempSync(join(tmpdir(), 'hvv-ps-gate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tempScript(name: string, text: string): string {
  const file = join(temp, name);
  writeFileSync(file, text);
  return file;
}

describe('PowerShell syntax gate', () => {
  it('passes every bundled probe script', async () => {
    const { files, problems } = await checkPsSyntax();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(files.length).toBe(readdirSync(DEFAULT_SCRIPTS_DIR).filter((f) => f.endsWith('.ps1')).length);
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it('fails a script with an unclosed block and says where', async () => {
    const file = tempScript(
      'broken.ps1',
      "param(\n  [string]$ArgsBase64 = ''\n)\nif ($x -eq 1 {\n  Write-Output 'x'\n",
    );
    const { problems } = await checkPsSyntax([file]);
    expect(problems.length).toBeGreaterThan(0);
    expect(formatProblem(problems[0]!)).toMatch(/broken\.ps1:\d+:\d+ (syntax error|missing)/);
  });

  it('fails a script with an unterminated string', async () => {
    const file = tempScript('unterminated.ps1', "$name = 'Contoso VPN\n& rasdial.exe $name\n");
    const { problems } = await checkPsSyntax([file]);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('fails a script holding a curly quote, which Windows PowerShell 5.1 would misread without a BOM', async () => {
    const file = tempScript('curly.ps1', "Write-Output 'it\u2019s'\n");
    const { problems } = await checkPsSyntax([file]);
    // PowerShell's own parser also reads U+2019 as a closing quote, leaving `s'` unterminated.
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 1, column: 17, message: 'non-ASCII character U+2019' }),
    );
  });

  it('accepts a plain, valid script', async () => {
    const file = tempScript(
      'fine.ps1',
      "param(\n  [string]$ArgsBase64 = ''\n)\n$items = @()\nConvertTo-Json -InputObject $items -Compress\nexit 0\n",
    );
    const { problems } = await checkPsSyntax([file]);
    expect(problems).toEqual([]);
  });
});
