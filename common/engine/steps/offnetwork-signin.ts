import { z } from 'zod';
import { ProbeFailure } from '../../model.js';
import type { StepContext, StepDefinition } from '../step-definition.js';
import { askStructured, CheckError } from '../rules/probe-call.js';
import { showRaw } from '../parsers/strict-values.js';
import { VPN_VALIDATION } from '../sources.js';

const CACHED_INTERACTIVE = 11;

const LogonSessionSchema = z.object({
  LogonServer: z.string().nullish(),
  UserDnsDomain: z.string().nullish(),
  Upn: z.string().nullish(),
  ComputerName: z.string().nullish(),
  // Read by readLogonType, which names the raw value when it is not the contract number.
  LogonType: z.unknown(),
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

/** "\\\\LAB-PC-07.corp.contoso.com" and "LAB-PC-07" are the same machine: compare the host label. */
function bareName(server: string | null | undefined): string | null {
  const name = (server ?? '').replace(/^\\+/, '').trim().split('.')[0] ?? '';
  return name === '' ? null : name.toUpperCase();
}

/** The contract's number, exactly; "CachedInteractive", "11" or 11.5 is not understood. */
function readLogonType(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new CheckError(
    `The LogonType of logon.session was not understood: ${showRaw(value)} is not a logon type number.`,
    { raw: value },
  );
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
  probes: ['logon.session'],
  dependsOn: [],
  remediation: {
    fail: [
      'Use an account that has never signed in on this device: cached credentials let Windows sign in without the domain, which proves nothing.',
      'Connect the VPN from the logon screen icon before typing the password, and check that "Sign-in options" shows the VPN as connected.',
      'If the sign-in fails with "no logon servers available", go back to "A domain controller answers over the VPN".',
    ],
  },
  async check(ctx) {
    const confirmation = ctx.confirmations['offnetwork-signin'];
    // Only a confirmed pass rests on the session evidence; until then the step waits for the
    // technician (contract §3) and shows the evidence only when it could be read.
    const session =
      confirmation?.result === 'pass' ? await readSession(ctx) : await readSession(ctx).catch(() => null);
    const logonType =
      confirmation?.result === 'pass' ? readLogonType(session?.LogonType) : safeLogonType(session);
    const logonServer = session?.LogonServer ?? null;
    const details: Record<string, unknown> = session ? { logonType, logonServer } : {};
    if (!confirmation) {
      return {
        status: 'manual',
        summary:
          'Sign in off the corporate network through the VPN with an account that has no cached credentials, then confirm.',
        details,
      };
    }
    details.note = confirmation.note;
    if (confirmation.result === 'fail') {
      return {
        status: 'fail',
        summary: 'The technician reports the off-network sign-in did not work.',
        details,
      };
    }
    if (logonType === CACHED_INTERACTIVE) {
      return {
        status: 'fail',
        summary:
          'This session used cached credentials (logon type 11): the domain never saw the sign-in, so the VPN was not proven.',
        details,
      };
    }
    const computer = bareName(session?.ComputerName);
    if (computer !== null && bareName(logonServer) === computer) {
      return {
        status: 'fail',
        summary: `The session was authenticated by the computer itself (${logonServer}): a local account, not a domain sign-in.`,
        details,
      };
    }
    return {
      status: 'pass',
      summary: session
        ? `Signed in off-network through the VPN${logonServer ? `; authenticated by ${logonServer}` : ''}.`
        : 'The technician confirms the off-network sign-in through the VPN worked.',
      details,
    };
  },
};
