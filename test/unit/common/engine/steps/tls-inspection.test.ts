import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINTS } from '../../../../../common/engine/endpoints.js';
import { tlsInspectionStep } from '../../../../../common/engine/steps/tls-inspection.js';
import { json, runStep, settled, timedOut, type Entry } from './harness.js';

const HTTPS = DEFAULT_ENDPOINTS.filter((e) => e.port === 443);

const cert = (subject: string, subjectO: string | null, issuer: string, issuerO: string | null) => ({
  subject: { CN: subject, O: subjectO },
  issuer: { CN: issuer, O: issuerO },
  fingerprint256: 'AA:BB',
});
const publicChain = (host: string) => [
  cert(host, null, 'Microsoft Azure RSA TLS Issuing CA 04', 'Microsoft Corporation'),
  cert(
    'Microsoft Azure RSA TLS Issuing CA 04',
    'Microsoft Corporation',
    'DigiCert Global Root G2',
    'DigiCert Inc',
  ),
];
const zscalerChain = (host: string) => [
  cert(host, null, 'Zscaler Intermediate Root CA (zscalerthree.net)', 'Zscaler Inc.'),
  cert('Zscaler Intermediate Root CA (zscalerthree.net)', 'Zscaler Inc.', 'Zscaler Root CA', 'Zscaler Inc.'),
];

function tls(host: string, chain: unknown[], proxy?: string, reached = true): Entry {
  return {
    probe: 'tls.chain',
    args: { host, port: 443, ...(proxy ? { proxy } : {}) },
    result: json({
      host,
      port: 443,
      via: proxy ?? 'direct',
      reached,
      chain,
      error: reached ? null : 'ECONNRESET',
    }),
  };
}

const directProxy = [settled('proxy', 'pass', { mode: 'direct' })];

describe('tls-inspection', () => {
  it('passes when every HTTPS endpoint is served Microsoft’s public chain, and leaves port 80 alone', async () => {
    const r = await runStep(tlsInspectionStep, {
      previous: directProxy,
      probes: HTTPS.map((e) => tls(e.host, publicChain(e.host))),
    });
    expect(r.status).toBe('pass');
    expect(r.details.checked).toHaveLength(HTTPS.length);
    expect(r.details.checked).not.toContain('www.msftconnecttest.com:80');
    expect(r.details.via).toBe('direct');
  });

  it('warns and names Zscaler for the inspected endpoints only, through the WinHTTP proxy', async () => {
    const proxy = 'proxy.corp.contoso.com:8080';
    const inspected = new Set(['login.microsoftonline.com', 'device.login.microsoftonline.com']);
    const r = await runStep(tlsInspectionStep, {
      previous: [settled('proxy', 'warn', { mode: 'proxy', server: proxy })],
      probes: HTTPS.map((e) =>
        tls(e.host, inspected.has(e.host) ? zscalerChain(e.host) : publicChain(e.host), proxy),
      ),
    });
    expect(r.status).toBe('warn');
    expect(r.summary).toContain('Zscaler (“Zscaler Intermediate Root CA (zscalerthree.net)”)');
    expect(r.details.inspected).toEqual([
      'login.microsoftonline.com:443',
      'device.login.microsoftonline.com:443',
    ]);
    expect(r.details.products).toEqual(['Zscaler']);
    expect(r.details.via).toBe(proxy);
    expect(r.remediation[0]).toContain('exempt login.microsoftonline.com, device.login.microsoftonline.com');
  });

  it('names an unknown issuer without calling it a known product', async () => {
    const r = await runStep(tlsInspectionStep, {
      previous: directProxy,
      probes: HTTPS.map((e) =>
        tls(
          e.host,
          e.host === 'ztd.dds.microsoft.com'
            ? [cert(e.host, null, 'Contoso SSL Inspection', 'Contoso')]
            : publicChain(e.host),
        ),
      ),
    });
    expect(r.status).toBe('warn');
    expect(r.summary).toContain(
      'not from Microsoft’s public chain: “Contoso SSL Inspection” for ztd.dds.microsoft.com:443',
    );
    expect(r.details.products).toEqual([]);
  });

  it('does not judge endpoints that did not answer, and skips when none did', async () => {
    const some = await runStep(tlsInspectionStep, {
      previous: directProxy,
      probes: HTTPS.map((e, i) => tls(e.host, i === 0 ? [] : publicChain(e.host), undefined, i !== 0)),
    });
    expect(some.status).toBe('pass');
    expect(some.details.notReached).toEqual({ 'ztd.dds.microsoft.com:443': 'ECONNRESET' });
    const none = await runStep(tlsInspectionStep, {
      previous: directProxy,
      probes: HTTPS.map((e) => tls(e.host, [], undefined, false)),
    });
    expect(none.status).toBe('skip');
    expect(none.summary).toContain('network-endpoints');
  });

  it('is skipped, not counted, on a recording made before tls.chain existed', async () => {
    const r = await runStep(tlsInspectionStep, { previous: directProxy, probes: [] });
    expect(r.status).toBe('skip');
    expect(r.details.reason).toBe('not-recorded');
  });

  it('errors on an answer about another host or a timed-out probe', async () => {
    const other = await runStep(tlsInspectionStep, {
      previous: directProxy,
      probes: HTTPS.map((e) => ({
        ...tls(e.host, publicChain(e.host)),
        result: json({ host: 'evil.example', port: 443, reached: true, chain: [] }),
      })),
    });
    expect(other.status).toBe('error');
    expect(other.summary).toContain('evil.example');
    const slow = await runStep(tlsInspectionStep, {
      previous: directProxy,
      probes: HTTPS.map((e) => ({ ...tls(e.host, []), result: timedOut(15000) })),
    });
    expect(slow.status).toBe('error');
    expect(slow.summary).toContain('timed out');
  });
});
