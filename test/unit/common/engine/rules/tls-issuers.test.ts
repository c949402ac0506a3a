import { describe, expect, it } from 'vitest';
import { classifyChain, type ChainLink } from '../../../../../common/engine/rules/tls-issuers.js';
import { parseProxyAddress } from '../../../../../common/engine/rules/proxy-address.js';

const link = (
  subject: string,
  subjectO: string | null,
  issuer: string,
  issuerO: string | null,
): ChainLink => ({
  subject: { CN: subject, O: subjectO },
  issuer: { CN: issuer, O: issuerO },
});

/** As login.microsoftonline.com and *.azureedge.net are served (openssl s_client, see the rule's header). */
const azureRsa: ChainLink[] = [
  link(
    'login.microsoftonline.com',
    'Microsoft Corporation',
    'Microsoft Azure RSA TLS Issuing CA 04',
    'Microsoft Corporation',
  ),
  link(
    'Microsoft Azure RSA TLS Issuing CA 04',
    'Microsoft Corporation',
    'DigiCert Global Root G2',
    'DigiCert Inc',
  ),
];

describe('classifyChain', () => {
  it.each([
    ['Azure RSA under DigiCert Global Root G2', azureRsa],
    [
      'Azure ECC under Microsoft ECC Root 2017',
      [
        link(
          'enterpriseregistration.windows.net',
          null,
          'Microsoft Azure ECC TLS Issuing CA 07',
          'Microsoft Corporation',
        ),
        link(
          'Microsoft Azure ECC TLS Issuing CA 07',
          'Microsoft Corporation',
          'Microsoft ECC Root Certificate Authority 2017',
          'Microsoft Corporation',
        ),
      ],
    ],
    [
      'DigiCert TLS issuing CA (login.live.com)',
      [
        link('login.live.com', 'Microsoft Corporation', 'DigiCert SHA2 Secure Server CA', 'DigiCert Inc'),
        link('DigiCert SHA2 Secure Server CA', 'DigiCert Inc', 'DigiCert Global Root CA', 'DigiCert Inc'),
      ],
    ],
  ])('recognises %s as the public chain', (_label, chain) => {
    expect(classifyChain(chain).kind).toBe('public');
  });

  it.each([
    ['Zscaler Intermediate Root CA (zscalerthree.net)', 'Zscaler Inc.', 'Zscaler'],
    ['PA-VM Forward Trust CA', 'Palo Alto Networks', 'Palo Alto Networks'],
    ['ca.goskope.com', 'Netskope Inc', 'Netskope'],
    ['FortiGate CA', 'Fortinet', 'Fortinet FortiGate'],
    ['Blue Coat SG-S200 Series', 'Blue Coat Systems', 'Blue Coat / Symantec ProxySG'],
    ['Forcepoint Cloud Proxy CA', null, 'Forcepoint'],
    ['Cisco Umbrella Secondary SubCA ash-SG', 'Cisco', 'Cisco Umbrella / Secure Web Appliance'],
  ])('names %s as interception by its product', (cn, o, product) => {
    const verdict = classifyChain([
      link('login.microsoftonline.com', null, cn, o),
      link(cn, o, `${cn} Root`, o),
    ]);
    expect(verdict).toMatchObject({ kind: 'intercepted', product });
    expect(verdict.issuer).toContain(cn);
  });

  it('finds an inspecting CA above a public-looking intermediate name', () => {
    const forged = [
      azureRsa[0]!,
      link(
        'Microsoft Azure RSA TLS Issuing CA 04',
        'Microsoft Corporation',
        'Zscaler Root CA',
        'Zscaler Inc.',
      ),
    ];
    expect(classifyChain(forged)).toMatchObject({
      kind: 'intercepted',
      product: 'Zscaler',
      issuer: 'Zscaler Root CA',
    });
  });

  it('calls an unknown corporate CA unrecognised and names it', () => {
    const verdict = classifyChain([
      link('login.microsoftonline.com', null, 'Outbound Inspection CA', 'Contoso Ltd'),
    ]);
    expect(verdict).toEqual({
      kind: 'unrecognised',
      issuer: 'Outbound Inspection CA, Contoso Ltd',
      product: null,
    });
  });

  it('does not trust a public CA name under another organisation', () => {
    const verdict = classifyChain([link('login.live.com', null, 'DigiCert Global Root G2', 'Contoso Ltd')]);
    expect(verdict.kind).toBe('unrecognised');
  });

  it('calls an empty chain unrecognised', () => {
    expect(classifyChain([]).kind).toBe('unrecognised');
  });
});

describe('parseProxyAddress', () => {
  it.each([
    ['proxy.corp.contoso.com:8080', { host: 'proxy.corp.contoso.com', port: 8080 }],
    ['http://proxy.corp.contoso.com:3128/', { host: 'proxy.corp.contoso.com', port: 3128 }],
    ['http=web:80;https=secure.contoso.com:8443', { host: 'secure.contoso.com', port: 8443 }],
    ['proxy.contoso.com', { host: 'proxy.contoso.com', port: 80 }],
    ['[::1]:8080', { host: '::1', port: 8080 }],
  ])('reads %s', (setting, expected) => {
    expect(parseProxyAddress(setting)).toEqual(expected);
  });

  it.each(['', 'http=web:80', 'proxy:99999', 'pro xy$(x):80;;'])('refuses %j', (setting) => {
    expect(parseProxyAddress(setting)).toBeNull();
  });
});
