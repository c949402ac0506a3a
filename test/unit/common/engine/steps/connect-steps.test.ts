import { describe, expect, it } from 'vitest';
import { dcOverVpnStep } from '../../../../../common/engine/steps/dc-over-vpn.js';
import { vpnConnectStep } from '../../../../../common/engine/steps/vpn-connect.js';
import { vpnDisconnectStep } from '../../../../../common/engine/steps/vpn-disconnect.js';
import { json, native, runStep, settled, text, timedOut } from './harness.js';

const profileOk = settled('vpn-profile', 'pass', { usable: ['Contoso VPN'] });

describe('vpn-connect', () => {
  it('passes when rasdial exits 0', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [profileOk],
      probes: [
        {
          probe: 'vpn.connect',
          args: { name: 'Contoso VPN' },
          result: text(native('rasdial/connect-success.txt')),
        },
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.details).toEqual({ errorCode: 0, connection: 'Contoso VPN' });
  });

  it('shows the RAS 809 meaning and fix when the VPN server does not answer', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [profileOk],
      inputs: { vpnConnection: 'Contoso VPN' },
      probes: [
        {
          probe: 'vpn.connect',
          args: { name: 'Contoso VPN' },
          result: text(native('rasdial/connect-809.txt'), 809),
        },
      ],
    });
    expect(r.status).toBe('fail');
    expect(r.details).toMatchObject({ errorCode: 809, connection: 'Contoso VPN' });
    expect(r.summary).toContain('809');
    expect(r.remediation.length).toBeGreaterThan(0);
  });

  const profileWith = (AuthenticationMethod: string[], EapConfigXml: string | null = null) => ({
    probe: 'vpn.connections',
    result: json([
      {
        Name: 'Contoso VPN',
        AllUserConnection: true,
        TunnelType: 'Ikev2',
        AuthenticationMethod,
        EapConfigXml,
        PluginApplicationID: null,
      },
    ]),
  });
  const dial = (code: number, file: string) => ({
    probe: 'vpn.connect',
    args: { name: 'Contoso VPN' },
    result: text(native(`rasdial/${file}`), code),
  });

  it.each([
    [703, 'connect-703.txt'],
    [691, 'connect-691.txt'],
  ])(
    'asks to test at the logon screen when a user-name-and-password profile gives %i, never "the VPN fails"',
    async (code, file) => {
      const r = await runStep(vpnConnectStep, {
        previous: [profileOk],
        probes: [dial(code, file), profileWith(['MSChapv2'])],
      });
      expect(r.status).toBe('manual');
      expect(r.summary).toMatch(/^This profile needs credentials at the logon screen: test it there/);
      expect(r.details).toMatchObject({ errorCode: code, connection: 'Contoso VPN', needsCredentials: true });
    },
  );

  it('still fails 691 for a profile that signs in with the machine certificate', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [profileOk],
      probes: [dial(691, 'connect-691.txt'), profileWith(['MachineCertificate'])],
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('691');
  });

  it('reads 809 from an exit code a recorder kept as an HRESULT (0x80070329)', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [profileOk],
      inputs: { vpnConnection: 'Contoso VPN' },
      probes: [
        {
          probe: 'vpn.connect',
          args: { name: 'Contoso VPN' },
          result: text(native('rasdial/connect-809.txt'), -2147024087),
        },
      ],
    });
    expect(r.status).toBe('fail');
    expect(r.details).toMatchObject({ errorCode: 809, errorName: 'ERROR_VPN_TIMEOUT' });
    expect(r.summary).toContain('error 809 ');
  });

  it('dials the connection the technician named', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [settled('vpn-profile', 'pass', { usable: ['A', 'B'] })],
      inputs: { vpnConnection: 'B' },
      probes: [
        { probe: 'vpn.connect', args: { name: 'B' }, result: text('Command completed successfully.') },
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.args).toEqual({ name: 'B' });
  });

  it('is blocked when several connections exist and none was chosen', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [settled('vpn-profile', 'pass', { usable: ['A', 'B'] })],
    });
    expect(r.status).toBe('blocked');
    expect(r.summary).toContain('choose');
  });

  it('is blocked when the VPN profile step did not pass', async () => {
    expect((await runStep(vpnConnectStep, { previous: [settled('vpn-profile', 'fail')] })).status).toBe(
      'blocked',
    );
  });

  it('reports a connect that never returned as an error, not a RAS failure', async () => {
    const r = await runStep(vpnConnectStep, {
      previous: [profileOk],
      probes: [{ probe: 'vpn.connect', args: { name: 'Contoso VPN' }, result: timedOut(120000) }],
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('timed out after 120s');
  });
});

