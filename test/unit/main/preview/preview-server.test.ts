import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionDelta, SessionSnapshot } from '../../../../common/ipc/contract.js';
import { applyDelta, type StreamState } from '../../../../common/ipc/session-delta.js';
import { startPreview, type Preview } from '../../../../main/preview/start-preview.js';
import { injectBridge, MAX_BODY_BYTES } from '../../../../main/preview/server.js';
import { REPO_ROOT, SCENARIO_FIXTURES } from '../../../paths.js';

const SCENARIO = join(SCENARIO_FIXTURES, 'third-party-plugin-only.scenario.json');

let dataDir: string;
let rendererDir: string;
let preview: Preview;
let cookie: string;
let origin: string;
const logs: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'hvv-preview-'));
  // A stand-in build, so the test does not depend on (or race with) `vite build`.
  rendererDir = await mkdtemp(join(tmpdir(), 'hvv-preview-renderer-'));
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type="module" src="./assets/app.js"></script></head><body></body></html>',
  );
  preview = await startPreview({
    dataDir,
    rendererDir,
    port: 0,
    scenarioPath: SCENARIO,
    log: (l) => logs.push(l),
  });
  origin = preview.origin.replace(/\/$/, '');
  const first = await fetch(preview.url, { redirect: 'manual' });
  expect(first.status).toBe(303);
  const setCookie = first.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  cookie = setCookie.split(';')[0] ?? '';
}, 30_000);

afterAll(async () => {
  await preview.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
});

function invoke(method: string, request: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${preview.base}__hvv/invoke/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, Cookie: cookie, ...headers },
    body: JSON.stringify({ request }),
  });
}

async function value<T>(response: Response): Promise<T> {
  expect(response.status).toBe(200);
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  expect(envelope.error?.message).toBeUndefined();
  return envelope.value;
}

/**
 * Subscribes to the SSE stream; `connected` settles once the server has registered it. `frames`
 * collects the session deltas as sent.
 */
function watchSessions(done: (s: SessionSnapshot) => boolean): {
  connected: Promise<void>;
  result: Promise<SessionSnapshot>;
  frames: SessionDelta[];
} {
  const frames: SessionDelta[] = [];
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  // The page's side of the stream, as renderer/store.ts keeps it.
  let held: StreamState | null = null;
  const result = new Promise<SessionSnapshot>((resolve, reject) => {
    const req = httpRequest(`${preview.base}__hvv/events`, { headers: { Cookie: cookie } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        connected();
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.startsWith('data: ')) continue;
          const { channel, payload } = JSON.parse(frame.slice(6)) as {
            channel: string;
            payload: SessionDelta;
          };
          if (channel !== 'event:session-delta') continue;
          frames.push(payload);
          const next = applyDelta(held, payload);
          if (next === 'refetch') return reject(new Error(`a delta did not apply: base ${payload.base}`));
          held = next;
          if (done(held.snapshot)) {
            req.destroy();
            resolve(held.snapshot);
          }
        }
      });
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
  return { connected: ready, result, frames };
}

