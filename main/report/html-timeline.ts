/**
 * The device's events in the HTML report (issue 16): the same timeline the step shows on screen,
 * as a table that prints in black and white (each row says good / problem in words, not colour).
 * Each event is worded from its source and event id with the screen's `timeline.*` keys, never from
 * the English title the engine stores for the JSON outputs, and its time in the report's locale.
 */
import {
  CACHED_INTERACTIVE,
  EventTimelineSchema,
  LOGON_TYPE_NAMES,
  type TimelineEntry,
} from '../../common/engine/timeline.js';
import type { ReportText } from './report-text.js';

const TONE: Record<string, string> = { good: '✔', bad: '✘', neutral: '' };

/** What happened, in the report's language; an event this build cannot word keeps its stored title. */
function what(e: TimelineEntry, rt: ReportText): string {
  switch (e.source) {
    case 'vpn':
      return rt.wordIfKnown(`timeline.event.vpn.${e.eventId}`) ?? e.title;
    case 'join':
      return rt.wordIfKnown(`timeline.event.join.${e.eventId}`) ?? e.title;
    case 'autopilot':
      return rt.word(e.tone === 'bad' ? 'timeline.event.autopilot.error' : 'timeline.event.autopilot.other', {
        id: String(e.eventId),
      });
    case 'sign-in':
      if (e.code === null) return e.title;
      if (e.code === CACHED_INTERACTIVE) return rt.word('timeline.event.sign-in.cached');
      // The same logon types the engine names in its titles; any other by its number.
      return rt.word('timeline.event.sign-in', {
        logonType: LOGON_TYPE_NAMES[e.code]
          ? rt.word(`reportValue.logonType.${e.code}`)
          : rt.word('timeline.code.logonType', { code: String(e.code) }),
      });
  }
}

/** The number the event carries, named in the report's language (an HRESULT is its own name). */
function codeOf(e: TimelineEntry, rt: ReportText): string | null {
  if (e.code === null) return e.codeText;
  if (e.source === 'sign-in') return rt.word('timeline.code.logonType', { code: String(e.code) });
  if (e.source === 'vpn' && e.eventId === 20227)
    return rt.word('timeline.code.rasError', { code: String(e.code) });
  if (e.source === 'vpn' && e.eventId === 20226)
    return rt.word('timeline.code.reason', { code: String(e.code) });
  return e.codeText;
}

/** `escape` is the report's own HTML escaping, so every event string goes through it. */
export function timelineHtml(
  details: Readonly<Record<string, unknown>>,
  escape: (t: string) => string,
  rt: ReportText,
): string {
  const read = EventTimelineSchema.safeParse(details.timeline);
  if (!read.success) return '';
  const { since, entries, unreadable } = read.data;
  const window = since
    ? rt.word('reportTimeline.since', { when: rt.when(since) })
    : rt.word('timeline.sinceBoot');
  const rows = entries
    .map((e) => {
      const code = codeOf(e, rt);
      const source = rt.wordIfKnown(`timeline.source.${e.source}`) ?? e.source;
      return `<tr class="tone-${e.tone}" data-event-id="${e.eventId}"><td>${escape(rt.when(e.at))}</td><td>${escape(source)}</td><td>${TONE[e.tone] ?? ''} ${escape(what(e, rt))}${code ? ` (<code>${escape(code)}</code>)` : ''}</td><td>${escape([e.connection, e.account].filter(Boolean).join(' · '))}</td><td>${e.eventId}</td></tr>`;
    })
    .join('');
  const th = (col: string): string => `<th>${escape(rt.word(`reportTimeline.col.${col}`))}</th>`;
  const body =
    entries.length === 0
      ? `<p>${escape(rt.word('timeline.empty'))}</p>`
      : `<table class="compact timeline"><thead><tr>${['time', 'source', 'what', 'who', 'event'].map(th).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
  const missing =
    unreadable.length > 0
      ? `<p class="muted">${escape(rt.word('timeline.unreadable', { logs: unreadable.join(', ') }))}</p>`
      : '';
  return `<section class="event-timeline"><p><strong>${escape(rt.word('timeline.heading'))}</strong> <span class="muted">(${escape(window)})</span></p>${body}${missing}</section>`;
}
