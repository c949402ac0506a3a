import { z } from 'zod';
import { ProbeFailure } from '../../model.js';
import type { StepContext, StepDefinition } from '../step-definition.js';
import { askStructured } from '../rules/probe-call.js';
import { VPN_VALIDATION } from './sources.js';
import { describeAccount, runAccount } from '../rules/run-account.js';

const CACHED_INTERACTIVE = 11;

const LogonSessionSchema = z.object({
  LogonServer: z.string().nullish(),
  UserDnsDomain: z.string().nullish(),
  Upn: z.string().nullish(),
  ComputerName: z.string().nullish(),
  LogonType: z.union([z.number(), z.string()]).nullish(),
  // Extensions (docs/CONTRACT-EXTENSIONS.md): the probe's own account and the console's user, who
  // differ after "Run as administrator" with another account.
  ProcessUser: z.string().nullish(),
  ProcessSid: z.string().nullish(),
  InteractiveUser: z.string().nullish(),
  InteractiveLogonType: z.union([z.number(), z.string()]).nullish(),
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

function describeLogon(type: number | null): string {
  if (type === null) return 'in a way the app could not read';
  if (type === CACHED_INTERACTIVE) return 'with cached credentials (logon type 11)';
  return `with logon type ${type}`;
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

function bareName(server: string | null | undefined): string | null {
  const name = (server ?? '').replace(/^\\+/, '').trim();
  return name === '' ? null : name.toUpperCase();
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
      session?.LogonType === null || session?.LogonType === undefined ? null : Number(session.LogonType);
    const logonServer = session?.LogonServer ?? null;
    const details: Record<string, unknown> = session ? { logonType, logonServer } : {};
    const account = runAccount(session);
    if (account === 'system' || account === 'oobe') {
      return {
        status: 'skip',
        summary: `Not checked here: the app runs as ${describeAccount(account, session?.ProcessUser)}, so the sign-in it can see is that account's, not a user's. Check the off-network sign-in after setup, with the app started by the user who signed in.`,
        details: { ...details, runAccount: account },
      };
    }
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
    const mismatch = otherAccount(session);
    if (mismatch) {
      const interactiveType =
        session?.InteractiveLogonType === null || session?.InteractiveLogonType === undefined
          ? null
          : Number(session.InteractiveLogonType);
      return {
        status: 'error',
        summary: `Could not check: the app runs as ${mismatch.processUser} (logon type ${logonType ?? 'unknown'}), but ${mismatch.interactiveUser} signed in at the console ${describeLogon(interactiveType)}; the sign-in evidence must be the user's own.`,
        details: { ...details, ...mismatch, interactiveLogonType: interactiveType },
        remediation: [
          `Start the app as ${mismatch.interactiveUser} without "Run as administrator", then run this step again.`,
        ],
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
