/**
 * Runs a program with an argument array, never through a shell, so a session id or a path can
 * never become a second command. Tests replace it with a recording fake.
 */
import { execFile } from 'node:child_process';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type CommandRunner = (file: string, args: readonly string[]) => Promise<CommandResult>;

export interface ExecFileRunnerOptions {
  timeoutMs?: number;
}

export function createExecFileRunner(options: ExecFileRunnerOptions = {}): CommandRunner {
  return (file, args) =>
    new Promise((resolve, reject) => {
      execFile(
        file,
        [...args],
        { shell: false, windowsHide: true, timeout: options.timeoutMs ?? 30_000, encoding: 'utf8' },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') {
            // Could not start (ENOENT) or was killed on timeout: there is no exit code to report.
            reject(new Error(`${file} could not run: ${error.message}`));
            return;
          }
          resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
}
