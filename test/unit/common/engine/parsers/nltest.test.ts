import { describe, expect, it } from 'vitest';
import { parseNltestDsgetdc } from '../../../../../common/engine/parsers/nltest.js';
import { nativeFixture, probeResult } from './native-fixture.js';

describe('nltest /dsgetdc', () => {
  it('finds the domain controller, its address and domain', () => {
    expect(parseNltestDsgetdc(probeResult(nativeFixture('nltest/found.txt'), 0))).toEqual({
      ok: true,
      value: {
        found: true,
        dc: 'DC01.corp.contoso.com',
        address: '10.20.0.10',
        domain: 'corp.contoso.com',
        errorName: null,
        errorCode: null,
      },
    });
  });

  it('finds the domain controller on a German Windows, where only the closing sentence is translated', () => {
    expect(parseNltestDsgetdc(probeResult(nativeFixture('nltest/found-de.txt'), 0))).toMatchObject({
      ok: true,
      value: { found: true, dc: 'DC01.corp.contoso.com' },
    });
  });

  it('reports ERROR_NO_SUCH_DOMAIN (1355) when no domain controller answers over the VPN', () => {
    expect(parseNltestDsgetdc(probeResult(nativeFixture('nltest/no-such-domain.txt'), 1355))).toEqual({
      ok: true,
      value: {
        found: false,
        dc: null,
        address: null,
        domain: null,
        errorName: 'ERROR_NO_SUCH_DOMAIN',
        errorCode: 1355,
      },
    });
  });

  it('reads the status token from a French failure line', () => {
    expect(
      parseNltestDsgetdc(probeResult(nativeFixture('nltest/no-such-domain-fr.txt'), 1355)),
    ).toMatchObject({
      ok: true,
      value: { found: false, errorName: 'ERROR_NO_SUCH_DOMAIN', errorCode: 1355 },
    });
  });

  it('reports ERROR_NO_LOGON_SERVERS even when the wrapper lost the exit code', () => {
    expect(parseNltestDsgetdc(probeResult(nativeFixture('nltest/no-logon-servers.txt'), 0))).toMatchObject({
      ok: true,
      value: { found: false, errorName: 'ERROR_NO_LOGON_SERVERS', errorCode: 1311 },
    });
  });

  it('names a failure from its exit code alone when nltest printed nothing', () => {
    expect(parseNltestDsgetdc(probeResult('', 1355))).toMatchObject({
      ok: true,
      value: { found: false, errorName: 'ERROR_NO_SUCH_DOMAIN', errorCode: 1355 },
    });
  });

  it('reads the failure line when it arrives on stderr', () => {
    const result = probeResult('', 1355, {
      stderr: 'Getting DC name failed: Status = 1355 0x54b ERROR_NO_SUCH_DOMAIN\r\n',
    });
    expect(parseNltestDsgetdc(result)).toMatchObject({ ok: true, value: { found: false, errorCode: 1355 } });
  });

  it('says empty output with a success exit code cannot be read', () => {
    expect(parseNltestDsgetdc(probeResult('', 0))).toEqual({
      ok: false,
      reason: 'nltest /dsgetdc printed nothing and exited with 0',
      said: { id: 'engine.commandPrintedNothingExitZero', params: { command: 'nltest /dsgetdc' } },
    });
  });

  it('refuses contradictory output: a domain controller named but a failing exit code', () => {
    const outcome = parseNltestDsgetdc(probeResult(nativeFixture('nltest/found.txt'), 1));
    expect(outcome.ok).toBe(false);
  });

  it('reports a timed-out probe as not understood rather than as no domain controller', () => {
    expect(parseNltestDsgetdc(probeResult('', 0, { timedOut: true }))).toEqual({
      ok: false,
      reason: 'nltest /dsgetdc did not finish before the timeout',
    });
  });
});
