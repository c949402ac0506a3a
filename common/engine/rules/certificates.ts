/**
 * Which certificate can authenticate a device VPN before anyone signs in: one in the machine store
 * with Client Authentication, its private key, and valid at the time of the check. User
 * certificates do not count: Intune delivers them only after the user signs in.
 */
import { z } from 'zod';
import { isoDate } from '../parsers/strict-values.js';
import { fillPlaceholders } from '../../i18n/translate.js';

export const CLIENT_AUTHENTICATION_OID = '1.3.6.1.5.5.7.3.2';

const ekuList = z.preprocess(
  (value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.object({ FriendlyName: z.string().nullish(), ObjectId: z.string().nullish() })),
);

export const CertificateSchema = z.object({
  Subject: z.string().nullish(),
  Issuer: z.string().nullish(),
  Thumbprint: z.string().nullish(),
  NotBefore: z.string().nullish(),
  NotAfter: z.string().nullish(),
  HasPrivateKey: z.boolean().nullish(),
  EnhancedKeyUsage: ekuList,
});
export type Certificate = z.infer<typeof CertificateSchema>;
export const CertificateListSchema = z.array(CertificateSchema);

export interface CertificateReview {
  subject: string;
  thumbprint: string | null;
  notAfter: string | null;
  /** Empty when the certificate is usable. */
  problems: string[];
}

/** anyExtendedKeyUsage: valid for every purpose, client authentication included. */
export const ANY_EXTENDED_KEY_USAGE_OID = '2.5.29.37.0';

/**
 * The OID decides: a friendly name is localized and can be set to anything, so it counts only when
 * the usage carries no OID at all (recordings from tools that print names only).
 */
function hasClientAuthentication(cert: Certificate): boolean {
  // No EKU extension at all means every purpose (RFC 5280 §4.2.1.12); the probe reports it as [].
  if (cert.EnhancedKeyUsage.length === 0) return true;
  return cert.EnhancedKeyUsage.some((eku) => {
    const oid = eku.ObjectId?.trim();
    if (oid) return oid === CLIENT_AUTHENTICATION_OID || oid === ANY_EXTENDED_KEY_USAGE_OID;
    return eku.FriendlyName === 'Client Authentication';
  });
}

/** ISO-8601 as the contract says; "0" or "99999" is not a date (new Date() would say it is). */
function parseDate(text: string | null | undefined): Date | null {
  return isoDate(text);
}

/** A certificate's problems in English, declared by the step that says them (vpn-certificate). */
export const CERTIFICATE_PROBLEMS = {
  problemNoClientAuth: 'no Client Authentication purpose',
  problemNoPrivateKey: 'no private key',
  problemDatesUnreadable: 'validity dates not readable',
  problemNotYetValid: 'not valid before {date}',
  problemExpired: 'expired on {date}',
} as const;

export interface CertificateProblem {
  name: keyof typeof CERTIFICATE_PROBLEMS;
  params: Record<string, string>;
}

/** The review details carry (English) and each problem by name, for the step to say. */
export function assessCertificate(
  cert: Certificate,
  now: Date,
): { review: CertificateReview; problems: CertificateProblem[] } {
  const problems: CertificateProblem[] = [];
  if (!hasClientAuthentication(cert)) problems.push({ name: 'problemNoClientAuth', params: {} });
  if (cert.HasPrivateKey !== true) problems.push({ name: 'problemNoPrivateKey', params: {} });
  const notBefore = parseDate(cert.NotBefore);
  const notAfter = parseDate(cert.NotAfter);
  const day = (date: Date): Record<string, string> => ({ date: date.toISOString().slice(0, 10) });
  if (!notBefore || !notAfter) problems.push({ name: 'problemDatesUnreadable', params: {} });
  else if (now < notBefore) problems.push({ name: 'problemNotYetValid', params: day(notBefore) });
  else if (now > notAfter) problems.push({ name: 'problemExpired', params: day(notAfter) });
  return {
    review: {
      subject: cert.Subject ?? '(no subject)',
      thumbprint: cert.Thumbprint ?? null,
      notAfter: notAfter ? notAfter.toISOString() : null,
      problems: problems.map((p) => fillPlaceholders(CERTIFICATE_PROBLEMS[p.name], p.params)),
    },
    problems,
  };
}

export const reviewCertificate = (cert: Certificate, now: Date): CertificateReview =>
  assessCertificate(cert, now).review;
