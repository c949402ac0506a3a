import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VpnKindFound } from '../../renderer/steps/vpn-kind-found.js';

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
