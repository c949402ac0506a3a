/**
 * Issue 14: redaction must cost time linear in the text, whatever the text. A 5 MB single line made
 * of the runs that made the old patterns quadratic (long words, "x-x-x-…", digits and dots, hex and
 * colons, "eyJ…", local parts without "@"), and 50 MB of ordinary short lines (secrets only, as
 * every export does, and with personal data on), against JSON.stringify of the same text (one
 * linear pass). `subject.medianNs` is the wall time of one redaction.
 */
import { createRedactor } from '../main/report/redact.js';
import { type PairOptions, comparePair } from './measure.js';
import type { BenchmarkEntry } from './results.js';

const HOSTILE_RUNS: readonly string[] = [
  'a',
  'apassword',
  'x-',
  '1.',
  '1:',
  'eyJaaaaa.',
  'a.b',
  '"password": "x',
  'C:\\Users\\',
  'Bearer ',
  '\\',
  '10-',
];

/** One line of `bytes` characters: each hostile run repeated over an equal share of it. */
export function hostileLine(bytes: number): string {
  const share = Math.floor(bytes / HOSTILE_RUNS.length);
  return HOSTILE_RUNS.map((run) => run.repeat(Math.ceil(share / run.length)).slice(0, share)).join(' ');
}

/** `bytes` of short lines like real output: names, addresses, e-mails, a secret now and then. */
export function shortLines(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `  Device Name : DESKTOP-${i % 97} user.n${i % 89}@contoso.com via 10.20.${i % 255}.1 password=x${i}`;
    lines.push(line);
    size += line.length + 2;
  }
  return lines.join('\r\n');
}

function entry(
  id: string,
  description: string,
  text: string,
  personal: boolean,
  options: PairOptions,
): Promise<BenchmarkEntry> {
  return comparePair(
    { id: 'json-stringify-same-text', run: () => JSON.stringify(text) },
    { id: `redact-${id}`, run: () => createRedactor({ personal }).value({ stdout: text }) },
    options,
  ).then((pair) => ({
    id: `redact.${id}`,
    description,
    unit: 'ns per redaction',
    status: 'ok' as const,
    ...pair,
  }));
}

export async function redactBenchmarks(options: PairOptions, tiny: boolean): Promise<BenchmarkEntry[]> {
  // --tiny (the test suite's smoke run) keeps the shapes at a tenth of the size.
  const single = tiny ? 500_000 : 5_000_000;
  const many = tiny ? 5_000_000 : 50_000_000;
  const lines = shortLines(many);
  return [
    await entry(
      'single-line',
      `Redact (personal on) one ${single / 1e6} MB line of hostile runs vs JSON.stringify of it`,
      hostileLine(single),
      true,
      options,
    ),
    await entry(
      'short-lines-secrets',
      `Redact secrets only (every export) in ${many / 1e6} MB of short output lines vs JSON.stringify of them`,
      lines,
      false,
      options,
    ),
    await entry(
      'short-lines',
      `Redact (personal on) ${many / 1e6} MB of short output lines vs JSON.stringify of them`,
      lines,
      true,
      options,
    ),
  ];
}