function rawGet(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${preview.base}${path.replace(/^\//, '')}`, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm run preview server', () => {
  it('serves the page with the bridge script ahead of the app bundle, only to the holder of the token', async () => {
    expect((await fetch(preview.base)).status).toBe(403);
    const page = await fetch(preview.base, { headers: { Cookie: cookie } });
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await page.text();
    expect(html.indexOf('./__hvv/bridge.js')).toBeGreaterThan(0);
    expect(html.indexOf('./__hvv/bridge.js')).toBeLessThan(html.indexOf('./assets/app.js'));
    const bridge = await fetch(`${preview.base}__hvv/bridge.js`);
    expect(await bridge.text()).toContain('__hvv/invoke/');
  });

  it('scopes the token cookie to a per-run path prefix, so other servers on 127.0.0.1 never receive it', async () => {
    const first = await fetch(preview.url, { redirect: 'manual' });
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(preview.pathPrefix).toMatch(/^\/[\w-]{16}\/$/);
    expect(setCookie).toContain(`Path=${preview.pathPrefix};`);
    expect(setCookie).not.toMatch(/Path=\/;/);
    expect(first.headers.get('location')).toBe(preview.pathPrefix);
    expect(preview.base).toBe(`${preview.origin}${preview.pathPrefix.slice(1)}`);
  });

  it('answers 404 and nothing else outside the prefix, even to the holder of the cookie', async () => {
    for (const path of [
      '',
      'index.html',
      '__hvv/bridge.js',
      '__hvv/events',
      'assets/app.js',
      `?token=${preview.token}`,
    ]) {
      const res = await fetch(`${preview.origin}${path}`, {
        headers: { Cookie: cookie },
        redirect: 'manual',
      });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('set-cookie'), path).toBeNull();
      expect(await res.text(), path).not.toContain('<html');
    }
    const invoked = await fetch(`${preview.origin}__hvv/invoke/appInfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin, Cookie: cookie },
      body: JSON.stringify({ request: {} }),
    });
    expect(invoked.status).toBe(404);
    // Another run's prefix is just as foreign.
    expect((await fetch(`${preview.origin}AAAAAAAAAAAAAAAA/`, { headers: { Cookie: cookie } })).status).toBe(
      404,
    );
  });

  it('refuses a link from another run', async () => {
    const res = await fetch(`${preview.base}?token=not-this-run`, { redirect: 'manual' });
    expect(res.status).toBe(403);
  });

  it('refuses API calls without the token cookie', async () => {
    const res = await invoke('appInfo', undefined, { Cookie: '' });
    expect(res.status).toBe(403);
  });

  it('answers 400, not 500, to bad percent-encoding in any path', async () => {
    const api = await fetch(`${preview.base}__hvv/invoke/%E0%A4%A`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: preview.origin.replace(/\/$/, ''),
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(api.status).toBe(400);
    const page = await fetch(`${preview.base}assets/%ZZ.js`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(400);
  });

  it('refuses API calls from another website even with the cookie', async () => {
    const res = await invoke('appInfo', undefined, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect(await rawGet('/__hvv/events', { Host: `attacker.example:${preview.port}`, Cookie: cookie })).toBe(
      421,
    );
  });

  it('refuses a request body over 50 MB', async () => {
    const res = await fetch(`${preview.base}__hvv/invoke/loadScenario`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin, Cookie: cookie },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    expect(res.status).toBe(413);
  });

  it('answers appInfo with the package version and live checks unavailable', async () => {
    const info = await value<{
      version: string;
      live: { available: boolean; reason: string; reasonId?: string };
    }>(await invoke('appInfo', undefined));
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(info.version).toBe(pkg.version);
    expect(info.live.available).toBe(false);
    expect(info.live.reason).toMatch(/replays recordings only/);
    expect(info.live.reasonId).toBe('preview');
  });

  it('refuses to start a live validation', async () => {
    const res = await invoke('startSession', { validationType: 'on-network', inputs: {} });
    const envelope = (await res.json()) as { ok: boolean; error: { message: string } };
    expect(envelope.ok).toBe(false);
  });

  it('replays a scenario opened through the dialog and streams the results as session deltas', async () => {
    const opened = await value<SessionSnapshot>(await invoke('openScenarioDialog', undefined));
    expect(opened.mode).toBe('replay');
    let sawRunning = false;
    const watch = watchSessions((s) => {
      const busy = s.steps.some((step) => step.phase === 'queued' || step.phase === 'running');
      sawRunning ||= busy;
      return sawRunning && !busy;
    });
    await watch.connected;
    await value(await invoke('runSteps', { allowActions: false }));
    const streamed = await watch.result;
    // The first frame is the whole session; every later one carries only the steps that changed.
    const [first, ...later] = watch.frames;
    expect(first?.base).toBeNull();
    expect(later.length).toBeGreaterThan(3);
    expect(later.every((d) => d.base !== null && d.steps.length < streamed.steps.length)).toBe(true);
    expect(
      streamed.steps.filter((s) => s.result !== null && s.result.status !== 'skip').length,
    ).toBeGreaterThan(3);
    expect(streamed.id).toBe(opened.id);
    const current = await value<SessionSnapshot>(await invoke('currentSession', undefined));
    expect(current.id).toBe(opened.id);
    expect(current.steps.filter((s) => s.result !== null).length).toBeGreaterThan(0);
  }, 30_000);

  it('loads a dropped scenario and writes an HTML export under the preview data folder', async () => {
    const content = await readFile(SCENARIO, 'utf8');
    const loaded = await value<SessionSnapshot>(
      await invoke('loadScenario', { fileName: 'third-party-plugin-only.scenario.json', content }),
    );
    expect(loaded.mode).toBe('replay');
    const path = await value<string>(await invoke('exportSession', { format: 'html' }));
    expect(path.startsWith(join(dataDir, 'exports'))).toBe(true);
    expect(await readFile(path, 'utf8')).toContain('<html');
    expect(logs.some((l) => l.includes(path))).toBe(true);
  });

  it('offers an export back as a download, only to the page holding the token, and only from the exports folder', async () => {
    const content = await readFile(SCENARIO, 'utf8');
    await value(await invoke('loadScenario', { fileName: 'third-party-plugin-only.scenario.json', content }));
    const path = await value<string>(await invoke('exportSession', { format: 'json' }));
    const name = path.split(/[\\/]/).pop() ?? '';
    const url = `${preview.base}__hvv/exports/${encodeURIComponent(name)}`;
    const download = await fetch(url, { headers: { Cookie: cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    expect(await download.text()).toBe(await readFile(path, 'utf8'));
    expect((await fetch(url)).status).toBe(403);
    await writeFile(join(dataDir, 'outside.txt'), 'not an export');
    for (const sneaky of ['..%2Foutside.txt', '%2E%2E%2Foutside.txt', '.hidden', 'a%2Fb', 'x%22y'])
      expect(
        (await fetch(`${preview.base}__hvv/exports/${sneaky}`, { headers: { Cookie: cookie } })).status,
      ).toBe(404);
  });

  it('explains that PDF export needs the desktop app', async () => {
    const res = await invoke('exportSession', { format: 'pdf' });
    const envelope = (await res.json()) as { ok: boolean; error: { message: string } };
    expect(envelope.error.message).toMatch(/PDF export needs the desktop app/);
  });
});

describe('injectBridge', () => {
  it('puts the bridge before the first script and refuses a page without a head', () => {
    expect(injectBridge('<head><script type="module" src="a.js"></script></head>')).toMatch(
      /__hvv\/bridge\.js"><\/script>\s*<script type="module"/,
    );
    expect(() => injectBridge('<body></body>')).toThrow(/no <head>/);
  });
});
