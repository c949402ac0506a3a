import { describe, expect, it } from 'vitest';
import { parseDsregcmdStatus } from '../../../../../common/engine/parsers/dsregcmd.js';
import { nativeFixture } from './native-fixture.js';

// Published outputs, not reconstructions: see the "Real published samples" part of SOURCES.md.
describe('dsregcmd /status on real published outputs', () => {
  it("reads Microsoft's documented hybrid joined sample, domain HYBRIDADFS, tenant HybridADFS", () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/real-hybrid-joined-msdocs.txt'))).toEqual({
      ok: true,
      value: {
        azureAdJoined: true,
        domainJoined: true,
        domainName: 'HYBRIDADFS',
        enterpriseJoined: false,
        deviceId: 'e92325d0-xxxx-xxxx-xxxx-94ae875dxxxx',
        tenantName: 'HybridADFS',
      },
    });
  });

  it('reads a device left by dsregcmd /leave (JumpCloud issue 86) as joined to nothing', () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/real-workgroup-jumpcloud-86.txt'))).toEqual({
      ok: true,
      value: {
        azureAdJoined: false,
        domainJoined: false,
        domainName: null,
        enterpriseJoined: false,
        deviceId: null,
        tenantName: null,
      },
    });
  });

  it('reads an Azure AD joined lab device as not domain joined, so not hybrid', () => {
    expect(parseDsregcmdStatus(nativeFixture('dsregcmd/real-azuread-joined-lab.txt'))).toEqual({
      ok: true,
      value: {
        azureAdJoined: true,
        domainJoined: false,
        domainName: null,
        enterpriseJoined: false,
        deviceId: '11111111-2222-3333-4444-555555555555',
        tenantName: 'Default Directory',
      },
    });
  });
});
