import { z } from 'zod';
import { ProbeFailure } from '../../model.js';
import type { StepContext, StepDefinition } from '../step-definition.js';
import { askStructured, checkError } from '../rules/probe-call.js';
import { showRaw } from '../parsers/strict-values.js';
import { VPN_VALIDATION } from '../sources.js';
import { runAccount } from '../rules/run-account.js';
import { eventDetails, readEventEvidence } from '../rules/event-evidence.js';
import { contradictionText } from '../timeline.js';
import { remediate, say, type Said } from '../say.js';

const CACHED_INTERACTIVE = 11;

/*
 * `{events}` is the sentence the device's events say (rules/event-evidence.ts), `{contradiction}`
 * why they contradict a pass (timeline.ts). The console's logon is said in three sentences rather
 * than as an English fragment.
 */
const NOT_USER =
  "so the sign-in it can see is that account's, not a user's. Check the off-network sign-in after setup, with the app started by the user who signed in.";
const MISMATCH =
  'Could not check: the app runs as {processUser} (logon type {processLogonType}), but {interactiveUser} signed in at the console';
const MESSAGES = {
  notHereSystem: `Not checked here: the app runs as SYSTEM, ${NOT_USER}`,
  notHereOobe: `Not checked here: the app runs as {account}, the setup account of OOBE (Shift-F10), ${NOT_USER}`,
  ask: 'Sign in off the corporate network through the VPN with an account that has no cached credentials, then confirm.',
  askWithEvents:
    'Sign in off the corporate network through the VPN with an account that has no cached credentials, then confirm. {events}',
  reportedFailed: 'The technician reports the off-network sign-in did not work.',
  mismatchUnreadable: `${MISMATCH} in a way the app could not read; the sign-in evidence must be the user's own.`,
  mismatchCached: `${MISMATCH} with cached credentials (logon type 11); the sign-in evidence must be the user's own.`,
  mismatchType: `${MISMATCH} with logon type {interactiveLogonType}; the sign-in evidence must be the user's own.`,
  cached:
    'This session used cached credentials (logon type 11): the domain never saw the sign-in, so the VPN was not proven.',
  localAccount:
    'The session was authenticated by the computer itself ({logonServer}): a local account, not a domain sign-in.',
  logonTypeNotUnderstood:
    'The LogonType of logon.session was not understood: {raw} is not a logon type number.',
  contradicted:
    "The technician confirms the off-network sign-in, but the device's events say {contradiction}.",
  signedIn: 'Signed in off-network through the VPN.',
  signedInWithEvents: 'Signed in off-network through the VPN. {events}',
  signedInBy: 'Signed in off-network through the VPN; authenticated by {logonServer}.',
  signedInByWithEvents: 'Signed in off-network through the VPN; authenticated by {logonServer}. {events}',
  confirmed: 'The technician confirms the off-network sign-in through the VPN worked.',
  confirmedWithEvents: 'The technician confirms the off-network sign-in through the VPN worked. {events}',
  fixStartAsUser: 'Start the app as {user} without "Run as administrator", then run this step again.',
} as const;

/** The message with the events' sentence when they were read (its `…WithEvents` twin). */
const WITH_EVENTS = {
  ask: 'askWithEvents',
  signedIn: 'signedInWithEvents',
  signedInBy: 'signedInByWithEvents',
  confirmed: 'confirmedWithEvents',
} as const;

function sayWithEvents(
  name: keyof typeof WITH_EVENTS,
  events: { sentence: Said } | null,
  params: Record<string, string> = {},
) {
  return events
    ? say('offnetwork-signin', MESSAGES, WITH_EVENTS[name], { ...params, events: events.sentence })
    : say('offnetwork-signin', MESSAGES, name, params);
}

const LogonSessionSchema = z.object({
  LogonServer: z.string().nullish(),
  UserDnsDomain: z.string().nullish(),
  Upn: z.string().nullish(),
  ComputerName: z.string().nullish(),
  // Read by readLogonType, which names the raw value when it is not the contract number.
  LogonType: z.unknown().optional(),
  // Extensions (docs/CONTRACT-EXTENSIONS.md): the probe's own account and the console's user, who
  // differ after "Run as administrator" with another account.
  ProcessUser: z.string().nullish(),
  ProcessSid: z.string().nullish(),
  InteractiveUser: z.string().nullish(),
  InteractiveLogonType: z.unknown().optional(),
});
type LogonSession = z.infer<typeof LogonSessionSchema>;

/** The session evidence when it was recorded; a scenario without it still decides from the confirmation. */
async function readSession(ctx: StepContext): Promise<LogonSession | null> {
  try {
    return await askStructured(ctx, { probe: 'logon.session', args: {} }, LogonSessionSchema, 'object');
  } catch (error) {
    if (error instanceof ProbeFailure && error.kind === 'not-recorded') return null;
    throw error;
  }
}

/** How the console's user signed in, as one of three whole sentences. */
function sayMismatch(
  mismatch: { processUser: string; interactiveUser: string },
  processLogonType: string,
  type: number | null,
) {
  const params = { ...mismatch, processLogonType };
  if (type === null) return say('offnetwork-signin', MESSAGES, 'mismatchUnreadable', params);
  if (type === CACHED_INTERACTIVE) return say('offnetwork-signin', MESSAGES, 'mismatchCached', params);
  return say('offnetwork-signin', MESSAGES, 'mismatchType', {
    ...params,
    interactiveLogonType: String(type),
  });
}

/**
 * The account PowerShell runs as and the one at the console, when they differ: the session
 * evidence is then the elevating account's, which says nothing about the user's sign-in.
 */
