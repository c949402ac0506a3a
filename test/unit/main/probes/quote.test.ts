import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PowerShellRunner } from '../../../../main/probes/powershell-runner.js';
import {
  encodeArgsBase64,
  toPowerShellLiteral,
  toPowerShellStringExpression,
} from '../../../../main/probes/quote.js';
import { FAKE_PWSH, FAKE_UNSUPPORTED, createFakePwsh } from './fake-pwsh-harness.js';

// These tests start real (fake) PowerShell processes; a loaded CI machine can be slow to spawn them.
vi.setConfig({ testTimeout: 30_000 });

const HOSTILE = [
  'Contoso "VPN"',
  "it's",
  "it''s already doubled",
  '$(Remove-Item C:\\ -Recurse)',
  '${env:USERNAME} $env:PATH',
  'back`tick`$x',
  '\u2018curly\u2019 and \u201Alow\u201B',
  "'; Remove-Item x; '",
  '\u2019; Remove-Item x; \u2018',
  'Корпоративный VPN 東京',
  '',
];

describe('toPowerShellLiteral', () => {
  it('wraps plain text in single quotes', () => {
    expect(toPowerShellLiteral('Contoso VPN')).toBe("'Contoso VPN'");
  });

  it('doubles an apostrophe and each Unicode quote PowerShell also treats as one', () => {
    expect(toPowerShellLiteral("it's")).toBe("'it''s'");
    expect(toPowerShellLiteral('\u2018a\u2019b\u201Ac\u201B')).toBe(
      "'\u2018\u2018a\u2019\u2019b\u201A\u201Ac\u201B\u201B'",
    );
  });

  it('leaves dollar signs, backticks, double quotes and newlines as they are (nothing expands in single quotes)', () => {
    expect(toPowerShellLiteral('$(x) `n "y"\nz')).toBe('\'$(x) `n "y"\nz\'');
  });
});

describe('encodeArgsBase64', () => {
  it.each(HOSTILE.concat(['first\nsecond']))('round-trips %j through base64 JSON', (name) => {
    const encoded = encodeArgsBase64({ name, port: 443, flag: true, none: null });
    expect(encoded).toMatch(/^[A-Za-z0-9+/=]*$/);
    expect(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'))).toEqual({
      name,
      port: 443,
      flag: true,
      none: null,
    });
  });
});

describe('toPowerShellStringExpression', () => {
  it('uses a readable literal for plain ASCII paths', () => {
    expect(toPowerShellStringExpression("C:\\Program Files\\O'Brien")).toBe("'C:\\Program Files\\O''Brien'");
  });

  it('sends non-ASCII paths as base64 so the OEM code page cannot mangle them', () => {
    const expr = toPowerShellStringExpression('C:\\Users\\Jürgen');
    expect(expr).toMatch(/^[\x20-\x7e]+$/);
    const encoded = /FromBase64String\('([^']+)'\)/.exec(expr)?.[1] ?? '';
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe('C:\\Users\\Jürgen');
  });
});

describe.skipIf(FAKE_UNSUPPORTED)(
  'quoted literals as PowerShell reads them (fake PowerShell tokenizer)',
  () => {
    const fake = createFakePwsh();
    let runner: PowerShellRunner;
    let saved: string | undefined;

    beforeAll(() => {
      saved = process.env.NODE_POWERSHELL;
      process.env.NODE_POWERSHELL = FAKE_PWSH;
      runner = new PowerShellRunner({ env: fake.env });
    });

    afterAll(async () => {
      await runner.dispose();
      fake.cleanup();
      if (saved === undefined) delete process.env.NODE_POWERSHELL;
      else process.env.NODE_POWERSHELL = saved;
    });

    it.each(HOSTILE.filter((s) => s !== ''))(
      'prints %j back unchanged with nothing expanded',
      async (text) => {
        const result = await runner.runCommand(`[Console]::Out.WriteLine(${toPowerShellLiteral(text)})`, {
          timeoutMs: 10_000,
        });
        expect(result.stdout).toBe(text.trim());
        const sent = fake.commands().at(-1);
        expect(sent?.expandable).toEqual([]);
        expect(sent?.literals).toEqual([text]);
      },
    );

    it('shows that an undoubled curly quote would end the literal early (why doubling matters)', async () => {
      const naive = `'${'\u2019; Remove-Item x; \u2018'}'`;
      await runner.runCommand(`[Console]::Out.WriteLine(${naive})`, { timeoutMs: 10_000 });
      const sent = fake.commands().at(-1);
      expect(sent?.literals).not.toEqual(['\u2019; Remove-Item x; \u2018']);
    });

    it('refuses a multi-line command: the REPL would run the second line as code', async () => {
      await expect(
        runner.runCommand(`Write-Output ${toPowerShellLiteral('a\nb')}`, { timeoutMs: 1000 }),
      ).rejects.toThrow(/single line/);
    });
  },
);
