/**
 * The device's own events beside a logon-screen or sign-in question (issue 16): a time-ordered list
 * read from `details.timeline` (common/engine/timeline.ts), with what it says about the last sign-in.
 * Every string shown here lives in this file, so the catalogs (issue 19) can take them in one place.
 */
import { EventTimelineSchema, type TimelineEntry } from '../../common/engine/timeline.js';

const TEXT = {
  heading: 'What this device logged',
  window: (since: string) => `Events since ${since}`,
  windowBoot: 'Events since the last start of Windows',
  empty: 'No VPN, join or sign-in event was logged in this window.',
  unreadable: (logs: string) => `Could not read: ${logs}.`,
  problems: 'Some events could not be read:',
  event: (id: number) => `event ${id}`,
  verdict: {
    supports: 'The events agree',
    contradicts: 'The events contradict a pass',
    unknown: 'The events neither confirm nor contradict',
  },
  source: { vpn: 'VPN', join: 'Hybrid join', autopilot: 'Autopilot', 'sign-in': 'Sign-in' },
} as const;

function clock(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const facts = [entry.connection ? `"${entry.connection}"` : null, entry.account].filter(Boolean);
  return (
    <li className={`timeline-entry tone-${entry.tone}`} data-event-id={entry.eventId}>
      <time dateTime={entry.at}>{clock(entry.at)}</time>
      <span className="timeline-source">{TEXT.source[entry.source]}</span>
      <span className="timeline-title">{entry.title}</span>
      {entry.codeText ? <code className="timeline-code">{entry.codeText}</code> : null}
      {facts.length > 0 ? <span className="timeline-facts">{facts.join(' · ')}</span> : null}
      <span className="timeline-id muted">{TEXT.event(entry.eventId)}</span>
    </li>
  );
}

export function EventTimelineView({ details }: { details: Record<string, unknown> }) {
  const read = EventTimelineSchema.safeParse(details.timeline);
  if (!read.success) return null;
  const timeline = read.data;
  const verdict = details.eventEvidence;
  const problems = Array.isArray(details.eventProblems)
    ? details.eventProblems.filter((p): p is string => typeof p === 'string')
    : [];
  return (
    <section className="event-timeline" aria-label={TEXT.heading}>
      <h4>
        {TEXT.heading}
        {verdict === 'supports' || verdict === 'contradicts' || verdict === 'unknown' ? (
          <span className={`timeline-verdict verdict-${verdict}`}>{TEXT.verdict[verdict]}</span>
        ) : null}
      </h4>
      <p className="muted">{timeline.since ? TEXT.window(clock(timeline.since)) : TEXT.windowBoot}</p>
      {timeline.entries.length === 0 ? (
        <p>{TEXT.empty}</p>
      ) : (
        <ol className="timeline">
          {timeline.entries.map((entry, index) => (
            <Entry key={`${entry.at}-${entry.eventId}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
      {timeline.unreadable.length > 0 ? (
        <p className="muted">{TEXT.unreadable(timeline.unreadable.join(', '))}</p>
      ) : null}
      {problems.length > 0 ? (
        <div className="muted">
          {TEXT.problems}
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
