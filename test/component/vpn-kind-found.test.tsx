import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adaptedInstructions, VpnKindFound } from '../../renderer/steps/vpn-kind-found.js';

describe('VpnKindFound', () => {
  it('names a third-party client, its version and pre-logon state, and the steps that do not apply', () => {
    render(
      <VpnKindFound
        details={{
          kind: 'third-party',
          connection: null,
          client: { id: 'forticlient', name: 'Fortinet FortiClient', version: '7.2.4', prelogon: 'disabled' },
        }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Kind of VPN found' });
    expect(region).toHaveTextContent(
      'Third-party VPN client: Fortinet FortiClient 7.2.4 — cannot connect before sign-in',
    );
    expect(region).toHaveTextContent(
      'Does not apply to this kind: “A per-machine VPN connection exists”, “Machine certificate for the VPN”, “Disconnect the VPN”.',
    );
    expect(region.querySelector('.prelogon-disabled')).not.toBeNull();
  });

  it('names an Always On connection and its tunnel', () => {
    render(
      <VpnKindFound
        details={{ kind: 'built-in-auto', connection: 'Contoso Device Tunnel', tunnel: 'device' }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Kind of VPN found' });
    expect(region).toHaveTextContent(
      'Built-in Windows connection that connects by itself (Always On): "Contoso Device Tunnel" (device tunnel)',
    );
    expect(region).toHaveTextContent('“The VPN client can connect before sign-in”, “Disconnect the VPN”');
  });

  it.each([[{}], [{ kind: null, reason: 'not-recorded' }], [{ kind: 'something-else' }]])(
    'draws nothing for %j (an older recording or an unknown kind)',
    (details) => {
      const { container } = render(<VpnKindFound details={details} />);
      expect(container).toBeEmptyDOMElement();
    },
  );
});

describe('adaptedInstructions', () => {
  it.each([
    ['vpn-connect', 'built-in-auto', 'does not run rasdial; it waits up to 60 seconds'],
    ['vpn-connect', 'third-party', 'connect with the client yourself'],
    ['vpn-disconnect', 'built-in-auto', 'meant to stay up'],
    ['vpn-disconnect', 'third-party', 'disconnect with the client'],
  ])('%s for %s says what happens instead of rasdial', (step, kind, words) => {
    expect(adaptedInstructions(step, kind)).toContain(words);
  });

  it.each([
    ['vpn-connect', 'built-in-manual'],
    ['vpn-connect', null],
    ['vpn-connect', undefined],
    ['dc-over-vpn', 'third-party'],
  ])('keeps the declared instructions for %s with kind %s', (step, kind) => {
    expect(adaptedInstructions(step, kind)).toBeNull();
  });
});