function otherAccount(session: LogonSession | null): { processUser: string; interactiveUser: string } | null {
  const processUser = session?.ProcessUser?.trim();
  const interactiveUser = session?.InteractiveUser?.trim();
  if (!processUser || !interactiveUser) return null;
  return processUser.toLowerCase() === interactiveUser.toLowerCase()
    ? null
    : { processUser, interactiveUser };
}

/** "\\\\LAB-PC-07.corp.contoso.com" and "LAB-PC-07" are the same machine: compare the host label. */
function bareName(server: string | null | undefined): string | null {
  const name = (server ?? '').replace(/^\\+/, '').trim().split('.')[0] ?? '';
  return name === '' ? null : name.toUpperCase();
}

/** The contract's number, exactly; "CachedInteractive", "11" or 11.5 is not understood. */
function readLogonType(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw checkError(say('offnetwork-signin', MESSAGES, 'logonTypeNotUnderstood', { raw: showRaw(value) }), {
    raw: value,
  });
}

/** Before a confirmed pass the value only informs; an unreadable one is shown as it was. */
function safeLogonType(session: LogonSession | null): unknown {
  try {
    return readLogonType(session?.LogonType);
  } catch {
    return session?.LogonType ?? null;
  }
}

export const offnetworkSigninStep: StepDefinition = {
  id: 'offnetwork-signin',
  stage: 'Off-network sign-in',
  kind: 'manual',
  title: 'Sign in off the corporate network through the VPN',
  instructions:
    'Move the device off the corporate network (e.g. a phone hotspot). On the logon screen, connect the VPN with its icon, then sign in with an account that has never signed in on this device. Come back and confirm.',
  why: 'This proves a new user can sign in during or after Autopilot with only the VPN to reach the domain.',
  source: VPN_VALIDATION,
  // Extension (issue 16): the events are shown beside the question and can turn a pass into a warning.
  probes: ['logon.session', 'events.vpn', 'events.join'],
  // vpn-kind (issue 16a): a third-party client writes no RasClient events.
  dependsOn: ['vpn-kind'],
  remediation: {
    fail: [
      'Use an account that has never signed in on this device: cached credentials let Windows sign in without the domain, which proves nothing.',
      'Connect the VPN from the logon screen icon before typing the password, and check that "Sign-in options" shows the VPN as connected.',
      'If the sign-in fails with "no logon servers available", go back to "A domain controller answers over the VPN".',
    ],
    warn: [
      'Sign out, connect the VPN from the sign-in screen, and sign in with a domain account that has never signed in on this device; then run the checks again.',
      'Check the timeline: a "VPN connected" event must come before the sign-in, and the sign-in must not be "cached credentials".',
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const confirmation = ctx.confirmations['offnetwork-signin'];
    // Only a confirmed pass rests on the session evidence; until then the step waits for the
    // technician (contract §3) and shows the evidence only when it could be read.
    const session =
      confirmation?.result === 'pass' ? await readSession(ctx) : await readSession(ctx).catch(() => null);
    const logonType =
      confirmation?.result === 'pass' ? readLogonType(session?.LogonType) : safeLogonType(session);
    const logonServer = session?.LogonServer ?? null;
    const events = await readEventEvidence(ctx);
    const details: Record<string, unknown> = {
      ...(session ? { logonType, logonServer } : {}),
      ...eventDetails(events),
    };
    const account = runAccount(session);
    if (account === 'system' || account === 'oobe') {
      return {
        status: 'skip',
        ...(account === 'system'
          ? say('offnetwork-signin', MESSAGES, 'notHereSystem')
          : // runAccount says 'oobe' only from ProcessUser, so the name is there.
            say('offnetwork-signin', MESSAGES, 'notHereOobe', {
              account: session?.ProcessUser ?? 'defaultuser0',
            })),
        details: { ...details, runAccount: account },
      };
    }
    if (!confirmation) {
      return {
        status: 'manual',
        ...sayWithEvents('ask', events),
        details,
      };
    }
    details.note = confirmation.note;
    if (confirmation.result === 'fail') {
      return {
        status: 'fail',
        ...say('offnetwork-signin', MESSAGES, 'reportedFailed'),
        details,
      };
    }
    const mismatch = otherAccount(session);
    if (mismatch) {
      let interactiveType: number | null = null;
      try {
        interactiveType = readLogonType(session?.InteractiveLogonType);
      } catch {
        // Shown as "could not read": the mismatch alone already stops a pass.
      }
      return {
        status: 'error',
        ...sayMismatch(mismatch, String(logonType ?? 'unknown'), interactiveType),
        details: { ...details, ...mismatch, interactiveLogonType: interactiveType },
        ...remediate([
          say('offnetwork-signin', MESSAGES, 'fixStartAsUser', { user: mismatch.interactiveUser }),
        ]),
      };
    }
    if (logonType === CACHED_INTERACTIVE) {
      return {
        status: 'fail',
        ...say('offnetwork-signin', MESSAGES, 'cached'),
        details,
      };
    }
    const computer = bareName(session?.ComputerName);
    if (computer !== null && bareName(logonServer) === computer) {
      return {
        status: 'fail',
        ...say('offnetwork-signin', MESSAGES, 'localAccount', { logonServer: String(logonServer) }),
        details,
      };
    }
    if (events?.signIn.kind === 'contradicts') {
      return {
        status: 'warn',
        ...say('offnetwork-signin', MESSAGES, 'contradicted', {
          contradiction: contradictionText(events.signIn),
        }),
        details,
      };
    }
    return {
      status: 'pass',
      ...(session
        ? logonServer
          ? sayWithEvents('signedInBy', events, { logonServer })
          : sayWithEvents('signedIn', events)
        : sayWithEvents('confirmed', events)),
      details,
    };
  },
};
