import { describe, expect, it } from 'vitest';
import { parseRasdialConnect, parseRasdialDisconnect } from '../../../../../common/engine/parsers/rasdial.js';
import { nativeFixture, probeResult } from './native-fixture.js';

describe('rasdial connect', () => {
  it('reports a successful connection with what rasdial printed last', () => {
    expect(parseRasdialConnect(probeResult(nativeFixture('rasdial/connect-success.txt'), 0))).toEqual({
      connected: true,
      errorCode: null,
      message: 'Command completed successfully.',
    });
  });

  it('reports RAS error 809 with the message Windows printed', () => {
    const outcome = parseRasdialConnect(probeResult(nativeFixture('rasdial/connect-809.txt'), 809));
    expect(outcome.connected).toBe(false);
    expect(outcome.errorCode).toBe(809);
    expect(outcome.message).toMatch(
      /^The network connection between your computer and the VPN server could not be established/,
    );
    expect(outcome.message).not.toContain('hh netcfg.chm');
  });

  it.each(['de', 'fr'])('reads the translated 809 message of a %s Windows', (language) => {
    const outcome = parseRasdialConnect(
      probeResult(nativeFixture(`rasdial/connect-809-${language}.txt`), 809),
    );
    expect(outcome.errorCode).toBe(809);
    expect(outcome.message).toMatch(language === 'de' ? /^Die Netzwerkverbindung/ : /^La connexion réseau/);
  });

  it.each([
    ['connect-691.txt', 691, /user name and password/],
    ['connect-703.txt', 703, /does not allow user interaction/],
    ['connect-13801.txt', 13801, /IKE authentication credentials are unacceptable/],
  ])('reads %s as RAS error %i', (file, code, message) => {
    const outcome = parseRasdialConnect(probeResult(nativeFixture(`rasdial/${file}`), code));
    expect(outcome).toMatchObject({ connected: false, errorCode: code });
    expect(outcome.message).toMatch(message);
  });

  it('trusts the exit code over the text: success text with a failing code is a failure', () => {
    const outcome = parseRasdialConnect(probeResult(nativeFixture('rasdial/connect-success.txt'), 623));
    expect(outcome).toMatchObject({ connected: false, errorCode: 623 });
  });

  it('trusts the exit code over the text: an error line with exit code 0 is a connection', () => {
    expect(parseRasdialConnect(probeResult(nativeFixture('rasdial/connect-809.txt'), 0)).connected).toBe(
      true,
    );
  });

  it('keeps the code when rasdial printed nothing', () => {
    expect(parseRasdialConnect(probeResult('', 809))).toEqual({
      connected: false,
      errorCode: 809,
      message: null,
    });
  });

  it('reads a code recorded as an unsigned 32-bit value', () => {
    expect(parseRasdialConnect(probeResult('', -1)).errorCode).toBe(4294967295);
  });

  it('reports a timeout as not connected without inventing an error code', () => {
    expect(parseRasdialConnect(probeResult('Connecting to Contoso VPN...', 0, { timedOut: true }))).toEqual({
      connected: false,
      errorCode: null,
      message: 'rasdial did not finish before the timeout',
    });
  });
});

describe('rasdial disconnect', () => {
  it('reports a clean disconnect', () => {
    expect(parseRasdialDisconnect(probeResult(nativeFixture('rasdial/disconnect-success.txt'), 0))).toEqual({
      connected: false,
      errorCode: null,
      message: 'Command completed successfully.',
    });
  });

  it('reports a failed disconnect with its code and message', () => {
    expect(
      parseRasdialDisconnect(probeResult(nativeFixture('rasdial/disconnect-not-connected.txt'), 623)),
    ).toEqual({ connected: true, errorCode: 623, message: 'You are not connected to Contoso VPN.' });
  });
});
