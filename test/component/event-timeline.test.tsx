import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventTimelineView } from '../../renderer/steps/event-timeline.js';
import { i18n } from '../../renderer/i18n/i18n.js';
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
    expect(item).toHaveTextContent('Nov 24, 2026, 8:01:00 AM UTC');
    expect(item).toHaveTextContent('VPN connection failed');
    expect(item).toHaveTextContent('RAS error 809');
    expect(item).toHaveTextContent('"Contoso VPN" · SYSTEM');
    expect(item).toHaveClass('tone-bad');
    expect(region).toHaveTextContent('Could not read: Security.');
    expect(region).toHaveTextContent('The events.join probe timed out after 60s.');
  });

  describe('in another language', () => {
    afterEach(async () => {
      await i18n.changeLanguage('en');
    });

    const signIn: EventTimeline['entries'][number] = {
      at: '2026-11-24T08:11:03.000Z',
      source: 'sign-in',
      eventId: 4624,
      title: 'User signed in (interactive)',
      tone: 'neutral',
      code: 2,
      codeText: 'logon type 2',
      connection: null,
      account: 'CORP\\ben.okafor',
    };
    const later: EventTimeline['entries'][number] = {
      ...signIn,
      at: '2026-11-24T08:12:00.000Z',
      source: 'join',
      eventId: 399,
      title: 'An event added after the catalogs',
      code: null,
      codeText: null,
      account: null,
    };

    // toHaveTextContent folds the non-breaking spaces French puts inside « » and before a colon.
    it('names each event by its id in French, with French times, codes and quotes', async () => {
      await i18n.changeLanguage('fr');
      render(
        <EventTimelineView
          details={{
            timeline: {
              ...timeline,
              since: '2026-11-24T07:52:10.000Z',
              entries: [...timeline.entries, signIn, later],
            },
            eventEvidence: 'contradicts',
          }}
        />,
      );
      const region = screen.getByRole('region', { name: 'Ce que cet appareil a journalisé' });
      expect(region).toHaveTextContent('Les événements contredisent une réussite');
      expect(region).toHaveTextContent('Événements depuis le 24 nov. 2026, 07:52:10 UTC');
      const [failed, signedIn, unknown] = within(region).getAllByRole('listitem');
      expect(failed).toHaveTextContent('24 nov. 2026, 08:01:00 UTC');
      expect(failed).toHaveTextContent('Échec de la connexion VPN');
      expect(failed).toHaveTextContent('erreur RAS 809');
      expect(failed).toHaveTextContent('« Contoso VPN » · SYSTEM');
      expect(failed).toHaveTextContent('événement 20227');
      expect(signedIn).toHaveTextContent('Utilisateur connecté (interactive)');
      expect(signedIn).toHaveTextContent('type d’ouverture de session 2');
      // An event id the catalogs do not know yet keeps the engine's English name rather than none.
      expect(unknown).toHaveTextContent('An event added after the catalogs');
      expect(region).toHaveTextContent('Lecture impossible : Security.');
    });

    it('writes times the Japanese way', async () => {
      await i18n.changeLanguage('ja');
      render(<EventTimelineView details={{ timeline: { ...timeline, entries: [signIn] } }} />);
      const [item] = within(screen.getByRole('region', { name: 'このデバイスが記録した内容' })).getAllByRole(
        'listitem',
      );
      expect(item).toHaveTextContent('2026/11/24 8:11:03 UTC');
      expect(item).toHaveTextContent('ユーザーがサインインしました (対話型)');
    });
  });

  it.each([[{}], [{ timeline: { since: null, entries: 'x', unreadable: [] } }]])(
    'draws nothing for %j',
    (details) => {
      const { container } = render(<EventTimelineView details={details} />);
      expect(container).toBeEmptyDOMElement();
    },
  );
});
