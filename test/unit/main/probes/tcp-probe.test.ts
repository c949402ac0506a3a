import { Socket, createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProbeFailure } from '../../../../common/model.js';
import { probeTcp } from '../../../../main/probes/tcp-probe.js';

let server: Server | null = null;

afterEach(async () => {
  vi.useRealTimers();
  if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
  server = null;
});

async function listen(): Promise<number> {
  server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

/** A port nobody listens on: bind one, remember it, close it. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** A socket that never connects and never fails, like a firewall that drops packets. */
function silentSocket(): Socket {
  return new Socket();
}

describe('net.tcp probe', () => {
  it('reports an endpoint that accepts the connection as reachable', async () => {
    const port = await listen();
    const result = await probeTcp({ host: '127.0.0.1', port }, { timeoutMs: 5000 });
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(JSON.parse(result.stdout)).toEqual({ host: '127.0.0.1', port, reachable: true, error: null });
  });

  it('reports a refused connection as unreachable with the reason', async () => {
    const port = await closedPort();
    const result = await probeTcp({ host: '127.0.0.1', port }, { timeoutMs: 5000 });
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ host: '127.0.0.1', port, reachable: false });
    expect(answer.error).toMatch(/ECONNREFUSED/);
    expect(result.exitCode).toBe(0);
  });

  it('gives up after its own timeout when nothing answers, as unreachable', async () => {
    vi.useFakeTimers();
    const pending = probeTcp(
      { host: 'ztd.dds.microsoft.com', port: 443 },
      { timeoutMs: 5000, connect: silentSocket },
    );
    await vi.advanceTimersByTimeAsync(5000);
    const result = await pending;
    expect(JSON.parse(result.stdout)).toEqual({
      host: 'ztd.dds.microsoft.com',
      port: 443,
      reachable: false,
      error: 'No answer from ztd.dds.microsoft.com:443 within 5000 ms',
    });
    expect(result.timedOut).toBe(false);
  });

  it('stops connecting when the technician cancels', async () => {
    const controller = new AbortController();
    const pending = probeTcp(
      { host: 'x.example', port: 443 },
      { timeoutMs: 60_000, signal: controller.signal, connect: silentSocket },
    );
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(ProbeFailure);
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled', probe: 'net.tcp' });
  });

  it.each([
    [{ port: 443 }, /host/],
    [{ host: 'a.example', port: 0 }, /port/],
    [{ host: 'a.example', port: '443' }, /port/],
  ])('answers %j with a non-zero exit code instead of connecting', async (args, message) => {
    const result = await probeTcp(args, { timeoutMs: 1000 });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
