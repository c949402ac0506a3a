import { describe, expect, it, vi } from 'vitest';
import {
  installNavigationGuards,
  installPermissionGuards,
  isAppUrl,
  type GuardableContents,
  type GuardableSession,
} from '../../../main/window.js';

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  } as GuardableContents;
  /** Fires an event the way Electron does; returns whether the page's action was stopped. */
  const fire = (event: string, url?: string): boolean => {
    let prevented = false;
    const registered = listeners.get(event) ?? [];
    expect(registered.length).toBeGreaterThan(0);
    for (const listener of registered) listener({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const windowOpen = (url: string) => {
    if (!openHandler) throw new Error('no window open handler installed');
    return openHandler({ url });
  };
  return { contents, fire, windowOpen };
}

function setup() {
  const openExternal = vi.fn(async (_url: string) => undefined);
  const fake = fakeContents();
  installNavigationGuards(fake.contents, openExternal);
  return { ...fake, openExternal };
}

describe('navigation guard', () => {
  it('lets the app move between its own pages on app://hvv/', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'app://hvv/index.html#/report')).toBe(false);
  });

  it('stops the window from navigating to a web site', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation to file:// and to look-alike app hosts', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'file:///C:/Windows/System32/')).toBe(true);
    expect(fire('will-navigate', 'app://hvv.evil/index.html')).toBe(true);
    expect(fire('will-navigate', 'app://other/index.html')).toBe(true);
  });

  it('opens an allow-listed Microsoft doc link in the system browser instead of the app window', () => {
    const { fire, openExternal } = setup();
    const doc = 'https://learn.microsoft.com/en-us/autopilot/user-driven';
    expect(fire('will-navigate', doc)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith(doc);
  });

  it('stops redirects away from the app', () => {
    const { fire } = setup();
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('window.open guard', () => {
  it('denies every new window, even for the app itself', () => {
    const { windowOpen } = setup();
    expect(windowOpen('app://hvv/index.html')).toEqual({ action: 'deny' });
    expect(windowOpen('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('hands allow-listed https links to the system browser', () => {
    const { windowOpen, openExternal } = setup();
    expect(windowOpen('https://support.microsoft.com/kb/5034441')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://support.microsoft.com/kb/5034441');
  });

  it('never hands other links to the system browser', () => {
    const { windowOpen, openExternal } = setup();
    windowOpen('http://learn.microsoft.com/');
    windowOpen('https://evil.example/');
    windowOpen('file:///C:/Windows/System32/cmd.exe');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives the system browser failing to start', async () => {
    const openExternal = vi.fn(async () => {
      throw new Error('no browser');
    });
    const fake = fakeContents();
    installNavigationGuards(fake.contents, openExternal);
    expect(fake.windowOpen('https://learn.microsoft.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalled());
  });
});

describe('permission guard', () => {
  function installed() {
    const got: {
      request?: Parameters<GuardableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<GuardableSession['setPermissionCheckHandler']>[0];
    } = {};
    installPermissionGuards({
      setPermissionRequestHandler: (handler) => (got.request = handler),
      setPermissionCheckHandler: (handler) => (got.check = handler),
    });
    const { request, check } = got;
    if (!request || !check) throw new Error('permission handlers not installed');
    return { request, check };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the page a %s permission request',
    (permission) => {
      const { request } = installed();
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with no', () => {
    const { check } = installed();
    expect(check({}, 'media')).toBe(false);
    expect(check(null, 'serial')).toBe(false);
  });
});

describe('what counts as the app page', () => {
  it('recognises only app://hvv/ URLs', () => {
    expect(isAppUrl('app://hvv/index.html')).toBe(true);
    expect(isAppUrl('app://hvv.example/index.html')).toBe(false);
    expect(isAppUrl('https://hvv/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
