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

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

/** A DNS host name: labels of letters, digits and hyphens, dots between them (login.live.com, DC01). */
export const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);

/** An Active Directory DNS domain: a host name with at least one dot (corp.contoso.com). */
export const DOMAIN_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);
