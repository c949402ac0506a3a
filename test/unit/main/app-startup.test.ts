import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShellEnv } from '../../../main/shell-env.js';

type Handler = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => {
  const order: string[] = [];
  let resolveReady: () => void = () => undefined;
  const fresh = () => ({
    order,
    lock: true,
    appHandlers: new Map<string, Handler[]>(),
    ipcChannels: [] as string[],
    ipcListeners: new Map<string, Handler>(),
    windows: [] as { options: Record<string, unknown>; url: string | null }[],
    protocolSchemes: [] as string[],
    errorBoxes: [] as string[],
    exitCodes: [] as number[],
    opened: [] as string[],
    permissionDenied: false,
    composeError: null as Error | null,
    env: null as ShellEnv | null,
    ready: new Promise<void>((resolve) => (resolveReady = resolve)),
    fireReady: () => resolveReady(),
  });
  return { current: fresh(), fresh };
});

vi.mock('electron', () => {
  const s = () => state.current;
  class BrowserWindow {
    webContents = { on: vi.fn(), send: vi.fn(), isDestroyed: () => false };
    private record: { options: Record<string, unknown>; url: string | null };
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null };
      s().windows.push(this.record);
      s().order.push('window');
    }
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    isDestroyed = () => false;
    loadURL = async (url: string) => {
      this.record.url = url;
    };
  }
  return {
    app: {
      requestSingleInstanceLock: () => s().lock,
      quit: () => s().order.push('quit'),
      exit: (code: number) => s().exitCodes.push(code),
      enableSandbox: () => s().order.push('enableSandbox'),
      whenReady: () => s().ready,
      on: (event: string, handler: Handler) => {
        s().appHandlers.set(event, [...(s().appHandlers.get(event) ?? []), handler]);
      },
      getAppPath: () => '/opt/hvv/resources/app.asar',
      getPath: (name: string) => `/home/tech/${name}`,
      getVersion: () => '0.1.0',
      isPackaged: true,
    },
    BrowserWindow,
    dialog: { showErrorBox: (_title: string, message: string) => s().errorBoxes.push(message) },
    ipcMain: {
      handle: (channel: string, listener: Handler) => {
        s().ipcChannels.push(channel);
        s().ipcListeners.set(channel, listener);
      },
      removeHandler: vi.fn(),
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    protocol: {
      registerSchemesAsPrivileged: () => s().order.push('registerScheme'),
      handle: (scheme: string) => s().protocolSchemes.push(scheme),
    },
    safeStorage: { isEncryptionAvailable: () => true, encryptString: vi.fn(), decryptString: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => {
          handler({}, 'media', (granted: boolean) => (s().permissionDenied = granted === false));
        },
        setPermissionCheckHandler: vi.fn(),
        on: vi.fn(),
      },
    },
    shell: { openExternal: async (url: string) => void s().opened.push(url) },
  };
});

vi.mock('../../../main/compose.js', () => ({
  composeServices: async (env: ShellEnv) => {
    state.current.env = env;
    state.current.order.push('compose');
    if (state.current.composeError) throw state.current.composeError;
    return { handlers: {}, dispose: async () => undefined };
  },
}));

async function startApp() {
  vi.resetModules();
  await import('../../../main/app.js');
}

async function settle() {
  state.current.fireReady();
  await vi.waitFor(() =>
    expect(state.current.windows.length + state.current.exitCodes.length).toBeGreaterThan(0),
  );
}

describe('app start-up', () => {
  beforeEach(() => {
    state.current.order.length = 0;
    state.current = state.fresh();
  });

  it('registers the app:// scheme and turns on the sandbox before Electron is ready', async () => {
    await startApp();
    expect(state.current.order).toEqual(['enableSandbox', 'registerScheme']);
  });

  it('quits at once when another copy is already running', async () => {
    state.current.lock = false;
    await startApp();
    state.current.fireReady();
    await Promise.resolve();
    expect(state.current.order).toEqual(['quit']);
    expect(state.current.windows).toEqual([]);
  });

  it('guards every web contents Electron creates', async () => {
    await startApp();
    const created = state.current.appHandlers.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created[0]?.({}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('composes the services, registers the IPC channels, then opens the sandboxed window on app://hvv/', async () => {
    await startApp();
    await settle();
    expect(state.current.order.slice(-2)).toEqual(['compose', 'window']);
    expect(state.current.protocolSchemes).toEqual(['app']);
    expect(state.current.ipcChannels).toContain('session:run');
    expect(state.current.permissionDenied).toBe(true);
    const [window] = state.current.windows;
    expect(window?.url).toBe('app://hvv/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
      preload: '/opt/hvv/resources/app.asar/dist/preload/index.cjs',
    });
  });

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['a look-alike app origin', { url: 'app://hvv.evil/index.html' }],
    ['a file page', { url: 'file:///C:/index.html' }],
    ['no frame at all', null],
  ])('refuses IPC from %s, on every channel, before the handler runs', async (_label, frame) => {
    await startApp();
    await settle();
    expect(state.current.ipcListeners.size).toBeGreaterThan(20);
    for (const [channel, listener] of state.current.ipcListeners) {
      const answer = (await listener({ senderFrame: frame }, undefined)) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    const own = state.current.ipcListeners.get('steps:checklist');
    const answer = (await own?.({ senderFrame: { url: 'app://hvv/index.html' } }, undefined)) as {
      ok: boolean;
    };
    // The app's own page gets past the sender check to the (stubbed) services.
    expect(JSON.stringify(answer)).not.toContain('untrusted-sender');
  });

  it('gives the services an openExternal that only opens allow-listed pages', async () => {
    await startApp();
    await settle();
    const env = state.current.env;
    if (!env) throw new Error('services were not composed');
    await env.openExternal('https://learn.microsoft.com/en-us/autopilot/');
    await expect(env.openExternal('https://evil.example/')).rejects.toThrow(/refused/);
    expect(state.current.opened).toEqual(['https://learn.microsoft.com/en-us/autopilot/']);
    expect(env.userDataDir).toBe('/home/tech/userData');
  });

  it('explains a start-up failure in a dialog and exits instead of hanging', async () => {
    state.current.composeError = new Error('The session folder is not writable.');
    await startApp();
    await settle();
    expect(state.current.errorBoxes).toEqual(['The session folder is not writable.']);
    expect(state.current.exitCodes).toEqual([1]);
    expect(state.current.windows).toEqual([]);
  });
});
