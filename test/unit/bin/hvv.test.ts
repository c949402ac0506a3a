import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths.js';

const ROOT = REPO_ROOT;

describe('the hvv executable (package bin)', () => {
  it('replays a scenario from the TypeScript sources (HVV_FROM_SOURCE=1) and sets the exit code', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin', 'hvv.mjs'),
        'run',
        '--scenario',
        'test/fixtures/scenarios/ras-809-timeout.scenario.json',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, HVV_FROM_SOURCE: '1' } },
    );
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).format).toBe('hvv-run/1');
  }, 60_000);

  it('exits 2 with a one-line message for an unreadable file', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'hvv.mjs'), 'run', '--scenario', 'missing.scenario.json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('hvv: missing.scenario.json: no such file or folder\n');
  }, 60_000);
});
