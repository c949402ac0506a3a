/**
 * Reads the device's events for the logon-screen and sign-in steps (issue 16). The events are
 * evidence beside the technician's answer, never the answer: a recording without the events probes
 * (every v1 recording) gives no timeline and the step decides exactly as before, and an events probe
 * that fails is named in the details without changing the step's status.
 */
import { ProbeFailure, type ProbeArgs } from '../../model.js';
import type { StepContext } from '../step-definition.js';
import type { Said, StepMessage } from '../say.js';
import { probeFailureMessage } from '../engine-messages.js';
import { askStructured, CheckError } from './probe-call.js';
import { vpnKindOf } from './vpn-kind.js';
import { EventsProbeSchema, type EventsProbe } from '../parsers/windows-events.js';
import {
  assessSignIn,
  buildTimeline,
  describeSignInEvidence,
  type EventTimeline,
  type SignInEvidence,
} from '../timeline.js';

/** The detail that lists why an events probe gave nothing (English; said by id in detailMessages). */
export const EVENT_PROBLEMS = 'eventProblems';

export interface EventEvidence {
  timeline: EventTimeline;
  signIn: SignInEvidence;
  sentence: Said;
  /** Why an events probe gave nothing, when one did not. */
  problems: string[];
}

/** The window the technician chose, or none (the scripts then start at the last boot). */
export function eventArgs(ctx: StepContext): ProbeArgs {
  const since = ctx.inputs.eventsSince?.trim();
  return since ? { since } : {};
}

export async function readEventEvidence(ctx: StepContext): Promise<EventEvidence | null> {
  const outputs: EventsProbe[] = [];
  const problems: string[] = [];
  const saidProblems: (StepMessage | null)[] = [];
  for (const probe of ['events.vpn', 'events.join'] as const) {
    try {
      outputs.push(await askStructured(ctx, { probe, args: eventArgs(ctx) }, EventsProbeSchema, 'object'));
    } catch (error) {
      if (error instanceof ProbeFailure && error.kind === 'not-recorded') continue;
      if (error instanceof ProbeFailure && error.kind === 'cancelled') throw error;
      problems.push(error instanceof CheckError || error instanceof Error ? error.message : String(error));
      saidProblems.push(
        error instanceof CheckError
          ? (error.said ?? null)
          : error instanceof ProbeFailure
            ? probeFailureMessage(error)
            : null,
      );
    }
  }
  // Said by id beside the English details keep (eventDetails), for the timeline and the report.
  if (saidProblems.some((said) => said !== null)) ctx.sayDetail?.(EVENT_PROBLEMS, saidProblems);
  if (outputs.length === 0 && problems.length === 0) return null;
  const timeline = buildTimeline(outputs);
  const signIn = exemptThirdParty(ctx, assessSignIn(timeline));
  return { timeline, signIn, sentence: describeSignInEvidence(signIn), problems };
}

/**
 * RasClient logs only Windows' own VPN connections: with a third-party client (vpn-kind), no VPN
 * event before the sign-in is expected, so it contradicts nothing. A cached logon still does.
 */
function exemptThirdParty(ctx: StepContext, signIn: SignInEvidence): SignInEvidence {
  if (signIn.kind !== 'contradicts' || signIn.reason !== 'no-vpn-before-sign-in') return signIn;
  return vpnKindOf(ctx)?.kind === 'third-party' ? { kind: 'unknown', reason: 'third-party-client' } : signIn;
}

/** What a step puts in its details: the timeline for the UI and the report, the assessment in words. */
export function eventDetails(evidence: EventEvidence | null): Record<string, unknown> {
  if (!evidence) return {};
  return {
    timeline: evidence.timeline,
    eventEvidence: evidence.signIn.kind,
    ...(evidence.signIn.kind === 'contradicts' ? { contradiction: evidence.signIn.reason } : {}),
    ...(evidence.problems.length > 0 ? { [EVENT_PROBLEMS]: evidence.problems } : {}),
  };
}
