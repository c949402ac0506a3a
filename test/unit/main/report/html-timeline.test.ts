/**
 * The timeline in the HTML report: drawn from a step's details only when they hold a valid
 * timeline, every event string escaped, and never printed a second time as a details row.
 */
import { describe, expect, it } from 'vitest';
import { timelineHtml } from '../../../../main/report/html-timeline.js';
import { escapeHtml } from '../../../../main/report/html.js';
import { detailRows } from '../../../../main/report/detail-labels.js';
import { reportText } from '../../../../main/report/report-text.js';
import type { EventTimeline } from '../../../../common/engine/timeline.js';

const en = reportText('en');

const timeline: EventTimeline = {
  since: '2026-11-24T07:52:10.000Z',
  entries: [
    {
      at: '2026-11-24T08:01:00.000Z',
      source: 'vpn',
      eventId: 20227,
      title: 'VPN connection failed',
      tone: 'bad',
      code: 809,
      codeText: 'RAS error 809',
      connection: '<img src=x onerror=alert(1)>',
      account: 'SYSTEM',
    },
  ],
  unreadable: ['Security'],
};

describe('timelineHtml', () => {
  it('draws one row per event with its time, code and escaped connection name', () => {
    const html = timelineHtml({ timeline }, escapeHtml, en);
    expect(html).toContain('<tr class="tone-bad" data-event-id="20227"><td>2026-11-24 08:01:00 UTC</td>');
    expect(html).toContain('<code>RAS error 809</code>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toContain('<img');
    expect(html).toContain('(since 2026-11-24 07:52:10 UTC)');
    expect(html).toContain('Could not read: Security.');
  });

  it('says so when the window holds no event, and the window starts at boot without a since', () => {
    const html = timelineHtml({ timeline: { since: null, entries: [], unreadable: [] } }, escapeHtml, en);
    expect(html).toContain('No VPN, join or sign-in event was logged in this window.');
    expect(html).toContain('since the last start of Windows');
  });

  it.each([[{}], [{ timeline: 'not a timeline' }], [{ timeline: { entries: [{ at: 1 }] } }]])(
    'draws nothing for %j',
    (details) => {
      expect(timelineHtml(details, escapeHtml, en)).toBe('');
    },
  );
});

describe('detail rows beside the timeline', () => {
  it('leaves the timeline out of the rows and words the route and the events in plain language', () => {
    const rows = detailRows(
      {
        timeline,
        routeVia: 'lan',
        dcPorts: { '389': 'connected', '88': 'timeout' },
        eventEvidence: 'contradicts',
        contradiction: 'cached-logon',
      },
      en,
    );
    expect(rows).toEqual([
      { label: 'Route to the domain controller', value: 'through the local network, not the VPN' },
      { label: 'Domain controller ports', value: 'LDAP 389: connected; Kerberos 88: timeout' },
      { label: "The device's events", value: 'contradict a pass' },
      { label: 'Contradiction', value: 'the last sign-in used cached credentials' },
    ]);
  });
});
