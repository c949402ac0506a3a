import { describe, expect, it } from 'vitest';
import {
  createExecFileRunner,
  type CommandResult,
  type CommandRunner,
} from '../../../../main/process/exec-file.js';
import {
  cancelResume,
  parseResumeArg,
  rebootNow,
  REBOOT_MESSAGE,
  restartAndResume,
  resumeExePath,
  scheduleResume,
} from '../../../../main/sessions/resume.js';
import { system32, WINDOWS_POWERSHELL } from '../../../../main/process/windows-paths.js';

type Call = { file: string; args: readonly string[] };

function recordingRunner(answer: CommandResult = { exitCode: 0, stdout: '', stderr: '' }) {
  const calls: Call[] = [];
  const runner: CommandRunner = async (file, args) => {
    calls.push({ file, args: [...args] });
    return answer;
  };
  return { runner, calls };
}

const WIN = { platform: 'win32' as const, systemRoot: 'C:\\Windows' };
const EXE = 'C:\\Program Files\\Hybrid VPN Validator\\Hybrid VPN Validator.exe';

describe('resume after the reboot the procedure needs', () => {
  it('registers the app in RunOnce for the current user with an argument array, not a shell string', async () => {
    const { runner, calls } = recordingRunner();
    const outcome = await scheduleResume('a1b2-c3d4', EXE, runner, WIN);
    expect(outcome).toEqual({ scheduled: true, command: `"${EXE}" --resume a1b2-c3d4` });
    expect(calls).toEqual([
      {
        file: 'C:\\Windows\\System32\\reg.exe',
        args: [
          'add',
          'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
          '/v',
          'HybridVpnValidator',
          '/t',
          'REG_SZ',
          '/d',
          `"${EXE}" --resume a1b2-c3d4`,
          '/f',
        ],
      },
    ]);
  });

  it('registers under HKLM when the next sign-in is another user (off-network step)', async () => {
    const { runner, calls } = recordingRunner();
    await scheduleResume('s-1', EXE, runner, { ...WIN, scope: 'all-users' });
    expect(calls[0]?.args[1]).toBe('HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce');
  });

  it.each(['x" & calc.exe & "', 'a;b', '$(whoami)', '..\\..\\evil', 'id with space', '', 'x\r\ny'])(
    'refuses to schedule a resume for the hostile session id %j and runs nothing',
    async (id) => {
      const { runner, calls } = recordingRunner();
      const outcome = await scheduleResume(id, EXE, runner, WIN);
      expect(outcome).toMatchObject({
        scheduled: false,
        reason: expect.stringContaining('Invalid session id'),
      });
      expect(calls).toEqual([]);
    },
  );

  it.each(['relative\\app.exe', 'C:\\evil".exe', 'C:\\a\nb.exe'])(
    'refuses an app path %j that would break the RunOnce command line',
    async (exe) => {
      const { runner, calls } = recordingRunner();
      expect((await scheduleResume('s-1', exe, runner, WIN)).scheduled).toBe(false);
      expect(calls).toEqual([]);
    },
  );

  it('says why when reg.exe fails, e.g. access denied for all users', async () => {
    const { runner } = recordingRunner({ exitCode: 1, stdout: '', stderr: 'ERROR: Access is denied.\r\n' });
    expect(await scheduleResume('s-1', EXE, runner, { ...WIN, scope: 'all-users' })).toEqual({
      scheduled: false,
      reason: 'reg.exe add failed with exit code 1: ERROR: Access is denied.',
    });
  });

  it('does not schedule anything off Windows and says why', async () => {
    const { runner, calls } = recordingRunner();
    const outcome = await scheduleResume('s-1', '/opt/hvv/hvv', runner, { platform: 'linux' });
    expect(outcome).toEqual({ scheduled: false, reason: expect.stringContaining('needs Windows') });
    expect(calls).toEqual([]);
  });

  it('cancels a scheduled resume by deleting the RunOnce value', async () => {
    const { runner, calls } = recordingRunner();
    expect(await cancelResume(runner, WIN)).toEqual({ cancelled: true, reason: null });
    expect(calls).toEqual([
      {
        file: 'C:\\Windows\\System32\\reg.exe',
        args: [
          'delete',
          'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce',
          '/v',
          'HybridVpnValidator',
          '/f',
        ],
      },
    ]);
  });

  it('treats cancelling when nothing was scheduled as harmless', async () => {
    const { runner } = recordingRunner({
      exitCode: 1,
      stdout: '',
      stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n',
    });
    expect(await cancelResume(runner, WIN)).toEqual({ cancelled: false, reason: 'Nothing was scheduled.' });
  });

  it('reopens the session named on the command line RunOnce starts the app with', () => {
    expect(parseResumeArg(['C:\\app.exe', '--resume', 'a1b2-c3d4'])).toBe('a1b2-c3d4');
    expect(parseResumeArg(['C:\\app.exe', '--resume=a1b2-c3d4'])).toBe('a1b2-c3d4');
    expect(parseResumeArg(['C:\\app.exe'])).toBeNull();
    expect(parseResumeArg(['C:\\app.exe', '--resume'])).toBeNull();
    expect(parseResumeArg(['C:\\app.exe', '--resume', '..\\..\\Windows\\win'])).toBeNull();
    expect(parseResumeArg(['C:\\app.exe', '--resume=a/b'])).toBeNull();
  });

  it('round-trips: the id scheduled is the id parsed back from the RunOnce command line', async () => {
    const { runner, calls } = recordingRunner();
    await scheduleResume('0f3e-77aa-91', EXE, runner, WIN);
    const commandLine = calls[0]?.args[7] ?? '';
    const argv = [EXE, ...commandLine.slice(EXE.length + 3).split(' ')];
    expect(parseResumeArg(argv)).toBe('0f3e-77aa-91');
  });

  it('starts the portable build from where it really lives, not from its temporary copy', () => {
    const temp = 'C:\\Users\\tech\\AppData\\Local\\Temp\\2Nq1\\Hybrid VPN Validator.exe';
    expect(resumeExePath({ PORTABLE_EXECUTABLE_FILE: 'D:\\Tools\\hvv.exe' }, temp)).toBe(
      'D:\\Tools\\hvv.exe',
    );
    expect(resumeExePath({}, EXE)).toBe(EXE);
  });

  it('reboots with shutdown.exe in five seconds with a message saying why', async () => {
    const { runner, calls } = recordingRunner();
    expect(await rebootNow(runner, WIN)).toEqual({ rebooting: true });
    expect(calls).toEqual([
      {
        file: 'C:\\Windows\\System32\\shutdown.exe',
        args: ['/r', '/t', '5', '/d', 'p:4:1', '/c', REBOOT_MESSAGE],
      },
    ]);
  });

  it('does not reboot off Windows, and reports a refused shutdown', async () => {
    const { runner, calls } = recordingRunner({
      exitCode: 1190,
      stdout: '',
      stderr: 'A system shutdown has already been scheduled.(1190)',
    });
    expect(await rebootNow(runner, { platform: 'darwin' })).toMatchObject({ rebooting: false });
    expect(calls).toEqual([]);
    expect(await rebootNow(runner, WIN)).toEqual({
      rebooting: false,
      reason: 'shutdown.exe failed with exit code 1190: A system shutdown has already been scheduled.(1190)',
    });
  });
});

