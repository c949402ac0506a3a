import { describe, expect, it } from 'vitest';
import { parseDsregcmdStatus } from '../../../../../common/engine/parsers/dsregcmd.js';
import { parseWinhttpProxy } from '../../../../../common/engine/parsers/netsh-proxy.js';
import { parseNltestDsgetdc } from '../../../../../common/engine/parsers/nltest.js';
import { parseRasdialConnect } from '../../../../../common/engine/parsers/rasdial.js';
import { probeResult } from './native-fixture.js';

const FIVE_MB = 5 * 1024 * 1024;

// Shapes that make careless regular expressions backtrack for minutes on one long line.
const HOSTILE: Record<string, string> = {
  'a letter then spaces': `a${' '.repeat(FIVE_MB)}`,
  'a label then spaces': `Proxy Server${' '.repeat(FIVE_MB)}x`,
  'digits only': '1'.repeat(FIVE_MB),
  'a status-like prefix': `1355 0x54b ${'A'.repeat(FIVE_MB)}`,
  'binary noise': Array.from({ length: FIVE_MB / 4 }, (_, i) => String.fromCharCode(i % 256)).join(''),
};

describe('native output that is huge or hostile', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`answers "not understood" for 5 MB of ${name} instead of hanging or throwing`, () => {
      expect(parseDsregcmdStatus(text).ok).toBe(false);
      expect(parseWinhttpProxy(text).ok).toBe(false);
      expect(parseNltestDsgetdc(probeResult(text, 0)).ok).toBe(false);
      expect(parseRasdialConnect(probeResult(text, 809)).errorCode).toBe(809);
    }, 20_000);
  }

  it('keeps the reason short even when the output is 5 MB', () => {
    const outcome = parseWinhttpProxy(HOSTILE['binary noise'] ?? '');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.length).toBeLessThan(300);
  });
});
