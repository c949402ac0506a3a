import { describe, expect, it } from 'vitest';
import { parseDsregcmdStatus } from '../../../../../common/engine/parsers/dsregcmd.js';
import { nativeFixture } from './native-fixture.js';

describe('dsregcmd /status', () => {
  it('reads a hybrid Azure AD joined device with its domain, device id and tenant', () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/hybrid-joined.txt'))).toEqual({
      ok: true,
      value: {
        azureAdJoined: true,
        domainJoined: true,
        domainName: 'CONTOSO',
        enterpriseJoined: false,
        deviceId: '5a3e3c1b-7f52-4c1e-9d6a-2b9f0c8e4d11',
        tenantName: 'Contoso',
      },
    });
  });

  it('reads a domain joined device whose hybrid registration is still pending', () => {
    const outcome = parseDsregcmdStatus(nativeFixture('dsregcmd/hybrid-pending.txt'));
    expect(outcome).toMatchObject({
      ok: true,
      value: { azureAdJoined: false, domainJoined: true, domainName: 'CONTOSO' },
    });
    if (outcome.ok) {
      expect(outcome.value.deviceId).toBeNull();
      expect(outcome.value.tenantName).toBeNull();
    }
  });

  it('reads a workgroup device as not joined, with no domain name', () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/workgroup.txt'))).toMatchObject({
      ok: true,
      value: { azureAdJoined: false, domainJoined: false, domainName: null, enterpriseJoined: false },
    });
  });

  it('reads an Azure AD only device as joined to Azure AD but not to a domain', () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/azuread-joined.txt'))).toMatchObject({
      ok: true,
      value: { azureAdJoined: true, domainJoined: false, domainName: null, tenantName: 'Contoso' },
    });
  });

  it.each(['de', 'fr', 'es'])('reads the translated yes/no values of a %s Windows', (language) => {
    expect(parseDsregcmdStatus(nativeFixture(`dsregcmd/hybrid-joined-${language}.txt`))).toMatchObject({
      ok: true,
      value: { azureAdJoined: true, domainJoined: true, enterpriseJoined: false, domainName: 'CONTOSO' },
    });
  });

  it('ignores a byte order mark and CRLF line ends', () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/hybrid-joined-bom.txt'))).toMatchObject({
      ok: true,
      value: { azureAdJoined: true, domainJoined: true, domainName: 'CONTOSO' },
    });
  });

  it('reads values without the column padding and with trailing spaces', () => {
    const outcome = parseDsregcmdStatus('AzureAdJoined : YES   \nDomainJoined:NO\nDomainName :   \n');
    expect(outcome).toEqual({
      ok: true,
      value: {
        azureAdJoined: true,
        domainJoined: false,
        domainName: null,
        enterpriseJoined: null,
        deviceId: null,
        tenantName: null,
      },
    });
  });

  it('says empty output cannot be read instead of treating it as not joined', () => {
    expect(parseDsregcmdStatus('')).toEqual({ ok: false, reason: 'dsregcmd /status printed nothing' });
    expect(parseDsregcmdStatus('  \r\n ')).toMatchObject({ ok: false });
  });

  it('rejects output without the join lines, quoting what was printed', () => {
    const outcome = parseDsregcmdStatus("'dsregcmd' is not recognized as an internal or external command");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toContain('AzureAdJoined');
    if (!outcome.ok) expect(outcome.reason).toContain('not recognized');
  });

  it('refuses to guess when a join value is in a language it does not know', () => {
    const outcome = parseDsregcmdStatus('AzureAdJoined : TAK\nDomainJoined : TAK\n');
    expect(outcome).toEqual({
      ok: false,
      reason: 'AzureAdJoined has the value "TAK", which is neither yes nor no',
    });
  });

  it('does not let a later section with the same field name override the device state', () => {
    const text = `${nativeFixture('dsregcmd/hybrid-joined.txt')}\r\n          DomainJoined : NO\r\n`;
    expect(parseDsregcmdStatus(text)).toMatchObject({ ok: true, value: { domainJoined: true } });
  });
});
