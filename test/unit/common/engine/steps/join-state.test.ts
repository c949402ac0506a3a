import { describe, expect, it } from 'vitest';
import { joinStateStep } from '../../../../../common/engine/steps/join-state.js';
import { native, runStep, text } from './harness.js';

const dsregcmd = (stdout: string, exitCode = 0) =>
  runStep(joinStateStep, { probes: [{ probe: 'join.dsregcmd', result: text(stdout, exitCode) }] });

describe('join-state', () => {
  it('passes a hybrid Azure AD joined device and keeps the domain name as printed', async () => {
    const r = await dsregcmd(native('dsregcmd/hybrid-joined.txt'));
    expect(r.status).toBe('pass');
    expect(r.details).toEqual({ azureAdJoined: true, domainJoined: true, domainName: 'CONTOSO' });
  });

  it('warns when the device is domain joined but hybrid registration is pending', async () => {
    const r = await dsregcmd(native('dsregcmd/hybrid-pending.txt'));
    expect(r.status).toBe('warn');
    expect(r.details).toMatchObject({ azureAdJoined: false, domainJoined: true });
  });

  it('fails a workgroup device', async () => {
    const r = await dsregcmd(native('dsregcmd/workgroup.txt'));
    expect(r.status).toBe('fail');
    expect(r.details).toMatchObject({ domainJoined: false, domainName: null });
  });

  it('fails an Azure AD joined device that is not in the domain', async () => {
    const r = await dsregcmd(native('dsregcmd/azuread-joined.txt'));
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('Azure AD joined only');
  });

  it('reads a German device (JA/NEIN values)', async () => {
    expect((await dsregcmd(native('dsregcmd/hybrid-joined-de.txt'))).status).toBe('pass');
  });

  it('does not guess from output it does not understand', async () => {
    const r = await dsregcmd("'dsregcmd' is not recognized as an internal or external command", 1);
    expect(r.status).toBe('error');
    expect(r.details.raw).toContain('not recognized');
  });
});
