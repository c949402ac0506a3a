import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../main/sessions/session-file.js';
import { CHECKLIST_INFO, replayedSession } from '../report/replayed-session.js';

describe('a past validation in the history', () => {
  it('carries the session verdict, so the list says which device was ready', async () => {
    expect(CHECKLIST_INFO.length).toBeGreaterThan(0);
    expect(summarize((await replayedSession('ras-809-timeout')).snapshot).verdict).toBe('not-ready');
    expect(summarize((await replayedSession('win10-1909-ikev2-connects')).snapshot).verdict).toBe('ready');
    expect(summarize((await replayedSession('two-connections-no-choice')).snapshot).verdict).toBe(
      'incomplete',
    );
  });
});
