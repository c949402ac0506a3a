import { describe, expect, it } from 'vitest';
import { parseRasdialConnect } from '../../../../../common/engine/parsers/rasdial.js';
import { nativeFixture, probeResult } from './native-fixture.js';

// Published outputs, not reconstructions: see the "Real published samples" part of SOURCES.md.
describe('rasdial connect on real published outputs', () => {
  it('reports RAS error 800 with the whole message and without the help trailer or progress lines', () => {
    expect(
      parseRasdialConnect(probeResult(nativeFixture('rasdial/real-connect-800-cve-2020-0668.txt'), 800)),
    ).toEqual({
      connected: false,
      errorCode: 800,
      message:
        'The remote connection was not made because the attempted VPN tunnels failed. The VPN server might ' +
        'be unreachable. If this connection is attempting to use an L2TP/IPsec tunnel, the security ' +
        'parameters required for IPsec negotiation might not be configured properly.',
    });
  });
});
