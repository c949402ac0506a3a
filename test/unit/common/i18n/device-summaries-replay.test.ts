/**
 * Replays every recorded scenario and reads each device or tenant step's summary (and each
 * summary the engine gave in a step's place) in French: none may stay English, and none may keep
 * an unfilled `{placeholder}`. A summary returned without `say()`, or a key missing from the
 * French catalog, fails here with the step and its English.
 */
import { describe, expect, it } from 'vitest';
import type { StepResult } from '../../../../common/model.js';
import { localizeResult } from '../../../../common/i18n/step-text.js';
import { translatorFor } from '../../../../main/i18n/i18n.js';
import { DEVICE_STEPS } from '../../../../common/i18n/catalogs.js';
import { RECORDING_FILES, replayRecording } from './replay-recordings.js';

/** The results only: these tests read what the engine said. */
const replay = async (file: string) => (await replayRecording(file)).results;
const files = RECORDING_FILES;

const french = translatorFor('fr');
// French is the brief's reader; German and Japanese are checked the same way, as cheaply.
const others = [translatorFor('de'), translatorFor('ja')];

interface Read {
  file: string;
  id: string;
  status: string;
  english: string;
  french: string;
  others: string[];
  engine: boolean;
}

async function readAll(): Promise<Read[]> {
  const reads: Read[] = [];
  for (const file of files) {
    for (const result of await replay(file)) {
      const engine = result.message?.id.startsWith('engine.') ?? false;
      if (!DEVICE_STEPS.has(result.id) && !engine) continue;
      reads.push({
        file,
        id: result.id,
        status: result.status,
        english: result.summary,
        french: localizeResult(result, french).summary,
        others: others.map((tr) => localizeResult(result, tr).summary),
        engine,
      });
    }
  }
  return reads;
}

describe('device and tenant summaries of recorded scenarios, in French (and German, Japanese)', () => {
  it('are all translated, warnings, failures, blocks and errors included', async () => {
    const reads = await readAll();
    const untranslated = reads
      .filter((r) => [r.french, ...r.others].some((said) => said === r.english || /\{\w+\}/.test(said)))
      .map((r) => `${r.file} ${r.id} (${r.status}): ${[r.french, ...r.others].join(' | ')}`);
    expect(untranslated).toEqual([]);

    // The replay must reach the verdicts that matter, or this test proves little.
    const bad = reads.filter((r) => ['warn', 'fail', 'blocked', 'error'].includes(r.status));
    expect(new Set(bad.map((r) => r.file)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(bad.map((r) => r.status))).toEqual(new Set(['warn', 'fail', 'blocked', 'error']));
    expect(reads.some((r) => r.engine)).toBe(true);
  }, 120_000);

  it('keep the English summary for JSON and give French words where they are shown', async () => {
    const results = await replay('win10-1909-ubr-too-old.scenario.json');
    const os = results.find((r) => r.id === 'os-build') as StepResult;
    expect(os.summary).toBe(
      'Build 18363.476 is older than 18363.535: install KB4530684 or a later cumulative update.',
    );
    expect(os.message).toEqual({
      id: 'step.os-build.summary.missingUpdate',
      params: { build: '18363.476', minimum: '18363.535' },
    });
    expect(localizeResult(os, french).summary).toBe(
      'La build 18363.476 est antérieure à 18363.535\u00a0: installez KB4530684 ou une mise à jour cumulative ultérieure.',
    );
  });
});
