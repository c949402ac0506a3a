/**
 * Windows only (.github/workflows/locked-down.yml): what Linux cannot show. The host's check on
 * the real Windows PowerShell 5.1 reports who the app runs as, and the start-up policy reads the
 * integrity level from whoami. GitHub's Windows runners run elevated, so both must say so.
 */
import { describe, expect, it } from 'vitest';
import { liveAvailability } from '../../../main/probes/live-executor.js';
import { decideStartup, readProcessFacts } from '../../../main/startup-policy.js';

const WINDOWS = process.platform === 'win32';

describe.skipIf(!WINDOWS)('locked-down Windows, on Windows', () => {
  it('the host check on Windows PowerShell says who the app runs as, elevated', async () => {
    const answer = await liveAvailability({ platform: 'win32', timeoutMs: 60_000 });
    expect(answer).toMatchObject({ available: true, reason: null });
    expect(answer.context?.user).toMatch(/\\/);
    expect(answer.context?.elevated).toBe(true);
    expect(answer.context?.account).not.toBeNull();
  }, 90_000);

  it('the start-up policy reads the integrity level by SID and starts without the Chromium sandbox', () => {
    const facts = readProcessFacts();
    expect(facts.integrity).not.toBeNull();
    const decision = decideStartup(facts);
    expect(decision.reasons.join(' ')).toMatch(/elevated|SYSTEM/);
    expect(decision.disableChromiumSandbox).toBe(true);
  });
});