describe('restarting for the procedure', () => {
  it('schedules the resume, then restarts', async () => {
    const { runner, calls } = recordingRunner();
    await restartAndResume('a1b2-c3d4', EXE, runner, WIN);
    expect(calls.map((call) => [call.file, call.args[0]])).toEqual([
      ['C:\\Windows\\System32\\reg.exe', 'add'],
      ['C:\\Windows\\System32\\shutdown.exe', '/r'],
    ]);
  });

  it('takes the RunOnce entry back when the restart is refused, so no later sign-in reopens the session', async () => {
    const calls: Call[] = [];
    const runner: CommandRunner = async (file, args) => {
      calls.push({ file, args: [...args] });
      return file.endsWith('shutdown.exe')
        ? { exitCode: 1190, stdout: '', stderr: 'A system shutdown has already been scheduled.' }
        : { exitCode: 0, stdout: '', stderr: '' };
    };
    await expect(restartAndResume('a1b2-c3d4', EXE, runner, { ...WIN, scope: 'all-users' })).rejects.toThrow(
      /Could not restart: .*already been scheduled/,
    );
    expect(calls.map((call) => call.args[0])).toEqual(['add', '/r', 'delete']);
    expect(calls[2]?.args[1]).toBe('HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce');
  });
});

describe('the real command runner', () => {
  const runner = createExecFileRunner();

  it('passes shell metacharacters through as one literal argument', async () => {
    const hostile = '"; rm -rf / & calc.exe | $(whoami) `id`';
    const result = await runner(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', hostile]);
    expect(result).toEqual({ exitCode: 0, stdout: hostile, stderr: '' });
  });

  it('reports a non-zero exit code with the output instead of throwing', async () => {
    const result = await runner(process.execPath, ['-e', 'process.stderr.write("nope"); process.exit(3)']);
    expect(result).toEqual({ exitCode: 3, stdout: '', stderr: 'nope' });
  });

  it('rejects with the program name when it cannot be started', async () => {
    await expect(runner('/nonexistent/reg.exe', [])).rejects.toThrow(/\/nonexistent\/reg\.exe could not run/);
  });
});

describe('Windows programs the app starts', () => {
  it('are named by their full System32 path, never looked up beside a portable exe', () => {
    expect(system32('taskkill.exe', 'C:\\Windows')).toBe('C:\\Windows\\System32\\taskkill.exe');
    expect(system32(WINDOWS_POWERSHELL, 'D:\\WINNT')).toBe(
      'D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
  });
});
