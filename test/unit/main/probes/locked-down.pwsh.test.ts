/**
 * Locked-down Windows on real pwsh: the app's scripts run through the -File host, in FullLanguage
 * when the device's policy trusts them, and when it does not (ConstrainedLanguage from
 * AppLocker/WDAC, or an AllSigned execution policy) every live step says so at once.
 * test/fakes/pwsh-policy.mjs puts real pwsh under those policies (Linux has neither).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProbeFailure } from '../../../../common/model.js';
import { CHECKLIST } from '../../../../common/engine/checklist.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { SCRIPT_PROBES } from '../../../../common/probes.js';
import { createLiveExecutor, liveAvailability } from '../../../../main/probes/live-executor.js';
import type { LiveExecutor } from '../../../../main/probes/live-executor.js';
import { REFUSED_REASON, RESTRICTED_REASON } from '../../../../main/probes/host-answer.js';
import { FAKES, PROBE_SCRIPTS, REPO_ROOT } from '../../../paths.js';

vi.setConfig({ testTimeout: 60_000 });

const DOTNET_PWSH = join(homedir(), '.dotnet', 'tools', 'pwsh');
const PWSH = process.env.HVV_PWSH ?? (existsSync(DOTNET_PWSH) ? DOTNET_PWSH : null);
const POLICY_PWSH = join(FAKES, 'pwsh-policy.mjs');
const SKIP = PWSH === null || process.platform === 'win32';

let executor: LiveExecutor | null = null;
const temps: string[] = [];
afterEach(async () => {
  await executor?.dispose();
  executor = null;
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function policyEnv(policy: '' | 'constrained' | 'allsigned'): NodeJS.ProcessEnv {
  return { ...process.env, HVV_PWSH: PWSH ?? '', HVV_FAKE_POLICY: policy };
}

function live(policy: '' | 'constrained' | 'allsigned', scriptsDir = PROBE_SCRIPTS): LiveExecutor {
  executor = createLiveExecutor({
    scriptsDir,
    runnerOptions: { executable: POLICY_PWSH, env: policyEnv(policy) },
  });
  return executor;
}

/** A scripts folder whose os.version uses exactly what ConstrainedLanguage forbids. */
function languageProbeDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'hvv-locked-'));
  temps.push(root);
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'host'));
  writeFileSync(
    join(root, 'host', 'run-probe.ps1'),
    // The real host, copied: hostScriptFor() looks beside the scripts folder.
    readHost(),
  );
  writeFileSync(
    join(root, 'scripts', 'os.version.ps1'),
    [
      "param([string]$ArgsBase64 = '')",
      '$decoded = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($ArgsBase64))',
      "[Console]::Out.WriteLine('mode=' + $ExecutionContext.SessionState.LanguageMode + ' args=' + $decoded)",
      'exit 0',
    ].join('\n'),
  );
  return join(root, 'scripts');
}

function readHost(): string {
  return readFileSync(join(REPO_ROOT, 'main/probes/host/run-probe.ps1'), 'utf8');
}

describe.skipIf(SKIP)('the -File host on real pwsh', () => {
  it('runs a trusted probe in FullLanguage, where [Console], [Convert] and [Text.Encoding] work', async () => {
    const result = await live('', languageProbeDir()).run({ probe: 'os.version', args: {} });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, stdout: 'mode=FullLanguage args={}' });
  });

  it('under ConstrainedLanguage, says the policy reason instead of running the probe', async () => {
    const attempt = live('constrained', languageProbeDir()).run({ probe: 'os.version', args: {} });
    await expect(attempt).rejects.toBeInstanceOf(ProbeFailure);
    await expect(attempt).rejects.toThrow(RESTRICTED_REASON);
  });

  it('under ConstrainedLanguage, every live step is an error with that reason, at once', async () => {
    const exec = live('constrained');
    // Every step that reads the device through a script (net.tcp runs in Node and needs the network).
    const steps = CHECKLIST.filter((s) =>
      s.probes.every((p) => (SCRIPT_PROBES as readonly string[]).includes(p)),
    );
    const started = performance.now();
    const results = await runChecklist({
      executor: exec,
      steps,
      inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: 'C:\\kb.msu' },
      confirmations: {},
      now: new Date('2026-12-01T09:00:00Z'),
      allowActions: true,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `locked-down run under ConstrainedLanguage: ${results.length} steps in ${seconds.toFixed(1)} s`,
    );
    const probed = results.filter((r) => !['blocked', 'manual'].includes(r.status));
    expect(probed.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'os-build',
        'join-state',
        'mdm-enrollment',
        'autopilot-profile',
        'proxy',
        'vpn-profile',
        'update-install',
      ]),
    );
    for (const result of probed) {
      expect(result.status, result.id).toBe('error');
      expect(result.summary, result.id).toContain(RESTRICTED_REASON);
      expect(result.details, result.id).toMatchObject({ failure: 'restricted' });
      expect(result.remediation.join(' '), result.id).toContain('AppLocker/WDAC');
    }
  });

  it('when the execution policy refuses the scripts, gives that reason and quotes PowerShell without its stack', async () => {
    const attempt = live('allsigned').run({ probe: 'os.version', args: {} });
    await expect(attempt).rejects.toThrow(REFUSED_REASON);
    await expect(attempt).rejects.toThrow(/PowerShell said: File .* is not digitally signed/);
    await expect(attempt).rejects.not.toThrow(/CategoryInfo|FullyQualifiedErrorId/);
  });

  it('tells the start screen why live checks cannot run on a restricted device', async () => {
    const answer = await liveAvailability({
      platform: 'win32',
      runnerOptions: { executable: POLICY_PWSH, env: policyEnv('constrained') },
    });
    expect(answer).toEqual({ available: false, reason: RESTRICTED_REASON, reasonId: 'restricted' });
    expect(
      await liveAvailability({
        platform: 'win32',
        runnerOptions: { executable: POLICY_PWSH, env: policyEnv('') },
      }),
    ).toEqual({ available: true, reason: null });
  });
});
