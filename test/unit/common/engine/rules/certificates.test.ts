import { describe, expect, it } from 'vitest';
import { reviewCertificate, type Certificate } from '../../../../../common/engine/rules/certificates.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const cert = (eku: Certificate['EnhancedKeyUsage']): Certificate => ({
  Subject: 'CN=DEVICE-01.corp.contoso.com',
  Issuer: 'CN=Contoso Issuing CA',
  Thumbprint: 'AB12',
  NotBefore: '2026-01-01T00:00:00Z',
  NotAfter: '2027-01-01T00:00:00Z',
  HasPrivateKey: true,
  EnhancedKeyUsage: eku,
});

describe('client authentication purpose of a machine certificate', () => {
  it.each([
    [
      'Client Authentication by OID',
      [{ FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.2' }],
    ],
    ['no EKU extension at all (every purpose, RFC 5280)', []],
    ['anyExtendedKeyUsage', [{ FriendlyName: 'Any Purpose', ObjectId: '2.5.29.37.0' }]],
    [
      'a localized name with the right OID',
      [{ FriendlyName: 'Clientauthentifizierung', ObjectId: '1.3.6.1.5.5.7.3.2' }],
    ],
  ])('accepts %s', (_label, eku) => {
    expect(reviewCertificate(cert(eku), NOW).problems).toEqual([]);
  });

  it.each([
    [
      'Server Authentication only',
      [{ FriendlyName: 'Server Authentication', ObjectId: '1.3.6.1.5.5.7.3.1' }],
    ],
    [
      'the right friendly name on another OID',
      [{ FriendlyName: 'Client Authentication', ObjectId: '1.3.6.1.5.5.7.3.1' }],
    ],
  ])('refuses %s', (_label, eku) => {
    expect(reviewCertificate(cert(eku), NOW).problems).toContain('no Client Authentication purpose');
  });
});
