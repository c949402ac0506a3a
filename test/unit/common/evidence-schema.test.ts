import { describe, expect, it } from 'vitest';
import { EvidenceSchema } from '../../../common/model.js';

describe('evidence of a probe with no result (failureKind, issue 19)', () => {
  const noResult = { probe: 'tls.chain', args: { host: 'a.example', port: 443 }, result: null };

  it('keeps the kind the engine gave', () => {
    const parsed = EvidenceSchema.parse({
      ...noResult,
      failure: 'not recorded',
      failureKind: 'not-recorded',
    });
    expect(parsed.failureKind).toBe('not-recorded');
  });

  it('still loads a recording made before the kind existed', () => {
    const parsed = EvidenceSchema.parse({ ...noResult, failure: 'not recorded' });
    expect(parsed).toEqual({ ...noResult, failure: 'not recorded' });
    expect(parsed.failureKind).toBeUndefined();
  });

  it('reads a kind this build does not know as absent, instead of refusing the whole session', () => {
    const parsed = EvidenceSchema.parse({ ...noResult, failure: 'x', failureKind: 'from-the-future' });
    expect(parsed.failure).toBe('x');
    expect(parsed.failureKind).toBeUndefined();
  });
});
