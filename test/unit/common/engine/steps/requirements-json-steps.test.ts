import { describe, expect, it } from 'vitest';
import { autopilotProfileStep } from '../../../../../common/engine/steps/autopilot-profile.js';
import { mdmEnrollmentStep } from '../../../../../common/engine/steps/mdm-enrollment.js';
import { proxyStep } from '../../../../../common/engine/steps/proxy.js';
import { json, native, runStep, text } from './harness.js';

const intune = {
  EnrollmentId: 'A1',
  ProviderID: 'MS DM Server',
  UPN: 'ana@contoso.com',
  EnrollmentState: 1,
  EnrollmentType: 6,
};

describe('mdm-enrollment', () => {
  const enrollments = (result: ReturnType<typeof json>) =>
    runStep(mdmEnrollmentStep, { probes: [{ probe: 'mdm.enrollments', result }] });

  it('passes when an enrollment has the Intune provider "MS DM Server"', async () => {
    const r = await enrollments(json([{ ...intune, ProviderID: 'SCCM' }, intune]));
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('ana@contoso.com');
  });

  it('reads a single enrollment that Windows PowerShell printed as an object, not an array', async () => {
    expect((await enrollments(json(intune))).status).toBe('pass');
  });

  it('fails when only another MDM provider is present and says which', async () => {
    const r = await enrollments(json([{ ...intune, ProviderID: 'AirWatchMDM' }]));
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('AirWatchMDM');
  });

  it('fails with no enrollment at all, printed as [] or as nothing', async () => {
    expect((await enrollments(json([]))).status).toBe('fail');
    expect((await enrollments(text(''))).status).toBe('fail');
  });
});

describe('autopilot-profile', () => {
  const profile = (value: unknown) =>
    runStep(autopilotProfileStep, { probes: [{ probe: 'autopilot.profile', result: json(value) }] });
  const ztd = (join: unknown, skip?: unknown) => ({
    registry: { CloudAssignedDomainJoinMethod: 1 },
    ztdFile: {
      CloudAssignedDomainJoinMethod: join,
      ...(skip === undefined ? {} : { HybridJoinSkipDCConnectivityCheck: skip }),
    },
  });

  it('passes a hybrid join profile with "Skip domain connectivity check"', async () => {
    const r = await profile(ztd(1, 1));
    expect(r.status).toBe('pass');
    expect(r.details).toMatchObject({ joinMethod: 'hybrid', skipConnectivityCheck: true });
  });

  it('warns for a hybrid join profile without the skip flag', async () => {
    const r = await profile(ztd(1));
    expect(r.status).toBe('warn');
    expect(r.details).toMatchObject({ joinMethod: 'hybrid', skipConnectivityCheck: false });
    expect(r.remediation.join(' ')).toContain('Skip AD connectivity check');
  });

  it('fails an Azure AD join only profile', async () => {
    const r = await profile(ztd(0, 1));
    expect(r.status).toBe('fail');
    expect(r.details).toMatchObject({ joinMethod: 'azureAd' });
  });

  it('accepts the flags written as strings', async () => {
    expect((await profile(ztd('1', '1'))).status).toBe('pass');
  });

  it('falls back to the registry and warns that the skip flag cannot be confirmed', async () => {
    const r = await profile({ registry: { CloudAssignedDomainJoinMethod: 1 }, ztdFile: null });
    expect(r.status).toBe('warn');
    expect(r.details).toMatchObject({ joinMethod: 'hybrid', skipConnectivityCheck: null });
    expect(r.summary).toContain('cannot be confirmed');
  });

  it('fails from the registry when it says Azure AD join only', async () => {
    expect((await profile({ registry: { CloudAssignedDomainJoinMethod: 0 }, ztdFile: null })).status).toBe(
      'fail',
    );
  });

  it('warns that no profile was downloaded when neither source exists', async () => {
    const r = await profile({ registry: null, ztdFile: null });
    expect(r.status).toBe('warn');
    expect(r.details).toEqual({ joinMethod: null, skipConnectivityCheck: null, source: null });
  });

  it('does not guess an unknown join method', async () => {
    expect((await profile(ztd(7, 1))).status).toBe('error');
  });
});

describe('proxy', () => {
  const proxy = (stdout: string) =>
    runStep(proxyStep, { probes: [{ probe: 'proxy.winhttp', result: text(stdout) }] });

  it('passes direct access, in English and in German', async () => {
    expect((await proxy(native('netsh/direct-en.txt'))).status).toBe('pass');
    expect((await proxy(native('netsh/direct-de.txt'))).status).toBe('pass');
  });

  it('warns about a static WinHTTP proxy and names it', async () => {
    const r = await proxy(native('netsh/proxy-en.txt'));
    expect(r.status).toBe('warn');
    expect(r.details).toMatchObject({ mode: 'proxy', server: 'proxy.corp.contoso.com:8080' });
    expect(r.remediation.join(' ')).toContain('WPAD');
  });

  it('is an error when netsh printed something else', async () => {
    const r = await proxy(native('netsh/command-not-found.txt'));
    expect(r.status).toBe('error');
    expect(r.details.raw).toBeTruthy();
  });
});
