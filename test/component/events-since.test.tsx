import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventsSinceIso } from '../../renderer/start/events-since-field.js';
import { createFakeHvv } from './fake-hvv.js';
import { renderApp } from './render-app.js';

describe('the events window on the start screen', () => {
  it('sends the chosen start of the timeline as ISO-8601 in UTC', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    fireEvent.change(screen.getByLabelText('Read the device’s events since'), {
      target: { value: '2026-11-24T07:45' },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'VPN connection' }), 'Contoso VPN');
    await user.click(screen.getByRole('button', { name: 'Start validation' }));
    expect(hvv.startSession).toHaveBeenCalledWith({
      validationType: 'on-network',
      inputs: {
        domain: 'corp.contoso.com',
        vpnConnection: 'Contoso VPN',
        updatePackage: null,
        eventsSince: new Date('2026-11-24T07:45').toISOString(),
      },
    });
  });

  it.each([
    ['', null],
    ['not a time', null],
    ['2026-11-24T07:45', new Date('2026-11-24T07:45').toISOString()],
  ])('reads %j as %j', (local, expected) => {
    expect(eventsSinceIso(local)).toBe(expected);
  });
});
