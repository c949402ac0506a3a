/**
 * The device's events in the HTML report (issue 16): the same timeline the step shows on screen,
 * as a table that prints in black and white (each row says good / problem in words, not colour).
 */
import { EventTimelineSchema } from '../../common/engine/timeline.js';

const SOURCE: Record<string, string> = {
  vpn: 'VPN',
  join: 'Hybrid join',
  autopilot: 'Autopilot',
  'sign-in': 'Sign-in',
};
const TONE: Record<string, string> = { good: '✔', bad: '✘', neutral: '' };

function clock(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** `escape` is the report's own HTML escaping, so every event string goes through it. */
export function timelineHtml(
  details: Readonly<Record<string, unknown>>,
  escape: (t: string) => string,
): string {
  const read = EventTimelineSchema.safeParse(details.timeline);
  if (!read.success) return '';
  const { since, entries, unreadable } = read.data;
  const window = since ? `since ${clock(since)}` : 'since the last start of Windows';
  const rows = entries
    .map(
      (e) =>
        `<tr class="tone-${e.tone}" data-event-id="${e.eventId}"><td>${escape(clock(e.at))}</td><td>${escape(SOURCE[e.source] ?? e.source)}</td><td>${TONE[e.tone] ?? ''} ${escape(e.title)}${e.codeText ? ` (<code>${escape(e.codeText)}</code>)` : ''}</td><td>${escape([e.connection, e.account].filter(Boolean).join(' · '))}</td><td>${e.eventId}</td></tr>`,
    )
    .join('');
  const body =
    entries.length === 0
      ? '<p>No VPN, join or sign-in event was logged in this window.</p>'
      : `<table class="compact timeline"><thead><tr><th>Time</th><th>Source</th><th>What happened</th><th>Connection / account</th><th>Event</th></tr></thead><tbody>${rows}</tbody></table>`;
  const missing =
    unreadable.length > 0 ? `<p class="muted">Could not read: ${escape(unreadable.join(', '))}.</p>` : '';
  return `<section class="event-timeline"><p><strong>What this device logged</strong> <span class="muted">(${escape(window)})</span></p>${body}${missing}</section>`;
}
