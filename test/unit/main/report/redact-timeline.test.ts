/**
 * The event timeline carries people's accounts and SIDs: `--redact` (personal data) must leave
 * them out of the steps' details and evidence, as it does everywhere else.
 */
import { describe, expect, it } from 'vitest';
import { redactSnapshot } from '../../../../main/report/redact-snapshot.js';
import { replayedSession } from './replayed-session.js';

describe('redacting a session with the event timeline', () => {
  it('leaves out the signed-in account and its SID, keeps the event ids and times', async () => {
    const { snapshot } = await replayedSession('signin-events-contradict');
    const before = JSON.stringify(snapshot);
    expect(before).toContain('ben.okafor');
    expect(before).toContain('S-1-5-21-3623811015-3361044348-30300820-1013');

    const redacted = JSON.stringify(redactSnapshot(snapshot, { personal: true }));
    expect(redacted).not.toContain('ben.okafor');
    expect(redacted).not.toContain('S-1-5-21-3623811015-3361044348-30300820-1013');
    expect(redacted).toContain('<sid-1>');
    // SYSTEM's well-known SID names nobody: it stays readable.
    expect(redacted).toContain('S-1-5-18');
    expect(redacted).toContain('"eventId":20225');
    expect(redacted).toContain('2026-11-24T08:11:03.227Z');
  });
});
