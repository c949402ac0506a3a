import { describe, expect, it } from 'vitest';
import { parseWinhttpProxy } from '../../../../../common/engine/parsers/netsh-proxy.js';
import { nativeFixture } from './native-fixture.js';

// Published outputs, not reconstructions: see the "Real published samples" part of SOURCES.md.
describe('netsh winhttp show proxy on real published outputs', () => {
  it('reads the English output after `netsh winhttp set proxy testProxy:8999` as that proxy, no bypass', () => {
    expect(parseWinhttpProxy(nativeFixture('netsh/real-proxy-en-set.txt'))).toEqual({
      ok: true,
      value: { mode: 'proxy', server: 'testProxy:8999', bypass: null },
    });
  });

  // Japanese Windows translates every label, "proxy" included (プロキシ).
  it('reads a Japanese "direct access (no proxy server)" answer as direct access', () => {
    expect(parseWinhttpProxy(nativeFixture('netsh/real-direct-ja.txt'))).toEqual({
      ok: true,
      value: { mode: 'direct' },
    });
  });

  it('reads a Japanese answer naming proxy 1.2.3.4:5678 with an empty bypass list', () => {
    expect(parseWinhttpProxy(nativeFixture('netsh/real-proxy-ja.txt'))).toEqual({
      ok: true,
      value: { mode: 'proxy', server: '1.2.3.4:5678', bypass: null },
    });
  });
});
