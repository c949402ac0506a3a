import { describe, expect, it } from 'vitest';
import { accountKind, describeRunContext, NEEDS_ELEVATION } from '../../../common/run-context.js';

describe('run context', () => {
  it('tells SYSTEM by its SID, whatever its localized name', () => {
    expect(accountKind('NT-AUTORITÄT\\SYSTEM', 'S-1-5-18', null)).toBe('system');
    expect(accountKind('PC01\\defaultuser0', 'S-1-5-21-1-2-3-1001', false)).toBe('oobe');
    expect(accountKind('CONTOSO\\ben', 'S-1-5-21-1-2-3-1104', false)).toBe('user');
    expect(accountKind(null, null, null)).toBeNull();
  });

  it('names the steps that need an elevated app: the update install and the cached Autopilot profile', () => {
    expect(NEEDS_ELEVATION.map((s) => s.step)).toEqual(['update-install', 'autopilot-profile']);
    const [line] = describeRunContext({ user: 'CONTOSO\\ben', elevated: false, account: 'user' });
    expect(line).toMatchObject({ tone: 'warn' });
    expect(line?.text).toContain('Run as administrator');
  });

  it('says nothing it does not know', () => {
    expect(describeRunContext({ user: null, elevated: null, account: null })).toEqual([]);
  });
});
