import type { StepDefinition } from '../step-definition.js';
import { VPN_VALIDATION } from '../sources.js';
import { eventDetails, readEventEvidence } from '../rules/event-evidence.js';
import { contradictionText } from '../timeline.js';
import { say, type SayParam } from '../say.js';

/*
 * `{events}` is the sentence the device's events say (rules/event-evidence.ts) and
 * `{contradiction}` why they contradict a pass (timeline.ts); `{note}` is the technician's own words.
 */
const MESSAGES = {
  ask: 'Sign out and check the logon screen for the VPN icon, then confirm.',
  askWithEvents: 'Sign out and check the logon screen for the VPN icon, then confirm. {events}',
  notSeen: 'The technician did not see the VPN icon on the logon screen.',
  notSeenNote: 'The technician did not see the VPN icon on the logon screen. Note: {note}',
  contradicted:
    "The technician saw the VPN icon on the logon screen, but the device's events say {contradiction}.",
  contradictedNote:
    "The technician saw the VPN icon on the logon screen, but the device's events say {contradiction}. Note: {note}",
  seen: 'The technician saw the VPN icon on the logon screen.',
  seenWithEvents: 'The technician saw the VPN icon on the logon screen. {events}',
  seenNote: 'The technician saw the VPN icon on the logon screen. Note: {note}',
  seenWithEventsNote: 'The technician saw the VPN icon on the logon screen. {events} Note: {note}',
} as const;

/** The message with the technician's note when there is one (its `…Note` twin). */
const NOTED = {
  notSeen: 'notSeenNote',
  contradicted: 'contradictedNote',
  seen: 'seenNote',
  seenWithEvents: 'seenWithEventsNote',
} as const;

function sayWithNote(name: keyof typeof NOTED, note: string, params: Record<string, SayParam> = {}) {
  const trimmed = note.trim();
  return trimmed
    ? say('logon-vpn-icon', MESSAGES, NOTED[name], { ...params, note: trimmed })
    : say('logon-vpn-icon', MESSAGES, name, params);
}

export const logonVpnIconStep: StepDefinition = {
  id: 'logon-vpn-icon',
  stage: 'Logon screen',
  kind: 'manual',
  title: 'VPN icon on the logon screen',
  instructions:
    'Sign out (Ctrl+Alt+Del > Sign out). On the sign-in screen, look at the bottom right: a network icon with the VPN connection must be shown. Come back and confirm what you saw.',
  why: 'The user connects the VPN from the logon screen before signing in; without the icon they cannot.',
  source: VPN_VALIDATION,
  // Extension (issue 16): the device's own events, shown beside the question (never the answer).
  probes: ['events.vpn', 'events.join'],
  // vpn-kind (issue 16a): a third-party client writes no RasClient events.
  dependsOn: ['vpn-kind'],
  remediation: {
    fail: [
      'The VPN connection must be per-machine (all-user); a per-user connection is not shown on the logon screen.',
      'For third-party clients, enable their "Start Before Logon"/"pre-logon" option in the Win32 app\'s configuration.',
      'Make sure the Group Policy "Do not display network selection UI" is not enabled (Computer Configuration > Administrative Templates > System > Logon).',
    ],
    warn: [
      'Sign out, connect the VPN with the icon on the sign-in screen, sign in with a domain account that has no cached credentials, then run the checks again so the events show the VPN connected before the sign-in.',
      'In Event Viewer > Windows Logs > Application, filter on source RasClient: 20225 means the VPN connected, 20227 that it failed (with the RAS error code).',
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const confirmation = ctx.confirmations['logon-vpn-icon'];
    const events = await readEventEvidence(ctx);
    const evidence = eventDetails(events);
    if (!confirmation) {
      return {
        status: 'manual',
        ...(events
          ? say('logon-vpn-icon', MESSAGES, 'askWithEvents', { events: events.sentence })
          : say('logon-vpn-icon', MESSAGES, 'ask')),
        details: evidence,
      };
    }
    const details = { note: confirmation.note, ...evidence };
    if (confirmation.result === 'fail') {
      return {
        status: 'fail',
        ...sayWithNote('notSeen', confirmation.note),
        details,
      };
    }
    // A "pass" the device's own events contradict is a warning, never a silent pass.
    return events?.signIn.kind === 'contradicts'
      ? {
          status: 'warn',
          ...sayWithNote('contradicted', confirmation.note, {
            contradiction: contradictionText(events.signIn),
          }),
          details,
        }
      : {
          status: 'pass',
          ...(events
            ? sayWithNote('seenWithEvents', confirmation.note, { events: events.sentence })
            : sayWithNote('seen', confirmation.note)),
          details,
        };
  },
};
