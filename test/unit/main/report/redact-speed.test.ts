/**
 * Issue 14: the redactor's fast paths (JWTs found from "eyJ", per-line rules over slices cut at
 * line ends, a loop for thumbprints, a hint before the IPv6 pattern) must find exactly what the
 * patterns found: nothing a slice boundary or a prefilter skips may keep a secret. Speed itself is
 * measured in `npm run bench` (redact.*), never timed here.
 */
import { describe, expect, it } from 'vitest';
import { createRedactor, lineSlices } from '../../../../main/report/redact.js';

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJqZG9lQGNvbnRvc28uY29tIiwidGlkIjoiNzJmOTg4YmYifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
const FILLER = 'Adapter 10.0.19045.1 ready\r\n'.repeat(4000); // > 64 KB: more than one slice

describe('line slices', () => {
  it('cut only just after a line end and join back to the text', () => {
    const text = `${'x'.repeat(70_000)}\n${'y\r\n'.repeat(30_000)}tail`;
    const slices = [...lineSlices(text, 1000)];
    expect(slices.join('')).toBe(text);
    for (const slice of slices.slice(0, -1)) expect(slice.endsWith('\n')).toBe(true);
    expect(slices.length).toBeGreaterThan(10);
  });
});

describe('secrets in text longer than one slice', () => {
  const redactor = createRedactor({ personal: false });

  it('removes a password on every line, whichever slice holds it', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `step ${i} password=Hunter${i}!`);
    const out = redactor.text(lines.join('\n'));
    expect(out).not.toMatch(/Hunter\d/);
    expect(out.split('\n')).toHaveLength(20_000);
  });

  it('removes a JSON value spread over lines across a slice boundary', () => {
    const text = `${FILLER}{"Password":\n  "Winter\n2026!"}\n${FILLER}`;
    const out = redactor.text(text);
    expect(out).not.toContain('Winter');
    expect(out).toContain('"Password":\n  "<redacted>"');
  });

  it('removes an XML secret spread over lines in a long text', () => {
    const out = redactor.text(`${FILLER}<PreSharedKey>\ns3cr3t\n</PreSharedKey>${FILLER}`);
    expect(out).not.toContain('s3cr3t');
  });

  it.each([
    [`..${JWT}.`, `..<redacted-token>.`],
    [`v1.2.${JWT}`, `v1.2.<redacted-token>`],
    [`Bearer%20${JWT}`, `Bearer%20<redacted-token>`],
    [`x_${JWT} and eyJ alone`, `x_<redacted-token> and eyJ alone`],
    [`eyJnotatoken`, `eyJnotatoken`],
  ])('finds the JWT in %s', (input, expected) => {
    expect(redactor.text(input)).toBe(expected);
    expect(redactor.text(`${FILLER}${input}\n${FILLER}`)).toContain(expected);
  });
});

describe('personal data in text longer than one slice', () => {
  it('replaces thumbprints of exactly 40 or 64 hex digits, keeps longer runs whole', () => {
    const sha1 = 'a'.repeat(36) + 'BEEF';
    const sha256 = 'b'.repeat(60) + 'CAFE';
    const blob = 'c'.repeat(41);
    const out = createRedactor({ personal: true }).text(`${sha1} ${sha256}:${blob}\n${FILLER}${sha1}`);
    expect(out.startsWith('<thumbprint-…BEEF> <thumbprint-…CAFE>:' + blob)).toBe(true);
    expect(out.endsWith('<thumbprint-…BEEF>')).toBe(true);
  });

  it('replaces an IPv6 address written in full (no "::") and a compressed one', () => {
    const out = createRedactor({ personal: true }).text(
      `2001:0db8:85a3:0000:0000:8a2e:0370:7334 and fe80::1%12\n${FILLER}`,
    );
    expect(out).not.toContain('2001:0db8');
    expect(out).not.toContain('fe80::1');
  });

  it('gives one placeholder per value on every line, in every slice', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, i) => `from 10.20.0.${i % 3} user.n${i % 2}@contoso.com`,
    ).join('\n');
    const out = createRedactor({ personal: true }).text(text);
    expect(out).not.toMatch(/10\.20\.|contoso/);
    expect(new Set(out.match(/<ipv4-\d+>/g))).toEqual(new Set(['<ipv4-1>', '<ipv4-2>', '<ipv4-3>']));
    expect(new Set(out.match(/<user-\d+>/g))).toEqual(new Set(['<user-1>', '<user-2>']));
  });
});
