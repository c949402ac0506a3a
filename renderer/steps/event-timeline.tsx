/**
 * The device's own events beside a logon-screen or sign-in question (issue 16): a time-ordered list
 * read from `details.timeline` (common/engine/timeline.ts), with what it says about the last sign-in.
 * Words come from the catalogs (`timeline.*`), each event's name keyed by its source and event id,
 * so the English title the engine stored is only the fallback for an event added after the catalogs.
 */
import type { TFunction } from 'i18next';
import { EventTimelineSchema, type TimelineEntry } from '../../common/engine/timeline.js';
import { i18n } from '../i18n/i18n.js';
import { useText } from '../i18n/use-text.js';

const CACHED_INTERACTIVE = 11;
const NAMED_LOGON_TYPES: ReadonlySet<number> = new Set([2, 10, 11]);

/**
 * In UTC, said as such: the events are the device's, and a replay may be read in another time
 * zone; the technician's locale decides the order and the separators.
 */
export function eventTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

function logonType(code: number, t: TFunction): string {
  return NAMED_LOGON_TYPES.has(code)
    ? t(`timeline.logonType.${code}`)
    : t('timeline.code.logonType', { code: String(code) });
}

export function eventTitle(entry: TimelineEntry, t: TFunction): string {
  if (entry.source === 'sign-in' && entry.code !== null) {
    return entry.code === CACHED_INTERACTIVE
      ? t('timeline.event.sign-in.cached')
      : t('timeline.event.sign-in', { logonType: logonType(entry.code, t) });
  }
  if (entry.source === 'autopilot') {
    // The engine marks an Autopilot error (level 1 or 2) bad, any other Autopilot event neutral.
    return t(entry.tone === 'bad' ? 'timeline.event.autopilot.error' : 'timeline.event.autopilot.other', {
      id: String(entry.eventId),
    });
  }
  const key = `timeline.event.${entry.source}.${entry.eventId}`;
  return i18n.exists(key) ? t(key) : entry.title;
}

/** The number the event carries, named; an HRESULT is a hex number as Windows writes it. */
export function eventCode(entry: TimelineEntry, t: TFunction): string | null {
  const code = entry.code;
  if (code === null) return entry.codeText;
  if (entry.source === 'sign-in') return t('timeline.code.logonType', { code: String(code) });
  if (entry.source === 'vpn' && entry.eventId === 20226)
    return t('timeline.code.reason', { code: String(code) });
  if (entry.source === 'vpn' && entry.eventId === 20227)
    return t('timeline.code.rasError', { code: String(code) });
  return entry.codeText;
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const { t, language } = useText();
  const facts = [
    entry.connection ? t('timeline.connection', { name: entry.connection }) : null,
    entry.account,
  ].filter(Boolean);
  const code = eventCode(entry, t);
  return (
    <li className={`timeline-entry tone-${entry.tone}`} data-event-id={entry.eventId}>
      <time dateTime={entry.at}>{eventTime(entry.at, language)}</time>
      <span className="timeline-source">{t(`timeline.source.${entry.source}`)}</span>
      <span className="timeline-title">{eventTitle(entry, t)}</span>
      {code ? <code className="timeline-code">{code}</code> : null}
      {facts.length > 0 ? <span className="timeline-facts">{facts.join(' · ')}</span> : null}
      <span className="timeline-id muted">{t('timeline.eventId', { id: String(entry.eventId) })}</span>
    </li>
  );
}

export function EventTimelineView({ details }: { details: Record<string, unknown> }) {
  const { t, language } = useText();
  const read = EventTimelineSchema.safeParse(details.timeline);
  if (!read.success) return null;
  const timeline = read.data;
  const verdict = details.eventEvidence;
  const problems = Array.isArray(details.eventProblems)
    ? details.eventProblems.filter((p): p is string => typeof p === 'string')
    : [];
  return (
    <section className="event-timeline" aria-label={t('timeline.heading')}>
      <h4>
        {t('timeline.heading')}
        {verdict === 'supports' || verdict === 'contradicts' || verdict === 'unknown' ? (
          <span className={`timeline-verdict verdict-${verdict}`}>{t(`timeline.verdict.${verdict}`)}</span>
        ) : null}
      </h4>
      <p className="muted">
        {timeline.since
          ? t('timeline.since', { since: eventTime(timeline.since, language) })
          : t('timeline.sinceBoot')}
      </p>
      {timeline.entries.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {timeline.entries.map((entry, index) => (
            <Entry key={`${entry.at}-${entry.eventId}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
      {timeline.unreadable.length > 0 ? (
        <p className="muted">{t('timeline.unreadable', { logs: timeline.unreadable.join(', ') })}</p>
      ) : null}
      {problems.length > 0 ? (
        <div className="muted">
          {t('timeline.problems')}
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
