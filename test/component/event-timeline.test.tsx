import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventTimelineView } from '../../renderer/steps/event-timeline.js';
import type { EventTimeline } from '../../common/engine/timeline.js';

const timeline: EventTimeline = {
  since: null,
  entries: [
    {
      at: '2026-11-24T08:01:00.000Z',
      source: 'vpn',
      eventId: 20227,
      title: 'VPN connection failed',
      tone: 'bad',
      code: 809,
      codeText: 'RAS error 809',
      connection: 'Contoso VPN',
      account: 'SYSTEM',
    },
  ],
  unreadable: ['Security'],
};

describe('EventTimelineView', () => {
  it('lists each event with its time, code and connection, says the window and what could not be read', () => {
    render(
      <EventTimelineView
        details={{
          timeline,
          eventEvidence: 'unknown',
          eventProblems: ['The events.join probe timed out after 60s.'],
        }}
      />,
    );
    const region = screen.getByRole('region', { name: 'What this device logged' });
    expect(region).toHaveTextContent('The events neither confirm nor contradict');
    expect(region).toHaveTextContent('Events since the last start of Windows');
    const [item] = within(region).getAllByRole('listitem');
    expect(item).toHaveTextContent('2026-11-24 08:01:00 UTC');
    expect(item).toHaveTextContent('VPN connection failed');
    expect(item).toHaveTextContent('RAS error 809');
    expect(item).toHaveTextContent('"Contoso VPN" · SYSTEM');
    expect(item).toHaveClass('tone-bad');
    expect(region).toHaveTextContent('Could not read: Security.');
    expect(region).toHaveTextContent('The events.join probe timed out after 60s.');
  });

  it.each([[{}], [{ timeline: { since: null, entries: 'x', unreadable: [] } }]])(
    'draws nothing for %j',
    (details) => {
      const { container } = render(<EventTimelineView details={details} />);
      expect(container).toBeEmptyDOMElement();
    },
  );
});
