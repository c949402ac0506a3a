import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveExecutor, liveAvailability } from '../../../../main/probes/live-executor.js';
import { PROBE_SCRIPTS } from '../../../paths.js';
import { describe, expect, it } from 'vitest';
import {
  firstErrorLine,
  readHostLine,
  REFUSED_REASON,
  RESTRICTED_REASON,
} from '../../../../main/probes/host-answer.js';

describe('the host’s first line', () => {
  it('passes the probe’s own output on, without the marker', () => {
    expect(
      readHostLine({ exitCode: 0, stdout: 'HVV-HOST:n1:FullLanguage\r\n{"a":1}\r\n', stderr: '' }, 'n1'),
    ).toEqual({
      kind: 'ran',
      languageMode: 'FullLanguage',
      rest: '{"a":1}',
      identity: null,
    });
  });

  it('reads the identity of the check (Windows 11, elevated technician)', () => {
    const stdout =
      'HVV-HOST:n1:FullLanguage\r\nHVV-IDENTITY:{"User":"CONTOSO\\\\admin","Sid":"S-1-5-21-1-2-3-500","Elevated":true,"System":false}\r\n';
    const answer = readHostLine({ exitCode: 0, stdout, stderr: '' }, 'n1');
    expect(answer).toMatchObject({
      kind: 'ran',
      identity: { User: 'CONTOSO\\admin', Elevated: true, System: false },
    });
  });

  it('is restricted in any other language mode', () => {
    expect(
      readHostLine({ exitCode: 3, stdout: 'HVV-HOST:n1:ConstrainedLanguage\n', stderr: '' }, 'n1'),
    ).toEqual({
      kind: 'restricted',
      languageMode: 'ConstrainedLanguage',
      reason: RESTRICTED_REASON,
    });
  });

  it('does not trust a marker with another nonce (a probe cannot pretend to be the host)', () => {
    expect(
      readHostLine({ exitCode: 0, stdout: 'HVV-HOST:other:FullLanguage\n', stderr: '' }, 'n1').kind,
    ).toBe('refused');
  });

  it('quotes the first line of PowerShell’s refusal without colours or position lines', () => {
    const stderr =
      '\u001b[31;1mFile C:\\hvv\\run-probe.ps1 cannot be loaded. The file is not digitally signed.\u001b[0m\r\n    + CategoryInfo          : SecurityError\r\n';
    expect(firstErrorLine(stderr)).toBe(
      'File C:\\hvv\\run-probe.ps1 cannot be loaded. The file is not digitally signed.',
    );
    const answer = readHostLine({ exitCode: 1, stdout: '', stderr }, 'n1');
    expect(answer.kind).toBe('refused');
    expect(answer.kind === 'refused' && answer.reason.startsWith(REFUSED_REASON)).toBe(true);
    // The verbatim part on its own, for the start screen to quote after its translated sentence.
    expect(answer).toMatchObject({
      detail:
        'exit code 1; PowerShell said: File C:\\hvv\\run-probe.ps1 cannot be loaded. The file is not digitally signed.',
    });
    expect(answer.kind === 'refused' && answer.reason).toBe(
      `${REFUSED_REASON} (${answer.kind === 'refused' ? answer.detail : ''})`,
    );
  });
});

describe('live availability from the host’s check', () => {
  // A stand-in PowerShell that answers the check as Windows would for a technician who elevated.
  const standIn = (identity: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'hvv-host-'));
    const file = join(dir, 'pwsh.mjs');
    writeFileSync(
      file,
      `#!/usr/bin/env node\nconst a = process.argv; const n = a[a.indexOf('-Nonce') + 1];\nconsole.log('HVV-HOST:' + n + ':FullLanguage');\nconsole.log('HVV-IDENTITY:' + ${JSON.stringify(identity)});\n`,
    );
    chmodSync(file, 0o755);
    return file;
  };

  it.skipIf(process.platform === 'win32')('carries who the app runs as to the start screen', async () => {
    const executable = standIn(
      '{"User":"PC01\\\\defaultuser0","Sid":"S-1-5-21-1-2-3-1001","Elevated":true,"System":false}',
    );
    expect(await liveAvailability({ platform: 'win32', runnerOptions: { executable } })).toEqual({
      available: true,
      reason: null,
      context: { user: 'PC01\\defaultuser0', elevated: true, account: 'oobe' },
    });
  });
});

