import { describe, expect, it } from 'vitest';
import { headlessArgs } from '../../../main/headless-args.js';

const EXE = 'D:\\hvv\\Hybrid VPN Validator.exe';

describe('the exe decides from its own arguments whether to open a window', () => {
  it('runs headless when the first argument is an hvv command', () => {
    expect(headlessArgs([EXE, 'run', '--json'], false)).toEqual(['run', '--json']);
    expect(headlessArgs([EXE, 'record', '--out', 'D:\\device.scenario.json'], false)).toEqual([
      'record',
      '--out',
      'D:\\device.scenario.json',
    ]);
    expect(
      headlessArgs([EXE, 'run', '--scenario', 'lab\\a.scenario.json', '--report', 'a.pdf'], false),
    ).toEqual(['run', '--scenario', 'lab\\a.scenario.json', '--report', 'a.pdf']);
  });

  it('answers --help and --version without a window', () => {
    for (const flag of ['--help', '-h', 'help', '--version', '-v']) {
      expect(headlessArgs([EXE, flag], false)).toEqual([flag]);
    }
  });

  it('opens the window when started with nothing, so a double-click still starts the app', () => {
    expect(headlessArgs([EXE], false)).toBeNull();
  });

  it('opens the window for the RunOnce resume after a reboot', () => {
    expect(headlessArgs([EXE, '--resume', '0f8a2c1e'], false)).toBeNull();
    expect(headlessArgs([EXE, '--resume=0f8a2c1e'], false)).toBeNull();
  });

  it('opens the window for Chromium switches and files dropped on the exe', () => {
    expect(headlessArgs([EXE, '--enable-logging'], false)).toBeNull();
    expect(headlessArgs([EXE, 'D:\\device.scenario.json'], false)).toBeNull();
    // A command word later on the line is not a command.
    expect(headlessArgs([EXE, '--enable-logging', 'run'], false)).toBeNull();
  });

  it('skips the app folder when started as `electron .` in development', () => {
    expect(headlessArgs(['/usr/bin/electron', '.', 'run', '--json'], true)).toEqual(['run', '--json']);
    expect(headlessArgs(['/usr/bin/electron', '.'], true)).toBeNull();
    // Packaged, the app folder is not on the line: "run" right after the exe is the command.
    expect(headlessArgs([EXE, 'run'], true)).toBeNull();
  });
});
