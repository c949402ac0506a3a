/**
 * The exe started as `"Hybrid VPN Validator.exe" run …`: app.ts hands the arguments to the hvv
 * command with no window, and the process exits with hvv's code. Electron itself cannot run here
 * (no binary), so its API is a recording stand-in; the command, the scenario and the report are real.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENARIO_FIXTURES } from '../../paths.js';

type Handler = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => {
  const fresh = () => ({
    calls: [] as string[],
    appHandlers: new Map<string, Handler[]>(),
    paths: new Map<string, string>(),
    windows: [] as { options: Record<string, unknown>; file: string | null; html: string | null }[],
    exitCodes: [] as number[],
  });
  return { current: fresh(), fresh };
});

vi.mock('electron', async () => {
  const { readFileSync: read } = await import('node:fs');
  const s = () => state.current;
  class BrowserWindow {
    private record: { options: Record<string, unknown>; file: string | null; html: string | null };
    constructor(options: Record<string, unknown>) {
      this.record = { options, file: null, html: null };
      s().windows.push(this.record);
    }
    loadFile = async (file: string) => {
      this.record.file = file;
      this.record.html = read(file, 'utf8');
    };
    loadURL = vi.fn();
    once = vi.fn();
    on = vi.fn();
    destroy = vi.fn();
    // What Chromium would print; the test checks that this printer, not a browser, was used.
    webContents = { printToPDF: async () => Buffer.from('%PDF-1.7 printed by the app\n'), on: vi.fn() };
  }
  const app = {
    requestSingleInstanceLock: () => {
      s().calls.push('requestSingleInstanceLock');
      return true;
    },
    disableHardwareAcceleration: () => s().calls.push('disableHardwareAcceleration'),
    enableSandbox: () => s().calls.push('enableSandbox'),
    setPath: (name: string, value: string) => s().paths.set(name, value),
    getPath: (name: string) => (name === 'temp' ? '/tmp' : `/home/tech/${name}`),
    getVersion: () => '9.8.7',
    quit: () => s().calls.push('quit'),
    exit: (code: number) => s().exitCodes.push(code),
    whenReady: async () => undefined,
    on: (event: string, handler: Handler) => {
      s().appHandlers.set(event, [...(s().appHandlers.get(event) ?? []), handler]);
    },
    isPackaged: true,
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: (_t: string, m: string) => s().calls.push(`errorBox: ${m}`) },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        on: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

// The window path is app-startup.test.ts's subject; here it only must not start the services.
vi.mock('../../../main/compose.js', () => ({
  composeServices: async () => ({ handlers: {}, dispose: async () => undefined }),
}));

let stdout = '';
let stderr = '';
const originalArgv = process.argv;

async function startExe(...args: string[]): Promise<number> {
  process.argv = ['D:\\hvv\\Hybrid VPN Validator.exe', ...args];
  vi.resetModules();
  await import('../../../main/app.js');
  await vi.waitFor(() => expect(state.current.exitCodes).toHaveLength(1), { timeout: 20_000 });
  return state.current.exitCodes[0] as number;
}

beforeEach(() => {
  state.current = state.fresh();
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
    stdout += String(chunk);
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
    stderr += String(chunk);
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  });
});

afterEach(() => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
});

describe('the exe as the headless hvv command', () => {
  it('replays a recording with no window, prints hvv-run/1 and exits with the verdict code', async () => {
    const code = await startExe(
      'run',
      '--scenario',
      join(SCENARIO_FIXTURES, 'ras-809-timeout.scenario.json'),
      '--json',
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'hvv-run/1' });
    expect(stderr).toBe('');
    expect(state.current.windows).toEqual([]);
    // Neither the single-instance lock (a lab runs several at once) nor the app's window setup.
    expect(state.current.calls).not.toContain('requestSingleInstanceLock');
    expect(state.current.calls).toContain('disableHardwareAcceleration');
    expect(state.current.calls).toContain('enableSandbox');
  });

  it('keeps its Chromium profile apart from the app window', async () => {
    await startExe('--help');
    expect(state.current.paths.get('userData')).toBe(join('/tmp', 'Hybrid VPN Validator (headless)'));
  });

  it('does not quit half-way when its hidden PDF window closes', async () => {
    await startExe('--help');
    const closers = state.current.appHandlers.get('window-all-closed') ?? [];
    expect(closers).toHaveLength(1);
    closers[0]?.();
    expect(state.current.calls).not.toContain('quit');
  });

  it('answers --version with the packaged app version', async () => {
    expect(await startExe('--version')).toBe(0);
    expect(stdout).toBe('9.8.7\n');
  });

  it('exits 2 with hvv’s one-line message for unusable input', async () => {
    expect(await startExe('run', '--scenario', 'D:\\missing.scenario.json')).toBe(2);
    expect(stderr).toMatch(/^hvv: .*missing\.scenario\.json.*\n$/);
  });

  it('prints --report x.pdf with the app’s own hidden, script-free window', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hvv-headless-')), 'device.pdf');
    const code = await startExe(
      'run',
      '--scenario',
      join(SCENARIO_FIXTURES, 'win10-1909-ikev2-connects.scenario.json'),
      '--report',
      out,
    );
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7 printed by the app\n');
    const [printer] = state.current.windows;
    expect(printer?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, nodeIntegration: false },
    });
    expect(printer?.html).toContain('<!doctype html>');
  });

  it('still opens the window when started with no command', async () => {
    process.argv = ['D:\\hvv\\Hybrid VPN Validator.exe'];
    vi.resetModules();
    await import('../../../main/app.js');
    expect(state.current.calls).toContain('requestSingleInstanceLock');
    expect(state.current.calls).not.toContain('disableHardwareAcceleration');
  });
});
