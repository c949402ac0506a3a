import { describe, expect, it } from 'vitest';
import { parseWinhttpProxy } from '../../../../../common/engine/parsers/netsh-proxy.js';
import { nativeFixture } from './native-fixture.js';

describe('netsh winhttp show proxy', () => {
  it.each(['en', 'de', 'fr', 'es'])('reads direct access (no WinHTTP proxy) on a %s Windows', (language) => {
    expect(parseWinhttpProxy(nativeFixture(`netsh/direct-${language}.txt`))).toEqual({
      ok: true,
      value: { mode: 'direct' },
    });
  });

  it('reads a static proxy and its bypass list', () => {
    expect(parseWinhttpProxy(nativeFixture('netsh/proxy-en.txt'))).toEqual({
      ok: true,
      value: { mode: 'proxy', server: 'proxy.corp.contoso.com:8080', bypass: '<local>;*.corp.contoso.com' },
    });
  });

  it('reads a per-scheme proxy list with an empty bypass list as no bypass', () => {
    expect(parseWinhttpProxy(nativeFixture('netsh/proxy-no-bypass-en.txt'))).toEqual({
      ok: true,
      value: {
        mode: 'proxy',
        server: 'http=proxy.corp.contoso.com:8080;https=proxy.corp.contoso.com:8443',
        bypass: null,
      },
    });
  });

  it('reads a static proxy from German and French labels', () => {
    expect(parseWinhttpProxy(nativeFixture('netsh/proxy-de.txt'))).toEqual({
      ok: true,
      value: { mode: 'proxy', server: 'proxy.corp.contoso.com:8080', bypass: '<local>' },
    });
    expect(parseWinhttpProxy(nativeFixture('netsh/proxy-fr.txt'))).toEqual({
      ok: true,
      value: { mode: 'proxy', server: 'proxy.corp.contoso.com:8080', bypass: null },
    });
  });

  it("does not mistake netsh's own error message for a proxy setting", () => {
    const outcome = parseWinhttpProxy(nativeFixture('netsh/command-not-found.txt'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toContain('The following command was not found');
  });

  it('says empty output cannot be read', () => {
    expect(parseWinhttpProxy('\r\n')).toEqual({
      ok: false,
      reason: 'netsh winhttp show proxy printed nothing',
      // Said by id too, so the verdict is read in the technician's language.
      said: { id: 'engine.commandPrintedNothing', params: { command: 'netsh winhttp show proxy' } },
    });
  });

  it('refuses a direct-access sentence in a language it does not know rather than guessing', () => {
    const outcome = parseWinhttpProxy(
      'Bieżące ustawienia serwera proxy WinHTTP:\r\n\r\n    Dostęp bezpośredni (bez serwera proxy).\r\n',
    );
    expect(outcome.ok).toBe(false);
  });
});