describe.skipIf(process.platform === 'win32')('why live checks are unavailable, by id', () => {
  // A stand-in PowerShell whose check does what `body` says (Node, after the nonce is read).
  const pwsh = (body: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'hvv-host-'));
    const file = join(dir, 'pwsh.mjs');
    writeFileSync(
      file,
      `#!/usr/bin/env node\nconst a = process.argv; const n = a[a.indexOf('-Nonce') + 1];\n${body}\n`,
    );
    chmodSync(file, 0o755);
    return file;
  };
  const ask = (executable: string, timeoutMs?: number) =>
    liveAvailability({
      platform: 'win32',
      runnerOptions: { executable },
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });

  it('says not-windows off Windows', async () => {
    expect(await liveAvailability({ platform: 'darwin' })).toMatchObject({
      available: false,
      reasonId: 'not-windows',
    });
  });

  it('says restricted when AppLocker/WDAC keeps the host in ConstrainedLanguage', async () => {
    const answer = await ask(pwsh(`console.log('HVV-HOST:' + n + ':ConstrainedLanguage');`));
    expect(answer).toEqual({ available: false, reason: RESTRICTED_REASON, reasonId: 'restricted' });
  });

  it('says refused, with the exit code and PowerShell’s words as the detail, when the policy refuses the host', async () => {
    const answer = await ask(
      pwsh(
        `process.stderr.write('File run-probe.ps1 cannot be loaded. The file is not digitally signed.\\n'); process.exit(1);`,
      ),
    );
    expect(answer).toMatchObject({
      available: false,
      reasonId: 'refused',
      reasonDetail:
        'exit code 1; PowerShell said: File run-probe.ps1 cannot be loaded. The file is not digitally signed.',
    });
    expect(answer.reason).toBe(`${REFUSED_REASON} (${answer.reasonDetail})`);
  });

  it('says no-answer when PowerShell starts but does not answer the check in time', async () => {
    const answer = await ask(pwsh(`setTimeout(() => undefined, 20_000);`), 1_500);
    expect(answer).toMatchObject({ available: false, reasonId: 'no-answer' });
    expect(answer.reasonDetail).toMatch(/did not answer within 1500 ms/);
  });

  it('says failed, with the error as the detail, when PowerShell cannot start', async () => {
    const answer = await ask(join(mkdtempSync(join(tmpdir(), 'hvv-host-')), 'missing-pwsh'));
    expect(answer).toMatchObject({ available: false, reasonId: 'failed' });
    expect(answer.reasonDetail).toMatch(/could not be started/);
    expect(answer.reason).toContain(answer.reasonDetail);
  });
});

describe('the live executor’s one host check', () => {
  it.skipIf(process.platform === 'win32')(
    'asks again after PowerShell could not start, instead of failing every later probe',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hvv-host-'));
      const executable = join(dir, 'pwsh.mjs');
      const live = createLiveExecutor({ scriptsDir: PROBE_SCRIPTS, runnerOptions: { executable } });
      try {
        await expect(live.run({ probe: 'os.version', args: {} })).rejects.toThrow(/could not be started/);
        writeFileSync(
          executable,
          `#!/usr/bin/env node\nconst a = process.argv; const n = a[a.indexOf('-Nonce') + 1];\nconsole.log('HVV-HOST:' + n + ':FullLanguage');\nif (!a.includes('-Check')) console.log('{"CurrentBuild":"19045"}');\n`,
        );
        chmodSync(executable, 0o755);
        const result = await live.run({ probe: 'os.version', args: {} });
        expect(result).toMatchObject({ exitCode: 0, stdout: '{"CurrentBuild":"19045"}', timedOut: false });
      } finally {
        await live.dispose();
      }
    },
  );
});
