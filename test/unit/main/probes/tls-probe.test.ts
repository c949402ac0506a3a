import { createServer as createNetServer, connect as netConnect } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProbeFailure } from '../../../../common/model.js';
import { classifyChain } from '../../../../common/engine/rules/tls-issuers.js';
import { probeTlsChain, type TlsAnswer } from '../../../../main/probes/tls-probe.js';
import { makeChain, MICROSOFT_LIKE, ZSCALER_LIKE, type ServedChain } from './tls-test-pki.js';

const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  server.on('connection', (s: Socket) => {
    // A client that gives up resets the connection; the test server must not crash on it.
    s.on('error', () => {});
    sockets.push(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

function tlsServer(chain: ServedChain): Promise<number> {
  const server = createTlsServer({ key: chain.key, cert: chain.cert }, (s) => {
    s.on('error', () => {});
    s.end();
  });
  server.on('tlsClientError', () => {});
  return listen(server);
}

/** An HTTP CONNECT proxy that tunnels every request to one local port, remembering what it was asked. */
function connectProxy(
  target: number,
  asked: string[],
  answer = 'HTTP/1.1 200 Connection established',
): Promise<number> {
  const server = createNetServer((client) => {
    let head = '';
    client.on('data', function onData(chunk) {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      client.off('data', onData);
      asked.push(head.split('\r\n')[0] ?? '');
      if (!answer.includes(' 200 ')) {
        client.end(`${answer}\r\n\r\n`);
        return;
      }
      const upstream = netConnect({ host: '127.0.0.1', port: target }, () => {
        client.write(`${answer}\r\n\r\n`);
        client.pipe(upstream).pipe(client);
      });
      sockets.push(upstream);
      upstream.on('error', () => client.destroy());
    });
    client.on('error', () => {});
  });
  return listen(server);
}

const answerOf = (stdout: string) => JSON.parse(stdout) as TlsAnswer;

let microsoft: ServedChain;
let zscaler: ServedChain;
beforeAll(() => {
  microsoft = makeChain(MICROSOFT_LIKE);
  zscaler = makeChain(ZSCALER_LIKE, true);
}, 30_000);

describe('tls.chain probe', () => {
  it('reads the chain a server sends directly, leaf first, and it reads as Microsoft’s public chain', async () => {
    const port = await tlsServer(microsoft);
    const result = await probeTlsChain({ host: '127.0.0.1', port }, { timeoutMs: 5000 });
    const answer = answerOf(result.stdout);
    expect(answer).toMatchObject({ host: '127.0.0.1', port, via: 'direct', reached: true, error: null });
    expect(answer.chain.map((c) => c.subject.CN)).toEqual([
      'login.microsoftonline.com',
      'Microsoft Azure RSA TLS Issuing CA 04',
    ]);
    expect(answer.chain[1]?.issuer).toEqual({ CN: 'DigiCert Global Root G2', O: 'DigiCert Inc' });
    expect(classifyChain(answer.chain).kind).toBe('public');
  });

  it('goes through the proxy with CONNECT for the endpoint’s name, and names Zscaler when it re-signs', async () => {
    const asked: string[] = [];
    const proxyPort = await connectProxy(await tlsServer(zscaler), asked);
    const result = await probeTlsChain(
      { host: 'login.microsoftonline.com', port: 443, proxy: `http://127.0.0.1:${proxyPort}` },
      { timeoutMs: 5000 },
    );
    const answer = answerOf(result.stdout);
    expect(asked).toEqual(['CONNECT login.microsoftonline.com:443 HTTP/1.1']);
    expect(answer).toMatchObject({ via: `127.0.0.1:${proxyPort}`, reached: true });
    expect(answer.chain.map((c) => c.subject.CN)).toEqual([
      'login.microsoftonline.com',
      'Zscaler Intermediate Root CA (zscalerthree.net)',
      'Zscaler Root CA',
    ]);
    expect(classifyChain(answer.chain)).toMatchObject({ kind: 'intercepted', product: 'Zscaler' });
  });

  it('reports a proxy that refuses the tunnel as not reached, quoting its status line', async () => {
    const proxyPort = await connectProxy(1, [], 'HTTP/1.1 407 Proxy Authentication Required');
    const result = await probeTlsChain(
      { host: 'login.microsoftonline.com', port: 443, proxy: `127.0.0.1:${proxyPort}` },
      { timeoutMs: 5000 },
    );
    expect(answerOf(result.stdout)).toMatchObject({
      reached: false,
      chain: [],
      error: expect.stringContaining('407 Proxy Authentication Required'),
    });
  });

  it('gives up after its timeout on a server that accepts TCP but never speaks TLS', async () => {
    const port = await listen(createNetServer(() => {}));
    const result = await probeTlsChain({ host: '127.0.0.1', port }, { timeoutMs: 300 });
    expect(answerOf(result.stdout)).toMatchObject({
      reached: false,
      error: expect.stringContaining('within 300 ms'),
    });
    expect(result.durationMs).toBeLessThan(3000);
  });

  it('stops at once when cancelled, and rejects as cancelled', async () => {
    const port = await listen(createNetServer(() => {}));
    const controller = new AbortController();
    const pending = probeTlsChain(
      { host: '127.0.0.1', port },
      { timeoutMs: 10_000, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toSatisfy((e) => e instanceof ProbeFailure && e.kind === 'cancelled');
  });

  it('refuses bad arguments with a clear message instead of connecting', async () => {
    expect((await probeTlsChain({ host: '', port: 443 }, { timeoutMs: 100 })).stderr).toContain(
      'needs a host',
    );
    expect((await probeTlsChain({ host: 'a', port: 70000 }, { timeoutMs: 100 })).stderr).toContain('port');
    expect(
      (await probeTlsChain({ host: 'a', port: 443, proxy: 'http=;' }, { timeoutMs: 100 })).stderr,
    ).toContain('proxy address');
  });
});
