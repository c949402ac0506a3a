/**
 * Native-output parsers against JSON.parse of a document of the same size: a parser should cost
 * about what reading a structured document of that size costs, whatever the output's language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseDsregcmdStatus } from '../common/engine/parsers/dsregcmd.js';
import { parseWinhttpProxy } from '../common/engine/parsers/netsh-proxy.js';
import { parseNltestDsgetdc } from '../common/engine/parsers/nltest.js';
import { parseRasdialConnect } from '../common/engine/parsers/rasdial.js';
import type { ProbeResult } from '../common/model.js';
import { type PairOptions, comparePair } from './measure.js';
import type { BenchmarkEntry } from './results.js';

function fixtures(folder: string): string[] {
  const dir = new URL(`../test/fixtures/native/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
}

function asResult(stdout: string): ProbeResult {
  // Exit codes matter to these parsers only for the verdict, not for their cost.
  return {
    exitCode: /error|failed|fehler|erreur|échec/i.test(stdout) ? 809 : 0,
    stdout,
    stderr: '',
    durationMs: 0,
    timedOut: false,
  };
}

const PARSERS: ReadonlyArray<{ id: string; folder: string; parse: (text: string) => unknown }> = [
  { id: 'dsregcmd', folder: 'dsregcmd', parse: (text) => parseDsregcmdStatus(text) },
  { id: 'netsh-proxy', folder: 'netsh', parse: (text) => parseWinhttpProxy(text) },
  { id: 'nltest', folder: 'nltest', parse: (text) => parseNltestDsgetdc(asResult(text)) },
  { id: 'rasdial', folder: 'rasdial', parse: (text) => parseRasdialConnect(asResult(text)) },
];

export async function parserBenchmarks(options: PairOptions): Promise<BenchmarkEntry[]> {
  const entries: BenchmarkEntry[] = [];
  for (const parser of PARSERS) {
    const texts = fixtures(parser.folder);
    // One JSON array of the same lines: about the same number of bytes as the native text.
    const documents = texts.map((text) => JSON.stringify(text.split(/\r?\n/)));
    const pair = await comparePair(
      {
        id: 'json-parse-equal-size',
        run: () => documents.map((doc) => JSON.parse(doc) as unknown),
      },
      { id: `parse-${parser.id}`, run: () => texts.map((text) => parser.parse(text)) },
      options,
    );
    entries.push({
      id: `parser.${parser.id}`,
      description: `Parse every ${parser.folder} fixture (${texts.length} outputs, CRLF/BOM/localized) vs JSON.parse of the same lines`,
      unit: 'ns per fixture set',
      status: 'ok',
      ...pair,
    });
  }
  return entries;
}
