import { describe, expect, it } from 'vitest';
import {
  DATA_FOLDER_NAME,
  dataDirFromArgs,
  decideStartup,
  describeStartup,
  integrityFromWhoami,
} from '../../../main/startup-policy.js';
import type { ProcessFacts } from '../../../main/startup-policy.js';

// `whoami /groups /fo csv /nh` lines as Windows prints them (German names: only the SIDs are read).
const WHOAMI_HIGH =
  '"Jeder","Bekannte Gruppe","S-1-1-0","Verbindliche Gruppe"\r\n"Verbindliche Beschriftung\\Hohe Verbindlichkeitsstufe","Bezeichnung","S-1-16-12288",""\r\n';
const WHOAMI_MEDIUM =
  '"Everyone","Well-known group","S-1-1-0","Mandatory group"\r\n"Mandatory Label\\Medium Mandatory Level","Label","S-1-16-8192",""\r\n';
const WHOAMI_SYSTEM = '"Mandatory Label\\System Mandatory Level","Label","S-1-16-16384",""\r\n';

const user: ProcessFacts = {
  platform: 'win32',
  userName: 'ben',
  integrity: 'medium',
  execPath: 'C:\\Program Files\\Hybrid VPN Validator\\Hybrid VPN Validator.exe',
  portableDir: null,
};

describe('start-up policy', () => {
  it('reads the integrity level from its SID, whatever the language', () => {
    expect(integrityFromWhoami(WHOAMI_HIGH)).toBe('high');
    expect(integrityFromWhoami(WHOAMI_MEDIUM)).toBe('medium');
    expect(integrityFromWhoami(WHOAMI_SYSTEM)).toBe('system');
    expect(integrityFromWhoami('')).toBeNull();
  });

  it('keeps the Chromium sandbox and the GPU for a standard user installed in Program Files', () => {
    expect(decideStartup(user)).toEqual({
      disableChromiumSandbox: false,
      disableHardwareAcceleration: false,
      reasons: [],
      dataDir: null,
    });
    expect(describeStartup(decideStartup(user))).toEqual([]);
  });

  it.each([
    ['elevated', { integrity: 'high' as const }, 'running elevated (as administrator)'],
    ['SYSTEM by integrity', { integrity: 'system' as const, userName: 'PC01$' }, 'running as SYSTEM'],
    ['SYSTEM by its machine-account name', { integrity: null, userName: 'PC01$' }, 'running as SYSTEM'],
    [
      'defaultuser0 at Shift-F10',
      { integrity: 'high' as const, userName: 'defaultuser0' },
      'running as defaultuser0 (Shift-F10 during OOBE)',
    ],
    ['a network share', { execPath: '\\\\fs01\\tools\\hvv.exe' }, 'started from a network path'],
  ])('starts without the sandbox and the GPU when %s, and says so in the log', (_case, change, reason) => {
    const decision = decideStartup({ ...user, ...change });
    expect(decision.disableChromiumSandbox).toBe(true);
    expect(decision.disableHardwareAcceleration).toBe(true);
    expect(decision.reasons).toContain(reason);
    expect(describeStartup(decision)[0]).toContain('without the Chromium sandbox');
  });

  it('does not take a local long path (\\\\?\\C:\\...) for a network share', () => {
    expect(decideStartup({ ...user, execPath: '\\\\?\\C:\\Tools\\hvv.exe' }).reasons).toEqual([]);
  });

  it('keeps the portable exe’s sessions and reports on the USB key, not in a profile OOBE deletes', () => {
    const decision = decideStartup({ ...user, userName: 'defaultuser0', portableDir: 'E:\\' });
    expect(decision.dataDir).toBe(`E:\\${DATA_FOLDER_NAME}`);
    expect(describeStartup(decision)).toContain(
      `[startup] sessions and reports are kept in E:\\${DATA_FOLDER_NAME}`,
    );
  });

  it('keeps them in the folder the technician names with --data-dir, before the portable default', () => {
    expect(dataDirFromArgs(['app.exe', '--data-dir=F:\\hvv'])).toBe('F:\\hvv');
    expect(dataDirFromArgs(['app.exe', '--data-dir', 'F:\\hvv'])).toBe('F:\\hvv');
    expect(dataDirFromArgs(['app.exe'])).toBeNull();
    expect(decideStartup({ ...user, portableDir: 'E:\\', dataDirArg: 'F:\\hvv' }).dataDir).toBe('F:\\hvv');
  });

  it('warns in the log when OOBE data would land in the profile Windows deletes after setup', () => {
    const decision = decideStartup({ ...user, userName: 'defaultuser0', integrity: 'high' });
    expect(decision.dataDir).toBeNull();
    expect(describeStartup(decision).join('\n')).toContain('a profile Windows deletes after setup');
  });

  it('changes nothing off Windows', () => {
    expect(decideStartup({ ...user, platform: 'linux', userName: 'root', integrity: null }).reasons).toEqual(
      [],
    );
  });
});
