import { describe, expect, it } from 'vitest';
import { parseNltestDsgetdc } from '../../../../../common/engine/parsers/nltest.js';
import { nativeFixture, probeResult } from './native-fixture.js';

// Published outputs, not reconstructions: see the "Real published samples" part of SOURCES.md.
describe('nltest /dsgetdc on real published outputs', () => {
  it('finds DC01.example.com at 192.168.1.10 in a published successful lookup', () => {
    expect(parseNltestDsgetdc(probeResult(nativeFixture('nltest/real-found-howto.txt'), 0))).toEqual({
      ok: true,
      value: {
        found: true,
        dc: 'DC01.example.com',
        address: '192.168.1.10',
        domain: 'example.com',
        errorName: null,
        errorCode: null,
      },
    });
  });

  it.each([1355, 1])(
    'reads the published ERROR_NO_SUCH_DOMAIN line as "no domain controller" (exit code %i)',
    (exitCode) => {
      expect(
        parseNltestDsgetdc(probeResult(nativeFixture('nltest/real-no-such-domain-auth0.txt'), exitCode)),
      ).toEqual({
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
    },
  );
});
