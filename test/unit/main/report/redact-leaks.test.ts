/**
 * Issue 14's redaction leaks, by class: each planted kind of secret or identifier, written the ways
 * the adversarial trial wrote it, must be gone from every field of every export format.
 */
import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../../../common/ipc/contract.js';
import { CHECKLIST } from '../../../../common/engine/checklist.js';
import { RAS_ERRORS } from '../../../../common/engine/rules/ras-errors.js';
import { createRedactor } from '../../../../main/report/redact.js';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { makeSnapshot } from '../sessions/snapshot-fixture.js';
import { CHECKLIST_INFO } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };
const PAYLOAD = 'eyJ1cG4iOiJqZG9lQGNvbnRvc28uY29tIn0';
const JWT = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${PAYLOAD}.c2lnbmF0dXJl`;

/** [planted text, the part that must not survive] — secrets, removed even without `--redact`. */
const SECRETS: readonly [string, string][] = [
  [`GET /cb?x=%20${JWT}`, PAYLOAD],
  [`cache_${JWT}`, PAYLOAD],
  [`v2${JWT}`, PAYLOAD],
  [`header${JWT} done`, PAYLOAD],
  [`${JWT}`, PAYLOAD],
  ['Authorization: Bearer%20Zm9vYmFyYmF6cXV4MTIz', 'Zm9vYmFyYmF6cXV4MTIz'],
  ['Authorization: Bearer+Zm9vYmFyYmF6cXV4MTIy', 'Zm9vYmFyYmF6cXV4MTIy'],
  ['Password : Winter is coming 2026', 'coming 2026'],
  ['password="Summer Time 99"', 'Summer Time'],
  ["ConvertTo-SecureString -Password 'Spring Rain 7' -AsPlainText", 'Spring Rain'],
  ['{"ClientSecret": 12345678901}', '12345678901'],
  ['{\\"Password\\":\\"Autumn Leaf 5\\"}', 'Autumn Leaf'],
  ['{"password":"quote\\"inside-Xq7"}', 'inside-Xq7'],
];

/** Identifiers, removed with `--redact`; the snapshot's computer is DESKTOP-7H2K9QX. */
const PERSONAL: readonly [string, string][] = [
  ['mail jürgen.müller@contoso.com now', 'jürgen'],
  ['owner: zoë@exämple.de', 'zoë'],
  ['peer address:fe80::1c2d:3e4f:5a6b:7c8e', '1c2d:3e4f:5a6b:7c8e'],
  ['via gw2001:db8:85a3::8a2e:370:7335 up', '8a2e:370:7335'],
  ['ping 010.020.000.011 ok', '010.020.000.011'],
  ['host ip-10-20-0-12.ec2.internal', '10-20-0-12'],
  ['log C:\\Temp\\DESKTOP-7H2K9QX_setup.log', '7H2K9QX'],
  ['joined as DESKTOP-7H2K9QX-old', '7H2K9QX'],
];

describe('secrets are removed wherever they are glued or quoted', () => {
  const redactor = createRedactor({ personal: false });
  it.each(SECRETS)('removes the secret from %j', (input, secret) => {
    expect(redactor.text(input)).not.toContain(secret);
  });

  it('keeps what is around a glued token and still redacts the token itself', () => {
    expect(redactor.text(`x=%20${JWT}`)).toBe('x=%20<redacted-token>');
    expect(redactor.text(`cache_${JWT}`)).toBe('cache_<redacted-token>');
  });
});

describe('identifiers are removed however they are written', () => {
  it.each(PERSONAL)('removes the identifier from %j', (input, identifier) => {
    const redactor = createRedactor({ personal: true }, { computerNames: ['DESKTOP-7H2K9QX'] });
    expect(redactor.text(input)).not.toContain(identifier);
  });

  it('gives one address one placeholder whatever its spelling', () => {
    const redactor = createRedactor({ personal: true });
    expect(redactor.text('10.20.0.10 010.020.000.010 ip-10-20-0-10')).toBe('<ipv4-1> <ipv4-1> ip-<ipv4-1>');
  });

  it('redacts addresses used as object keys (endpoint errors keyed by host:port)', () => {
    const redactor = createRedactor({ personal: true });
    const out = redactor.value({ errors: { '10.20.0.14:443': 'timed out', 'fe80::1:443': 'refused' } });
    expect(JSON.stringify(out)).not.toMatch(/10\.20\.0\.14|fe80::1/);
    expect(Object.values(out.errors)).toEqual(['timed out', 'refused']);
  });

  it('never mistakes its own placeholders for names', () => {
    const redactor = createRedactor({ personal: true }, { userNames: ['user'] });
    expect(redactor.text('user jdoe@contoso.com')).toBe('<user-2> <user-1>');
  });
});

/** Puts `plant` into every string of the value (and as an extra key of every object). */
function plantEverywhere(value: unknown, plant: string): unknown {
  if (typeof value === 'string') return `${value} ${plant}`;
  if (Array.isArray(value)) return value.map((v) => plantEverywhere(v, plant));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = plantEverywhere(inner, plant);
    return out;
  }
  return value;
}

function planted(plant: string): SessionSnapshot {
  const snapshot = makeSnapshot();
  const steps = snapshot.steps.map((s) => ({
    ...s,
    result: s.result
      ? {
          ...s.result,
          summary: `${s.result.summary} ${plant}`,
          details: plantEverywhere({ ...s.result.details, [plant]: plant }, plant) as typeof s.result.details,
          evidence: plantEverywhere(s.result.evidence, plant) as typeof s.result.evidence,
        }
      : null,
  }));
  return {
    ...snapshot,
    title: `${snapshot.title} ${plant}`,
    inputs: plantEverywhere(snapshot.inputs, plant) as SessionSnapshot['inputs'],
    confirmations: { 'offnetwork-signin': { result: 'pass', note: plant } },
    steps,
  };
}

describe('no planted secret or identifier survives any export format', () => {
  const renderer = createReportRenderer();
  for (const format of ['html', 'json', 'scenario'] as const) {
    it.each(SECRETS)(`${format}: secret %j is gone without --redact`, (plant, secret) => {
      expect(renderer.render(planted(plant), format, CHECKLIST_INFO, META)).not.toContain(secret);
    });
    it.each([...SECRETS, ...PERSONAL])(`${format}: %j is gone with --redact`, (plant, secret) => {
      const out = renderer.render(planted(plant), format, CHECKLIST_INFO, { ...META, redact: true });
      expect(out).not.toContain(secret);
    });
  }
});

describe("the app's own words stay readable in a redacted report", () => {
  it('changes no title, instruction, reason or next step of the checklist, nor any RAS error text', () => {
    const redactor = createRedactor({ personal: true });
    const texts = [
      ...CHECKLIST.flatMap((s) => [
        s.title,
        s.why,
        s.instructions ?? '',
        ...Object.values(s.remediation).flatMap((lines) => [...(lines ?? [])]),
      ]),
      ...Object.values(RAS_ERRORS).flatMap((e) => Object.values(e).flat().map(String)),
    ];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => redactor.text(t) !== t)).toEqual([]);
  });
});
