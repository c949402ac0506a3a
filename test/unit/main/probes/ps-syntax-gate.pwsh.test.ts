/**
 * The syntax gate on PowerShell's own parser: pwsh decides where it is installed; the tree-sitter
 * grammar is only the fallback (it rejects some valid PowerShell, which pwsh accepts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkPsSyntax, formatProblem } from '../../../../scripts/check-ps-syntax.mjs';
import { PWSH, PWSH_SKIP_REASON } from './real-pwsh-harness.js';

// Where pwsh is installed each check starts it: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const temp = mkdtempSync(join(tmpdir(), 'hvv-ps-gate-pwsh-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tempScript(name: string, text: string): string {
  const file = join(temp, name);
  writeFileSync(file, text);
  return file;
}

describe.skipIf(!PWSH)(`syntax gate on PowerShell's parser (${PWSH ?? PWSH_SKIP_REASON})`, () => {
  it('uses pwsh when it is there and passes every bundled script', async () => {
    const { engine, problems, files } = await checkPsSyntax();
    expect(engine).toBe('pwsh');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it('fails a broken script with PowerShell’s own message and position', async () => {
    const file = tempScript(
      'broken.ps1',
      "param(\n  [string]$ArgsBase64 = ''\n)\nif ($x -eq 1 {\n  'x'\n}\n",
    );
    const { problems } = await checkPsSyntax([file], { engine: 'pwsh' });
    expect(problems).toContainEqual(
      expect.objectContaining({
        line: 4,
        message: "syntax error: Missing closing ')' after expression in 'if' statement.",
      }),
    );
  });

  it('accepts valid PowerShell that the tree-sitter fallback rejects', async () => {
    const file = tempScript('valid.ps1', '$limit = 1MB\nGet-Item -Path A, B -ErrorAction SilentlyContinue\n');
    expect((await checkPsSyntax([file], { engine: 'pwsh' })).problems).toEqual([]);
    expect((await checkPsSyntax([file], { engine: 'tree-sitter' })).problems.length).toBeGreaterThan(0);
  });
});