describe('dc-over-vpn', () => {
  const connected = settled('vpn-connect', 'pass', { errorCode: 0, connection: 'Contoso VPN' });

  it('passes when nltest finds a domain controller', async () => {
    const r = await runStep(dcOverVpnStep, {
      previous: [connected],
      inputs: { domain: 'corp.contoso.com' },
      probes: [
        {
          probe: 'dc.locate',
          args: { domain: 'corp.contoso.com' },
          result: text(native('nltest/found.txt')),
        },
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.details).toMatchObject({ dc: 'DC01.corp.contoso.com' });
  });

  it('fails with ERROR_NO_SUCH_DOMAIN', async () => {
    const r = await runStep(dcOverVpnStep, {
      previous: [connected],
      inputs: { domain: 'corp.contoso.com' },
      probes: [
        {
          probe: 'dc.locate',
          args: { domain: 'corp.contoso.com' },
          result: text(native('nltest/no-such-domain.txt'), 1355),
        },
      ],
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('ERROR_NO_SUCH_DOMAIN');
  });

  it("uses join-state's domain name when no domain was typed", async () => {
    const r = await runStep(dcOverVpnStep, {
      previous: [connected, settled('join-state', 'pass', { domainName: 'CONTOSO' })],
      probes: [{ probe: 'dc.locate', args: { domain: 'CONTOSO' }, result: text(native('nltest/found.txt')) }],
    });
    expect(r.status).toBe('pass');
  });

  it('is blocked when no domain is known', async () => {
    const r = await runStep(dcOverVpnStep, {
      previous: [connected, settled('join-state', 'fail', { domainName: null })],
    });
    expect(r.status).toBe('blocked');
    expect(r.summary).toContain('domain');
  });

  it('is blocked when the VPN did not connect', async () => {
    const r = await runStep(dcOverVpnStep, {
      previous: [settled('vpn-connect', 'fail')],
      inputs: { domain: 'corp.contoso.com' },
    });
    expect(r.status).toBe('blocked');
  });
});

describe('vpn-disconnect', () => {
  it('passes when rasdial /disconnect exits 0, for the connection that was dialled', async () => {
    const r = await runStep(vpnDisconnectStep, {
      previous: [settled('vpn-connect', 'pass', { errorCode: 0, connection: 'Contoso VPN' })],
      probes: [
        {
          probe: 'vpn.disconnect',
          args: { name: 'Contoso VPN' },
          result: text(native('rasdial/disconnect-success.txt')),
        },
      ],
    });
    expect(r.status).toBe('pass');
  });

  it('fails with the code when the disconnect fails', async () => {
    const r = await runStep(vpnDisconnectStep, {
      previous: [settled('vpn-connect', 'pass', { errorCode: 0, connection: 'Contoso VPN' })],
      probes: [
        {
          probe: 'vpn.disconnect',
          args: { name: 'Contoso VPN' },
          result: text(native('rasdial/disconnect-not-connected.txt'), 623),
        },
      ],
    });
    expect(r.status).toBe('fail');
    expect(r.details.errorCode).toBe(623);
  });

  it('is blocked when the VPN was not connected', async () => {
    expect((await runStep(vpnDisconnectStep, { previous: [settled('vpn-connect', 'blocked')] })).status).toBe(
      'blocked',
    );
  });
});
