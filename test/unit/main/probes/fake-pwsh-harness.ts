/**
 * Points node-powershell at test/fakes/fake-pwsh.mjs and gives each test its own rules, command log
 * and marker folder.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKES } from '../../../paths.js';

export const FAKE_PWSH = join(FAKES, 'fake-pwsh.mjs');

/**
 * Windows cannot spawn a .mjs file directly (no shebangs), and node-powershell spawns without a
 * shell; there the real PowerShell tests (windows-scripts.test.ts) run instead.
 */
export const FAKE_UNSUPPORTED = process.platform === 'win32';

export interface FakeRule {
  stdout?: string;
  stdoutRepeat?: { text: string; times: number };
  stderr?: string;
  exitCode?: number;
  delayMs?: number;
  hang?: boolean;
  crash?: { exitCode?: number; afterStdout?: string };
  throws?: string;
  marker?: string;
  waitForMarker?: string;
}

export interface LoggedCommand {
  pid: number;
  kind: 'start' | 'command' | 'done';
  line?: string;
  literals?: string[];
  expandable?: string[];
  script?: string | null;
  argsJson?: string | null;
  parseError?: string;
}

export interface FakePwsh {
  env: NodeJS.ProcessEnv;
  setRules(rules: Record<string, FakeRule>): void;
  log(): LoggedCommand[];
  commands(): LoggedCommand[];
  cleanup(): void;
}

export function createFakePwsh(): FakePwsh {
  // node-powershell spawns it directly, so it must stay executable even if a checkout lost the bit.
  if (!FAKE_UNSUPPORTED) chmodSync(FAKE_PWSH, 0o755);
  const dir = mkdtempSync(join(tmpdir(), 'hvv-fake-pwsh-'));
  const rulesFile = join(dir, 'rules.json');
  const logFile = join(dir, 'commands.log');
  const markers = join(dir, 'markers');
  mkdirSync(markers);
  writeFileSync(rulesFile, JSON.stringify({ rules: {} }));
  const env = {
    ...process.env,
    FAKE_PWSH_RULES: rulesFile,
    FAKE_PWSH_LOG: logFile,
    FAKE_PWSH_MARKERS: markers,
  };
  const log = (): LoggedCommand[] =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as LoggedCommand)
      : [];
  return {
    env,
    // Rules are read when a fake process starts, so set them before the runner spawns one.
    setRules: (rules) => writeFileSync(rulesFile, JSON.stringify({ rules })),
    log,
    commands: () => log().filter((e) => e.kind === 'command'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
