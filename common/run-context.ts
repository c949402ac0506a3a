/**
 * Who the app runs as, for the start screen: elevated or not, and whether the account is a person,
 * SYSTEM, or the OOBE setup account defaultuser0. Pure: main reads the facts (the PowerShell host's
 * check), the renderer shows them.
 */
import { z } from 'zod';
import type { StepId } from './model.js';

export const RunContextSchema = z.object({
  user: z.string().nullable(),
  elevated: z.boolean().nullable(),
  account: z.enum(['user', 'system', 'oobe']).nullable(),
});
export type RunContext = z.infer<typeof RunContextSchema>;

/** Steps that only an elevated app can carry out, and why (what a standard user gets instead). */
export const NEEDS_ELEVATION: ReadonlyArray<{ step: StepId; title: string; why: string }> = [
  {
    step: 'update-install',
    title: 'Install the cumulative update',
    why: 'wusa.exe installs updates only for an administrator',
  },
  {
    step: 'autopilot-profile',
    title: 'Autopilot profile',
    why: 'the cached profile file (AutopilotDDSZTDFile.json) is readable only by administrators',
  },
];

const SYSTEM_SID = 'S-1-5-18';

/** The account kind from the host's identity; SID first (names are localized). */
export function accountKind(
  user: string | null,
  sid: string | null,
  system: boolean | null,
): RunContext['account'] {
  if (system === true || sid?.toUpperCase() === SYSTEM_SID) return 'system';
  if (user === null) return null;
  return user.split('\\').pop()?.toLowerCase() === 'defaultuser0' ? 'oobe' : 'user';
}

export interface RunContextLine {
  tone: 'ok' | 'warn';
  text: string;
}

/** One or two sentences a technician reads at a glance. */
export function describeRunContext(context: RunContext): RunContextLine[] {
  const lines: RunContextLine[] = [];
  const who = context.user ? ` as ${context.user}` : '';
  if (context.account === 'system') {
    lines.push({
      tone: 'warn',
      text: `Running as SYSTEM: the user certificate store and the off-network sign-in are not checked (they would be SYSTEM's).`,
    });
  } else if (context.account === 'oobe') {
    lines.push({
      tone: 'warn',
      text: `Running${who}, the setup account of OOBE: the off-network sign-in and the user certificate store are checked after setup, by the user.`,
    });
  }
  if (context.elevated === true) {
    lines.push({
      tone: 'ok',
      text: `Running as administrator${context.account === 'user' ? who : ''}: every step can run.`,
    });
  } else if (context.elevated === false) {
    // The why of each step stays in the docs and the step's own result; here only what to do.
    const steps = NEEDS_ELEVATION.map((s) => `“${s.title}”`).join(' and ');
    const account = context.user ? ` (${context.user})` : '';
    lines.push({
      tone: 'warn',
      text: `Not running as administrator${account}: ${steps} need it. Start the app with “Run as administrator” before those steps.`,
    });
  }
  return lines;
}
