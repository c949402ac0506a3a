/** The scp step's verdicts over recorded-shape probe results, through the real scheduler (issue 17a). */
import { describe, expect, it } from 'vitest';
import { scpStep } from '../../../../../common/engine/steps/scp.js';
import { json, runStep, settled, type Entry } from './harness.js';

const CONTOSO = '72f988bf-0000-4e6d-9a1c-2b3c4d5e6f70';
const FABRIKAM = 'a3c4e5f6-1b2d-4c8e-9f0a-6b7c8d9e0f12';
const DOMAIN = { domain: 'corp.contoso.com' };
const dcUp = settled('dc-over-vpn', 'pass', { domain: 'corp.contoso.com' });

const registry = (values: Record<string, string> | null): Entry => ({
  probe: 'scp.registry',
  result: json({ Path: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD', Values: values }),
});
const inDomain = (keywords: string[] | null): Entry => ({
  probe: 'scp.domain',
  args: DOMAIN,
  result: json({ Domain: 'corp.contoso.com', Found: keywords !== null, Keywords: keywords ?? [] }),
});
const signedIn = (tenantId: string): Entry => ({
  probe: 'tenant.signedIn',
  result: json({ tenantId, username: 'ana.lopez@contoso.com' }),
});
const contosoScp = ['azureADName:contoso.com', `azureADId:${CONTOSO}`];

describe('scp step', () => {
  it.each([
    [
      'domain SCP names the signed-in tenant',
      [registry(null), inDomain(contosoScp), signedIn(CONTOSO)],
      'pass',
      'which is the signed-in tenant',
    ],
    [
      'client-side SCP alone, VPN down',
      [registry({ TenantId: CONTOSO, TenantName: 'contoso.com' })],
      'pass',
      'sign in to compare',
    ],
    [
      'no SCP anywhere',
      [registry(null), inDomain(null)],
      'fail',
      'No service connection point names a tenant',
    ],
    [
      'SCP object without keywords',
      [registry(null), inDomain([])],
      'fail',
      'has no azureADId/azureADName keywords',
    ],
    [
      'client-side and domain disagree',
      [registry({ TenantId: FABRIKAM, TenantName: 'fabrikam.com' }), inDomain(contosoScp)],
      'warn',
      'the device uses the client-side one',
    ],
    [
      'domain SCP names another tenant than the signed-in one',
      [registry(null), inDomain(contosoScp), signedIn(FABRIKAM)],
      'warn',
      'not the signed-in tenant',
    ],
  ])('%s → %s', async (_name, probes, status, words) => {
    const vpnUp = probes.some((p) => p.probe === 'scp.domain');
    const result = await runStep(scpStep, { probes, previous: vpnUp ? [dcUp] : [] });
    expect(result.status).toBe(status);
    expect(result.summary).toContain(words);
    if (status !== 'pass') expect(result.remediation.length).toBeGreaterThan(0);
  });

  it('falls back to the Autopilot tenant when signed out', async () => {
    const autopilot: Entry = {
      probe: 'autopilot.profile',
      result: json({
        registry: null,
        ztdFile: { CloudAssignedTenantId: CONTOSO, CloudAssignedTenantDomain: 'contoso.onmicrosoft.com' },
      }),
    };
    const result = await runStep(scpStep, {
      probes: [registry({ TenantId: FABRIKAM, TenantName: 'fabrikam.com' }), autopilot],
    });
    expect(result.status).toBe('warn');
    expect(result.summary).toContain('not the Autopilot tenant contoso.onmicrosoft.com');
  });

  it('is skipped, without counting against the verdict, when an older recording has no SCP reads', async () => {
    const result = await runStep(scpStep, { previous: [dcUp] });
    expect(result).toMatchObject({ status: 'skip', details: { reason: 'not-recorded' } });
  });

  it('waits for the VPN when the device has no client-side SCP', async () => {
    const result = await runStep(scpStep, { probes: [registry(null)] });
    expect(result.status).toBe('blocked');
    expect(result.summary).toContain('VPN up');
  });

  it('turns a domain that did not answer into an error naming the probe', async () => {
    const failed: Entry = {
      probe: 'scp.domain',
      args: DOMAIN,
      result: {
        exitCode: 3,
        stdout: '',
        stderr: 'The domain corp.contoso.com did not answer over LDAP',
        durationMs: 5,
        timedOut: false,
      },
    };
    const result = await runStep(scpStep, { probes: [registry(null), failed], previous: [dcUp] });
    expect(result.status).toBe('error');
    expect(result.summary).toContain('scp.domain');
  });
});
