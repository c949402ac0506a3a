/**
 * The contract's statuses and stages, in its order (contract §3). Plain data without zod, so the
 * renderer can import the very same lists without pulling the schemas into its bundle.
 */
export const STEP_STATUSES = ['pass', 'warn', 'fail', 'manual', 'blocked', 'skip', 'error'] as const;

export const STAGES = [
  'Requirements',
  'Tenant',
  'VPN profile',
  'Connect',
  'Logon screen',
  'Off-network sign-in',
  'Cumulative update',
] as const;
