import { describe, expect, it } from 'vitest';
import { logonVpnIconStep } from '../../../../../common/engine/steps/logon-vpn-icon.js';
import { offnetworkSigninStep } from '../../../../../common/engine/steps/offnetwork-signin.js';
import { updateInstallStep } from '../../../../../common/engine/steps/update-install.js';
import { json, runStep, text, timedOut } from './harness.js';

describe('logon-vpn-icon', () => {
  it('waits for the technician', async () => {
    expect((await runStep(logonVpnIconStep)).status).toBe('manual');
  });

  it("takes the technician's answer and keeps the note", async () => {
    const pass = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': { result: 'pass', note: 'bottom right' } },
    });
    expect(pass.status).toBe('pass');
    expect(pass.details.note).toBe('bottom right');
    const fail = await runStep(logonVpnIconStep, {
      confirmations: { 'logon-vpn-icon': { result: 'fail', note: '' } },
    });
    expect(fail.status).toBe('fail');
    expect(fail.remediation.join(' ')).toContain('per-machine');
  });
});

describe('offnetwork-signin', () => {
  const session = (LogonType: number, LogonServer = '\\\\DC01') => ({
    probe: 'logon.session',
    result: json({
      LogonServer,
      UserDnsDomain: 'CORP.CONTOSO.COM',
      Upn: 'ben@contoso.com',
      ComputerName: 'PC01',
      LogonType,
    }),
  });
  const confirmed = (result: 'pass' | 'fail') => ({ 'offnetwork-signin': { result, note: 'hotspot' } });

  it('waits for the technician and already shows the logon type it read', async () => {
    const r = await runStep(offnetworkSigninStep, { probes: [session(2)] });
    expect(r.status).toBe('manual');
    expect(r.details).toMatchObject({ logonType: 2, logonServer: '\\\\DC01' });
  });

  it('still waits for the technician when the session could not be read yet', async () => {
    const r = await runStep(offnetworkSigninStep, {
      probes: [{ probe: 'logon.session', result: timedOut() }],
    });
    expect(r.status).toBe('manual');
  });

  it('passes a confirmed sign-in authenticated by a domain controller', async () => {
    expect(
      (await runStep(offnetworkSigninStep, { probes: [session(2)], confirmations: confirmed('pass') }))
        .status,
    ).toBe('pass');
  });

  it('fails a confirmed sign-in that used cached credentials (logon type 11)', async () => {
    const r = await runStep(offnetworkSigninStep, {
      probes: [session(11)],
      confirmations: confirmed('pass'),
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('cached credentials');
    expect(r.details.logonType).toBe(11);
  });

  it('fails a sign-in authenticated by the computer itself (a local account)', async () => {
    const r = await runStep(offnetworkSigninStep, {
      probes: [session(2, '\\\\PC01')],
      confirmations: confirmed('pass'),
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('local account');
  });

  it('fails when the technician says it did not work', async () => {
    expect(
      (await runStep(offnetworkSigninStep, { probes: [session(2)], confirmations: confirmed('fail') }))
        .status,
    ).toBe('fail');
  });

  it('never passes when the app runs as another account than the one signed in at the console', async () => {
    const r = await runStep(offnetworkSigninStep, {
      probes: [
        {
          probe: 'logon.session',
          result: json({
            LogonServer: '\\\\DC01',
            UserDnsDomain: 'CORP.CONTOSO.COM',
            Upn: 'admin@contoso.com',
            ComputerName: 'PC01',
            LogonType: 2,
            ProcessUser: 'CONTOSO\\admin',
            InteractiveUser: 'CONTOSO\\ben',
            InteractiveLogonType: 11,
          }),
        },
      ],
      confirmations: confirmed('pass'),
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('CONTOSO\\admin');
    expect(r.summary).toContain('CONTOSO\\ben');
    expect(r.summary).toContain('cached credentials');
    expect(r.details).toMatchObject({ processUser: 'CONTOSO\\admin', interactiveUser: 'CONTOSO\\ben' });
  });

  it('passes when the process user and the console user are the same account, whatever the case', async () => {
    const r = await runStep(offnetworkSigninStep, {
      probes: [
        {
          probe: 'logon.session',
          result: json({
            LogonServer: '\\\\DC01',
            ComputerName: 'PC01',
            LogonType: 2,
            ProcessUser: 'CONTOSO\\Ben',
            InteractiveUser: 'contoso\\ben',
            InteractiveLogonType: 2,
          }),
        },
      ],
      confirmations: confirmed('pass'),
    });
    expect(r.status).toBe('pass');
  });

  it.each([
    ['SYSTEM', { ProcessSid: 'S-1-5-18', ProcessUser: 'NT-AUTORITÄT\\SYSTEM' }, /runs as SYSTEM/],
    [
      'defaultuser0',
      { ProcessSid: 'S-1-5-21-1-2-3-1001', ProcessUser: 'PC01\\defaultuser0' },
      /setup account of OOBE/,
    ],
  ])('is skipped, saying why, when the app runs as %s', async (_name, who, said) => {
    const r = await runStep(offnetworkSigninStep, {
      probes: [
        {
          probe: 'logon.session',
          result: json({ LogonServer: '\\\\PC01', ComputerName: 'PC01', LogonType: 5, ...who }),
        },
      ],
      confirmations: confirmed('pass'),
    });
    expect(r.status).toBe('skip');
    expect(r.summary).toMatch(said);
  });

  it('decides from the confirmation alone when the recording has no session evidence', async () => {
    const r = await runStep(offnetworkSigninStep, { confirmations: confirmed('pass') });
    expect(r.status).toBe('pass');
    expect(r.details).not.toHaveProperty('logonType');
  });
});

describe('update-install', () => {
  const PACKAGE = 'D:\\windows10.0-kb4530684-x64.msu';
  const install = (exitCode: number) =>
    runStep(updateInstallStep, {
      inputs: { updatePackage: PACKAGE },
      probes: [{ probe: 'update.install', args: { path: PACKAGE }, result: text('', exitCode) }],
    });

  it('is skipped without an update package', async () => {
    expect((await runStep(updateInstallStep)).status).toBe('skip');
  });

  it('passes exit 0 without a reboot', async () => {
    const r = await install(0);
    expect(r.status).toBe('pass');
    expect(r.details.rebootRequired).toBe(false);
  });

  it.each([3010, 1641, 0x240005])('passes %i and asks for a restart', async (code) => {
    const r = await install(code);
    expect(r.status).toBe('pass');
    expect(r.details.rebootRequired).toBe(true);
    expect(r.remediation.join(' ')).toContain('shutdown.exe /r /t 0');
  });

  it('passes 0x240006, already installed', async () => {
    const r = await install(0x240006);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('already installed');
  });

  it.each([-2145124329, 2149842967])(
    'fails %i as 0x80240017, not applicable, signed or unsigned',
    async (code) => {
      const r = await install(code);
      expect(r.status).toBe('fail');
      expect(r.summary).toContain('0x80240017');
      expect(r.summary).toContain('does not apply');
    },
  );

  it('fails any other code and shows it in hex', async () => {
    const r = await install(-2147024891);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('0x80070005');
  });

  it.each([740, -2147024891, 2147942405])(
    'answers "run the app as administrator" for %i (elevation required, access denied), never the raw code alone',
    async (code) => {
      const r = await install(code);
      expect(r.status).toBe('fail');
      expect(r.summary).toMatch(/^The update was not installed: the app is not running as administrator/);
      expect(r.details.needsElevation).toBe(true);
      expect(r.remediation.join(' ')).toContain('Run as administrator');
    },
  );

  it.each([-2147023838, 2147943458])(
    'reads %i (0x80070422) as the Windows Update service being disabled',
    async (code) => {
      const r = await install(code);
      expect(r.status).toBe('fail');
      expect(r.summary).toContain('the Windows Update service is disabled');
      expect(r.summary).toContain('0x80070422');
      expect(r.remediation.join(' ')).toMatch(/wuauserv/);
    },
  );

  it('reports a hung wusa as an error', async () => {
    const r = await runStep(updateInstallStep, {
      inputs: { updatePackage: PACKAGE },
      probes: [{ probe: 'update.install', args: { path: PACKAGE }, result: timedOut(1800000) }],
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('timed out after 1800s');
  });
});
