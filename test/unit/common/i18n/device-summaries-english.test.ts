/**
 * The English of summaries that moved from template strings to ICU messages with a plural or a
 * select is what the templates said (JSON outputs and recordings compare it byte for byte).
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../../../common/engine/say.js';
import { ASSIGNMENT, REGISTERED_MESSAGES } from '../../../../common/engine/rules/tenant.js';

/** The assignment texts and sentence as autopilot-registration built them before issue 19. */
const BEFORE: Record<string, string> = {
  assignedInSync: 'profile assigned and in sync',
  assignedOutOfSync: 'profile assigned but not yet in sync with the Autopilot service',
  assignedUnkownSyncState: 'profile assigned, sync state unknown',
  pending: 'profile assignment pending',
  notAssigned: 'no deployment profile assigned',
  failed: 'profile assignment failed',
  unknown: 'profile assignment status unknown',
};
const before = (tag: string | null, text: string): string =>
  `Registered in Autopilot${tag ? ` (group tag ${tag})` : ''}: ${text}.`;

describe('autopilot-registration English', () => {
  it.each([null, 'Sales-EMEA'])('says each assignment status as before (group tag %s)', (tag) => {
    const params = { tagged: tag ? 'yes' : 'no', groupTag: tag ?? '' };
    for (const [state, text] of Object.entries(BEFORE)) {
      const name = (ASSIGNMENT[state] as { message: keyof typeof REGISTERED_MESSAGES }).message;
      expect(say('autopilot-registration', REGISTERED_MESSAGES, name, params).summary).toBe(
        before(tag, text),
      );
    }
    expect(
      say('autopilot-registration', REGISTERED_MESSAGES, 'otherState', { ...params, state: 'newState' })
        .summary,
    ).toBe(before(tag, 'profile assignment status "newState"'));
  });
});
