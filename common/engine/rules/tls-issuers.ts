/**
 * Who issued the certificate chain an endpoint served: the public chain Microsoft serves its
 * Autopilot, Entra and Intune endpoints with, a TLS-inspecting proxy or security product named the
 * way admins know it, or someone else. Decided on the certificates' names (CN and O are
 * identifiers, the same in every Windows language), never on an error message. Pure.
 *
 * The public names follow Microsoft's "Azure Certificate Authority details" (roots DigiCert Global
 * Root G2/G3 and CA, Microsoft RSA/ECC Root Certificate Authority 2017, Microsoft TLS RSA/ECC Root
 * G2, Baltimore CyberTrust Root; subordinates Microsoft Azure RSA/ECC TLS Issuing CA nn, Microsoft
 * Azure TLS Issuing CA nn, Microsoft RSA/ECC TLS CA nn, and DigiCert's TLS issuing CAs), as served
 * e.g. "DigiCert Global Root G2 > Microsoft Azure RSA TLS Issuing CA 04 > leaf".
 */
export interface CertName {
  CN: string | null;
  O: string | null;
}

export interface ChainLink {
  subject: CertName;
  issuer: CertName;
}

export type ChainKind = 'public' | 'intercepted' | 'unrecognised';

export interface ChainVerdict {
  kind: ChainKind;
  /** The issuing CA as its certificate names it: "Zscaler Intermediate Root CA (zscalerthree.net)". */
  issuer: string;
  /** The interception product, when the names say which. */
  product: string | null;
}

const PUBLIC_CAS: readonly RegExp[] = [
  /^DigiCert Global Root (CA|G2|G3)$/i,
  /^Baltimore CyberTrust Root$/i,
  /^Microsoft (RSA|ECC) Root Certificate Authority 2017$/i,
  /^Microsoft TLS (RSA|ECC) Root G2$/i,
  /^Microsoft Azure (RSA |ECC )?TLS Issuing CA \d{2}$/i,
  /^Microsoft (RSA|ECC) TLS (Issuing )?CA \d{2}$/i,
  /^Microsoft TLS (RSA|ECC) Issuing CA \d{2}$/i,
  /^DigiCert SHA2 Secure Server CA$/i,
  /^DigiCert Cloud Services CA-1$/i,
  /^DigiCert (Global G2 |Global G3 )?TLS (RSA|ECC|Hybrid ECC) SHA(256|384) 2020 CA1$/i,
  /^DigiCert Basic RSA CN CA G2$/i,
  /^GeoTrust Global TLS RSA4096 SHA256 2022 CA1$/i,
];
const PUBLIC_ORGS = /^(Microsoft Corporation|DigiCert,? Inc\.?|Baltimore)$/i;

/** Words, not names: the step says them by id (steps/tls-inspection.ts). */
export const ANTIVIRUS_SCANNER = 'an antivirus HTTPS scanner';
export const UNNAMED_ISSUER = 'an unnamed issuer';
export const NO_CERTIFICATE = 'no certificate';

/** Interception products, by the names their generated CAs carry. */
const INTERCEPTORS: readonly [RegExp, string][] = [
  [/zscaler/i, 'Zscaler'],
  [/palo ?alto|pan-?os|globalprotect/i, 'Palo Alto Networks'],
  [/netskope/i, 'Netskope'],
  [/fortinet|fortigate/i, 'Fortinet FortiGate'],
  [/blue ?coat|symantec|proxysg/i, 'Blue Coat / Symantec ProxySG'],
  [/forcepoint|websense/i, 'Forcepoint'],
  [/cisco umbrella|opendns|cisco.*(secure web|wsa)/i, 'Cisco Umbrella / Secure Web Appliance'],
  [/check ?point/i, 'Check Point'],
  [/sophos/i, 'Sophos'],
  [/barracuda/i, 'Barracuda'],
  [/mcafee|skyhigh/i, 'Skyhigh (McAfee) Web Gateway'],
  [/menlo/i, 'Menlo Security'],
  [/iboss/i, 'iboss'],
  [/cloudflare.*(gateway|for teams)|gateway ca.*cloudflare/i, 'Cloudflare Gateway'],
  [/squid/i, 'Squid'],
  [/kaspersky|eset|avast|avg |bitdefender|trend ?micro/i, ANTIVIRUS_SCANNER],
];

/** "CN, O", without the organisation when the CN already says it (Zscaler Root CA, Zscaler Inc.). */
function label(name: CertName): string {
  const orgWord = name.O?.split(/[\s,.]+/)[0]?.toLowerCase() ?? '';
  if (name.CN && name.O && !name.CN.toLowerCase().includes(orgWord)) return `${name.CN}, ${name.O}`;
  return name.CN ?? name.O ?? UNNAMED_ISSUER;
}

function isPublicCa(name: CertName): boolean {
  return (
    name.CN !== null &&
    PUBLIC_CAS.some((re) => re.test(name.CN ?? '')) &&
    (name.O === null || PUBLIC_ORGS.test(name.O))
  );
}

export function classifyChain(chain: readonly ChainLink[]): ChainVerdict {
  const leaf = chain[0];
  if (!leaf) return { kind: 'unrecognised', issuer: NO_CERTIFICATE, product: null };
  // Every CA named anywhere in the chain: a proxy's CA may sit above a public-looking name.
  const cas = [leaf.issuer, ...chain.slice(1).flatMap((c) => [c.subject, c.issuer])];
  for (const ca of cas) {
    const text = `${ca.CN ?? ''} ${ca.O ?? ''}`;
    const product = INTERCEPTORS.find(([re]) => re.test(text))?.[1];
    if (product) return { kind: 'intercepted', issuer: label(ca), product };
  }
  if (cas.every(isPublicCa)) return { kind: 'public', issuer: label(leaf.issuer), product: null };
  const stranger = cas.find((ca) => !isPublicCa(ca)) ?? leaf.issuer;
  return { kind: 'unrecognised', issuer: label(stranger), product: null };
}
