/**
 * The event timeline: each published sample reads to the entry its id and numbers say, whatever
 * language the message was in, and the sign-in assessment follows the order of the events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventsProbeSchema, type EventsProbe } from '../../../../common/engine/parsers/windows-events.js';
import {
  assessSignIn,
  buildTimeline,
  describeSignInEvidence,
  EventTimelineSchema,
} from '../../../../common/engine/timeline.js';
import { EVENT_FIXTURES } from '../../../paths.js';

const fixture = (name: string): EventsProbe =>
  EventsProbeSchema.parse(JSON.parse(readFileSync(join(EVENT_FIXTURES, name), 'utf8')));

const APP = 'Application';
const SEC = 'Security';
const ras = (id: number, time: string, name = 'Contoso VPN', code = '') => ({
  Log: APP,
  Id: id,
  Time: time,
  Level: id === 20227 ? 2 : 4,
  Data: ['{11111111-2222-3333-4444-555555555555}', 'SYSTEM', name, code],
});
const logon = (time: string, type: string, user = 'jdoe') => ({
  Log: SEC,
  Id: 4624,
  Time: time,
  Level: 0,
  Data: ['S-1-5-18', 'PC$', 'CORP', '999', 'S-1-5-21-1-2-3-1104', user, 'CORP', '1', type],
});
const probe = (events: EventsProbe['Events'], unreadable: string[] = []): EventsProbe => ({
  Since: '2026-11-24T07:00:00.000Z',
  Events: events,
  Unreadable: unreadable.map((Log) => ({ Log, ErrorId: 'UnauthorizedAccessException' })),
});

describe('buildTimeline from published samples', () => {
  it('reads RasClient 20227 as a failed VPN with RAS error 809 and the connection name', () => {
    const [entry] = buildTimeline([fixture('rasclient-20227-809.json')]).entries;
    expect(entry).toMatchObject({
      source: 'vpn',
      eventId: 20227,
      tone: 'bad',
      code: 809,
      codeText: 'RAS error 809',
      connection: 'AzureGateway',
      account: 'SYSTEM',
      at: '2016-03-18T13:29:21.000Z',
    });
  });

  it('reads a Russian RasClient 20225 as connected: the id decides, not the message', () => {
    const [entry] = buildTimeline([fixture('rasclient-20225-connected-ru.json')]).entries;
    expect(entry).toMatchObject({
      eventId: 20225,
      title: 'VPN connected',
      tone: 'good',
      connection: 'VPN-DEX',
    });
    expect(entry?.code).toBeNull();
  });

  it('reads the HRESULT out of User Device Registration 307 and 304', () => {
    const entries = buildTimeline([fixture('udr-307-304-0x801c001d.json')]).entries;
    expect(entries.map((e) => [e.eventId, e.codeText, e.tone])).toEqual([
      [307, '0x801C001D', 'bad'],
      [304, '0x801C001D', 'bad'],
    ]);
  });

  it('reads Security 4624 as an interactive sign-in with its account', () => {
    const [entry] = buildTimeline([fixture('security-4624-type2.json')]).entries;
    expect(entry).toMatchObject({
      source: 'sign-in',
      code: 2,
      account: 'WIN-GG82ULGC9GO\\Administrator',
      title: 'User signed in (interactive)',
    });
  });

  it('sorts several probes into one timeline, oldest first, and validates against its schema', () => {
    const timeline = buildTimeline([
      probe([logon('2026-11-24T08:02:00Z', '2')]),
      probe([ras(20225, '2026-11-24T08:01:00Z'), ras(20221, '2026-11-24T08:00:30Z')]),
    ]);
    expect(timeline.entries.map((e) => e.eventId)).toEqual([20221, 20225, 4624]);
    expect(EventTimelineSchema.parse(timeline)).toEqual(timeline);
  });

  it.each([
    ['a decimal HRESULT', '-2145648611', '0x801C001D'],
    ['a hex HRESULT in words', 'Código de error: 0x801c001d', '0x801C001D'],
    ['no number at all', 'Clé introuvable', null],
  ])('304 with %s', (_label, data, expected) => {
    const [entry] = buildTimeline([
      probe([
        {
          Log: 'Microsoft-Windows-User Device Registration/Admin',
          Id: 304,
          Time: '2026-11-24T08:00:00Z',
          Level: 2,
          Data: [data],
        },
      ]),
    ]).entries;
    expect(entry?.codeText).toBe(expected);
  });

  it('leaves out ids it does not know and events with an unreadable time', () => {
    const timeline = buildTimeline([
      probe([
        { Log: APP, Id: 1000, Time: '2026-11-24T08:00:00Z', Level: 2, Data: [] },
        { ...ras(20225, 'yesterday') },
      ]),
    ]);
    expect(timeline.entries).toEqual([]);
  });
});

describe('assessSignIn', () => {
  it.each([
    {
      name: 'VPN connected before an interactive sign-in',
      events: [ras(20225, '2026-11-24T08:01:00Z'), logon('2026-11-24T08:02:00Z', '2')],
      expected: { kind: 'supports', connection: 'Contoso VPN', vpnAt: '2026-11-24T08:01:00.000Z' },
    },
    {
      name: 'a cached sign-in (11) even with the VPN up',
      events: [ras(20225, '2026-11-24T08:01:00Z'), logon('2026-11-24T08:02:00Z', '11')],
      expected: { kind: 'contradicts', reason: 'cached-logon' },
    },
    {
      name: 'no VPN event before the sign-in (connected only after)',
      events: [logon('2026-11-24T08:02:00Z', '2'), ras(20225, '2026-11-24T08:05:00Z')],
      expected: { kind: 'contradicts', reason: 'no-vpn-before-sign-in' },
    },
    {
      name: 'VPN connected, then disconnected before the sign-in',
      events: [
        ras(20225, '2026-11-24T08:01:00Z'),
        ras(20226, '2026-11-24T08:01:30Z', 'Contoso VPN', '631'),
        logon('2026-11-24T08:02:00Z', '2'),
      ],
      expected: { kind: 'contradicts', reason: 'no-vpn-before-sign-in' },
    },
    {
      name: 'a failed dial (20227) before the sign-in',
      events: [ras(20227, '2026-11-24T08:01:00Z', 'Contoso VPN', '809'), logon('2026-11-24T08:02:00Z', '2')],
      expected: { kind: 'contradicts', reason: 'no-vpn-before-sign-in' },
    },
    {
      name: 'the last of two sign-ins decides',
      events: [
        logon('2026-11-24T07:30:00Z', '11'),
        ras(20225, '2026-11-24T08:01:00Z'),
        logon('2026-11-24T08:02:00Z', '2'),
      ],
      expected: { kind: 'supports' },
    },
    {
      name: 'no sign-in event at all',
      events: [ras(20225, '2026-11-24T08:01:00Z')],
      expected: { kind: 'unknown', reason: 'no-sign-in-event' },
    },
  ])('$name', ({ events, expected }) => {
    expect(assessSignIn(buildTimeline([probe(events)]))).toMatchObject(expected);
  });

  it('claims nothing when the Security log could not be read', () => {
    const evidence = assessSignIn(buildTimeline([probe([ras(20225, '2026-11-24T08:01:00Z')], [SEC])]));
    expect(evidence).toEqual({ kind: 'unknown', reason: 'security-log-unreadable' });
    expect(describeSignInEvidence(evidence).summary).toMatch(/neither confirm nor contradict/);
  });

  it('claims nothing when the VPN events could not be read and none is known', () => {
    const evidence = assessSignIn(buildTimeline([probe([logon('2026-11-24T08:02:00Z', '2')], [APP])]));
    expect(evidence).toEqual({ kind: 'unknown', reason: 'vpn-events-unreadable' });
  });

  it('says what contradicts in words a technician reads', () => {
    const evidence = assessSignIn(buildTimeline([probe([logon('2026-11-24T08:02:00Z', '11')])]));
    expect(describeSignInEvidence(evidence).summary).toBe(
      "The device's events contradict this: the last sign-in (2026-11-24 08:02 UTC) used cached credentials (logon type 11), so the domain never saw it.",
    );
  });
});
