/**
 * The VPN and network steps' verdict summaries reach a German reader in German: every recorded
 * scenario is replayed, and each summary those steps give is translated as the app and the report
 * translate it (localizeResult with main's translator). A summary still returned as hard-coded
 * English has no message id: it fails here, even when its sentence happens to be declared.
 */
import { describe, expect, it } from 'vitest';
import type { StepId } from '../../../../common/model.js';
import { ACTION_NOT_ALLOWED_SUMMARY } from '../../../../common/engine/run.js';
import { CANCELLED_SUMMARY } from '../../../../common/cancel.js';
import { localizeResult } from '../../../../common/i18n/step-text.js';
import { translatorFor } from '../../../../main/i18n/i18n.js';
import { CHECKLIST } from '../../../../common/engine/checklist.js';
import { DEVICE_STEPS } from '../../../../common/i18n/catalogs.js';
import { RECORDING_FILES, replayRecording } from './replay-recordings.js';

/** The results only: these tests read what the engine said. */
const replay = async (file: string) => (await replayRecording(file)).results;
const files = RECORDING_FILES;

/** The steps whose summaries live in catalogs/<lang>/summaries-network.ts: all but the device ones. */
const NETWORK_STEPS: readonly StepId[] = CHECKLIST.map((s) => s.id).filter((id) => !DEVICE_STEPS.has(id));

/** The engine's own sentences (errors, cancel, actions not allowed) belong to another catalog file. */
const ENGINE_SUMMARIES = new Set([ACTION_NOT_ALLOWED_SUMMARY, CANCELLED_SUMMARY]);

describe('VPN and network summaries in German', () => {
  const german = translatorFor('de');
  const seen = new Set<string>();

  it.each(files)('%s: no summary of a VPN or network step stays English', async (file) => {
    const results = await replay(file);
    const english: string[] = [];
    for (const result of results) {
      if (!NETWORK_STEPS.includes(result.id) || result.status === 'error') continue;
      if (ENGINE_SUMMARIES.has(result.summary)) continue;
      const shown = localizeResult(result, german).summary;
      // A summary said without say() would only be translated while its sentence has no parameter.
      const said = result.message?.id.startsWith(`step.${result.id}.summary.`) === true;
      if (shown === result.summary || !said)
        english.push(`${result.id} (${result.status}): ${result.summary}`);
      else seen.add(result.message?.id ?? result.id);
    }
    expect(english).toEqual([]);
  });

  it('covers every VPN and network step, and many of their sentences', () => {
    const steps = new Set([...seen].map((id) => /^step\.([a-z0-9-]+)\.summary\./.exec(id)?.[1]));
    expect(NETWORK_STEPS.filter((id) => !steps.has(id))).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(30);
  });

  it('names the scenarios the brief lists', () => {
    for (const name of [
      'ras-809-timeout',
      'win10-1909-ikev2-connects',
      'aovpn-device-tunnel-connected',
      'globalprotect-prelogon',
      'forticlient-no-prelogon',
      'anyconnect-no-tunnel-up',
      'tls-inspected-zscaler',
      'scp-missing',
      'proxy-only-for-user',
    ]) {
      expect(files).toContain(`${name}.scenario.json`);
    }
  });
});
