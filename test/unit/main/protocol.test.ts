import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  handleAppProtocol,
  registerAppScheme,
  resolveAppRequest,
  respondToAppRequest,
} from '../../../main/protocol.js';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'hvv-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>HVV</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'font.woff2'), 'x');
  await writeFile(path.join(base, 'secret.txt'), 'token');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the app:// protocol', () => {
  it('serves index.html for the app entry URL and for the bare origin', async () => {
    const entry = await resolveAppRequest(root, APP_ENTRY_URL);
    expect(entry.status).toBe(200);
    expect(entry.filePath).toBe(path.join(root, 'index.html'));
    expect((await resolveAppRequest(root, 'app://hvv/')).filePath).toBe(path.join(root, 'index.html'));
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (file, mime) => {
    const response = await resolveAppRequest(root, `app://hvv/${file}?v=1#x`);
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe(mime);
  });

  it('sends the strict Content-Security-Policy with every answer, errors included', async () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    for (const url of [APP_ENTRY_URL, 'app://hvv/missing.js', 'app://hvv/%2e%2e/secret.txt']) {
      const response = await resolveAppRequest(root, url);
      expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('never allows inline or remote script in the policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  // Each attempt must be refused by the traversal check itself (403), not by a later "not found":
  // a test accepting any 4xx let that check become dead code unnoticed (issue 14's mutation audit).
  it.each([
    'app://hvv/%2e%2e/secret.txt',
    'app://hvv/assets/%2E%2E/%2E%2E/secret.txt',
    'app://hvv/..%2fsecret.txt',
    'app://hvv/assets/..%5C..%5Csecret.txt',
    'app://hvv/index.html%00.js',
    'app://hvv/C:%5CWindows%5Cwin.ini',
    'app://hvv/assets/%2e',
  ])('refuses the traversal attempt %s as escaping the app (403)', async (url) => {
    const response = await resolveAppRequest(root, url);
    expect(response.filePath).toBeNull();
    expect(response.status).toBe(403);
  });

  it('answers 400 to bad percent-encoding', async () => {
    expect((await resolveAppRequest(root, 'app://hvv/%E0%A4%A')).status).toBe(400);
  });

  it('refuses a literal .. even though the URL parser would collapse it', async () => {
    const response = await resolveAppRequest(root, 'app://hvv/../secret.txt');
    expect(response.filePath).toBeNull();
    expect(response.status).toBe(403);
  });

  it('refuses a symlink that points outside the renderer folder', async () => {
    const response = await resolveAppRequest(root, 'app://hvv/assets/link.txt');
    expect(response.status).toBe(403);
    expect(response.filePath).toBeNull();
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await resolveAppRequest(root, 'app://hvv/nope.js')).status).toBe(404);
    expect((await resolveAppRequest(root, 'app://hvv/assets')).status).toBe(404);
    expect((await resolveAppRequest(root, 'app://other/index.html')).status).toBe(404);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await resolveAppRequest(root, APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('answers a real request with the file body and headers', async () => {
    const ok = await respondToAppRequest(root, new Request('app://hvv/assets/index-abc.js'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('console.log(1)');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // A Request (like Chromium's, in the app) arrives with "%2e%2e" already collapsed: not found.
    const refused = await respondToAppRequest(root, new Request('app://hvv/%2e%2e/secret.txt'));
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('token');
  });

  it('registers app:// as a standard, secure scheme and handles it from the renderer folder', async () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);

    let handler: ((request: Request) => Promise<Response> | Response) | null = null;
    handleAppProtocol(
      { handle: (scheme, fn) => void (scheme === 'app' && (handler = fn as typeof handler)) },
      root,
    );
    if (!handler) throw new Error('app:// not handled');
    const response = await (handler as (request: Request) => Promise<Response>)(new Request(APP_ENTRY_URL));
    expect(await response.text()).toContain('<title>HVV</title>');
  });
});
