/**
 * Which account the probes ran as, from logon.session: a person, SYSTEM, or the OOBE account
 * defaultuser0 (Shift-F10 during setup). As SYSTEM or defaultuser0 the "current user" probes read
 * that account, whose certificate store and logon say nothing about the user who will sign in.
 */
const SYSTEM_SID = 'S-1-5-18';
export const OOBE_ACCOUNT = 'defaultuser0';

export type RunAccount = 'user' | 'system' | 'oobe';

export function runAccount(
  session: { ProcessSid?: string | null; ProcessUser?: string | null } | null,
): RunAccount | null {
  if (!session) return null;
  if (session.ProcessSid?.trim().toUpperCase() === SYSTEM_SID) return 'system';
  const user = session.ProcessUser?.trim();
  if (!user) return session.ProcessSid ? 'user' : null;
  const name = user.split('\\').pop()?.toLowerCase();
  return name === OOBE_ACCOUNT ? 'oobe' : 'user';
}

export function describeAccount(account: RunAccount, user: string | null | undefined): string {
  if (account === 'system') return 'SYSTEM';
  if (account === 'oobe') return `${user ?? OOBE_ACCOUNT}, the setup account of OOBE (Shift-F10)`;
  return user ?? 'the signed-in user';
}
