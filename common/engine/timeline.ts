/**
 * The device's own record of the logon-screen story, as one time-ordered list: the built-in VPN
 * client's events (RasClient), hybrid join and Autopilot events, and user sign-ins (Security 4624).
 * Every entry is decided by its event id and the numbers in its insertion strings; the message
 * text (in the device's language) is never read. `assessSignIn` says whether the last sign-in had
 * a VPN connected before it, which the logon-screen and sign-in steps show beside their question.
 * Pure: zod only. The schema is shared with the renderer and the report, which validate
 * `details.timeline` before drawing it.
 */
import { z } from 'zod';
import { hresultText, numberIn, type EventRecord, type EventsProbe } from './parsers/windows-events.js';
import { engineWords } from './engine-messages.js';
import type { Said } from './say.js';

export const TIMELINE_SOURCES = ['vpn', 'join', 'autopilot', 'sign-in'] as const;
export const TIMELINE_TONES = ['good', 'bad', 'neutral'] as const;

export const TimelineEntrySchema = z.object({
  at: z.string(),
  source: z.enum(TIMELINE_SOURCES),
  eventId: z.number().int(),
  title: z.string(),
  tone: z.enum(TIMELINE_TONES),
  /** The number the event carries: a RAS error or reason code, an HRESULT, a logon type. */
  code: z.number().int().nullable(),
  codeText: z.string().nullable(),
  connection: z.string().nullable(),
  account: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const EventTimelineSchema = z.object({
  since: z.string().nullable(),
  entries: z.array(TimelineEntrySchema),
  /** Logs the device would not let the probe read (the Security log needs an administrator). */
  unreadable: z.array(z.string()),
});
export type EventTimeline = z.infer<typeof EventTimelineSchema>;

export const CACHED_INTERACTIVE = 11;
export const LOGON_TYPE_NAMES: Readonly<Record<number, string>> = {
  2: 'interactive',
  10: 'remote interactive',
  11: 'cached credentials',
};

export const LOG = {
  application: 'Application',
  registration: 'Microsoft-Windows-User Device Registration/Admin',
  autopilot: 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot',
  security: 'Security',
} as const;

type Reader = (event: EventRecord) => Omit<TimelineEntry, 'at' | 'eventId'> | null;

// RasClient insertion strings (Microsoft's published 20227 and 20225 samples, see
// test/fixtures/events/SOURCES.md): [0] CoId, [1] the user who dialled, [2] the connection's name,
// [3] the error code (20227), reason code (20226) or tunnel settings (20225).
function ras(title: string, tone: TimelineEntry['tone'], withName: boolean, codeKind?: string): Reader {
  return (event) => {
    const code = codeKind ? numberIn(event.Data[3]) : null;
    return {
      source: 'vpn',
      title,
      tone,
      code,
      codeText: code !== null && codeKind ? `${codeKind} ${code}` : null,
      connection: withName ? (event.Data[2] ?? null) || null : null,
      account: (event.Data[1] ?? null) || null,
    };
  };
}

// User Device Registration: [0] is the exit code (an HRESULT) in 304, 305 and 307.
function registration(title: string, tone: TimelineEntry['tone'], hasCode: boolean): Reader {
  return (event) => {
    const code = hasCode ? numberIn(event.Data[0]) : null;
    return {
      source: 'join',
      title,
      tone,
      code,
      codeText: code !== null ? hresultText(code) : null,
      connection: null,
      account: null,
    };
  };
}

// Security 4624: [4] TargetUserSid, [5] TargetUserName, [6] TargetDomainName, [8] LogonType.
const signIn: Reader = (event) => {
  const type = numberIn(event.Data[8]);
  if (type === null) return null;
  const user = event.Data[5] ?? '';
  const domain = event.Data[6] ?? '';
  return {
    source: 'sign-in',
    title:
      type === CACHED_INTERACTIVE
        ? 'User signed in with cached credentials'
        : `User signed in (${LOGON_TYPE_NAMES[type] ?? `logon type ${type}`})`,
    tone: type === CACHED_INTERACTIVE ? 'bad' : 'neutral',
    code: type,
    codeText: `logon type ${type}`,
    connection: null,
    account: user ? (domain ? `${domain}\\${user}` : user) : null,
  };
};

function isFailureHresult(n: number | null): n is number {
  return n !== null && (n < 0 || n > 0x7fffffff);
}

const autopilot: Reader = (event) => {
  const failed = event.Level === 1 || event.Level === 2;
  // An error event's failure HRESULT is the insertion string with the severity bit set.
  const code = failed ? (event.Data.map(numberIn).find(isFailureHresult) ?? null) : null;
  return {
    source: 'autopilot',
    title: failed ? `Autopilot error (event ${event.Id})` : `Autopilot event ${event.Id}`,
    tone: failed ? 'bad' : 'neutral',
    code,
    codeText: code !== null ? hresultText(code) : null,
    connection: null,
    account: null,
  };
};

const READERS: Readonly<Record<string, Readonly<Record<number, Reader>>>> = {
  [LOG.application]: {
    20221: ras('VPN dialling started', 'neutral', false),
    20222: ras('VPN connecting to the server', 'neutral', false),
    20223: ras('VPN tunnel set up', 'neutral', false),
    20224: ras('VPN link established', 'neutral', false),
    20225: ras('VPN connected', 'good', true),
    20226: ras('VPN disconnected', 'neutral', true, 'reason'),
    20227: ras('VPN connection failed', 'bad', true, 'RAS error'),
  },
  [LOG.registration]: {
    304: registration('Hybrid join failed at the join phase', 'bad', true),
    305: registration('Hybrid join failed at authentication', 'bad', true),
    306: registration('Hybrid join registration succeeded', 'good', false),
    307: registration('Hybrid join: no registration service found in Active Directory', 'bad', true),
    334: registration('Hybrid join pre-check: no domain controller found', 'bad', false),
    335: registration('Hybrid join pre-check: the device is already joined', 'good', false),
  },
  [LOG.security]: { 4624: signIn },
};

function readerFor(event: EventRecord): Reader | null {
  if (event.Log === LOG.autopilot) return autopilot;
  return READERS[event.Log]?.[event.Id] ?? null;
}

/** One timeline from any number of events probes' outputs, oldest first; unknown ids are left out. */
export function buildTimeline(outputs: readonly EventsProbe[]): EventTimeline {
  const entries: TimelineEntry[] = [];
  const unreadable = new Set<string>();
  let since: string | null = null;
  for (const output of outputs) {
    if (output.Since && (since === null || output.Since < since)) since = output.Since;
    for (const log of output.Unreadable) unreadable.add(log.Log);
    for (const event of output.Events) {
      const time = new Date(event.Time);
      if (Number.isNaN(time.getTime())) continue;
      const read = readerFor(event)?.(event);
      if (read) entries.push({ at: time.toISOString(), eventId: event.Id, ...read });
    }
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { since, entries, unreadable: [...unreadable] };
}

export type SignInEvidence =
  | { kind: 'supports'; signInAt: string; logonType: number; vpnAt: string; connection: string | null }
  | {
      kind: 'contradicts';
      reason: 'cached-logon' | 'no-vpn-before-sign-in';
      signInAt: string;
      logonType: number;
    }
  | {
      kind: 'unknown';
      reason: 'no-sign-in-event' | 'security-log-unreadable' | 'vpn-events-unreadable' | 'third-party-client';
    };

/**
 * The last user sign-in in the window and the VPN's state just before it: connected (20225 after
 * any 20226/20227) supports a sign-in through the VPN; a cached logon, or no VPN connected at that
 * moment, contradicts it. Without a sign-in event (the Security log needs an administrator) or
 * without the VPN's events, nothing is claimed.
 */
export function assessSignIn(timeline: EventTimeline): SignInEvidence {
  const signIns = timeline.entries.filter((e) => e.source === 'sign-in');
  const last = signIns[signIns.length - 1];
  if (!last || last.code === null) {
    return {
      kind: 'unknown',
      reason: timeline.unreadable.includes(LOG.security) ? 'security-log-unreadable' : 'no-sign-in-event',
    };
  }
  if (last.code === CACHED_INTERACTIVE) {
    return { kind: 'contradicts', reason: 'cached-logon', signInAt: last.at, logonType: last.code };
  }
  const before = timeline.entries.filter(
    (e) => e.source === 'vpn' && e.at <= last.at && [20225, 20226, 20227].includes(e.eventId),
  );
  const state = before[before.length - 1];
  if (state?.eventId === 20225) {
    return {
      kind: 'supports',
      signInAt: last.at,
      logonType: last.code,
      vpnAt: state.at,
      connection: state.connection,
    };
  }
  if (!state && timeline.unreadable.includes(LOG.application)) {
    return { kind: 'unknown', reason: 'vpn-events-unreadable' };
  }
  return { kind: 'contradicts', reason: 'no-vpn-before-sign-in', signInAt: last.at, logonType: last.code };
}

function clock(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** What the events say against a confirmed pass, as a clause. */
export function contradictionText(evidence: Extract<SignInEvidence, { kind: 'contradicts' }>): Said {
  return engineWords(evidence.reason === 'cached-logon' ? 'contradictionCached' : 'contradictionNoVpn', {
    signInAt: clock(evidence.signInAt),
  });
}

/** One sentence for a step's summary. */
export function describeSignInEvidence(evidence: SignInEvidence): Said {
  switch (evidence.kind) {
    case 'supports': {
      const at = { vpnAt: clock(evidence.vpnAt), signInAt: clock(evidence.signInAt) };
      return evidence.connection
        ? engineWords('eventsAgreeNamed', { ...at, connection: evidence.connection })
        : engineWords('eventsAgree', at);
    }
    case 'contradicts':
      return engineWords('eventsContradict', { contradiction: contradictionText(evidence) });
    default:
      return engineWords(
        evidence.reason === 'security-log-unreadable'
          ? 'eventsSecurityUnreadable'
          : evidence.reason === 'vpn-events-unreadable'
            ? 'eventsVpnUnreadable'
            : evidence.reason === 'third-party-client'
              ? 'eventsThirdParty'
              : 'eventsNoSignIn',
      );
  }
}
