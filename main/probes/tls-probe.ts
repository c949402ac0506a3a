/**
 * The `tls.chain` probe (issue 17, docs/CONTRACT-EXTENSIONS.md), done in Node like `net.tcp`: it
 * opens a TLS session to an endpoint — through the device's proxy with HTTP CONNECT when one is
 * given — and answers the certificate chain the device is actually served. It does not judge the
 * chain (common/engine/rules/tls-issuers.ts does) and never trusts it: a chain a proxy forged must
 * still be read. An endpoint that does not answer is a result, not a failure.
 */
import { isIP, connect as netConnect } from 'node:net';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { DetailedPeerCertificate, TLSSocket } from 'node:tls';
import { ProbeFailure } from '../../common/model.js';
import type { ProbeArgs, ProbeResult } from '../../common/model.js';
import { parseProxyAddress, type ProxyAddress } from '../../common/engine/rules/proxy-address.js';

export interface TlsProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface ChainCertificate {
  subject: { CN: string | null; O: string | null };
  issuer: { CN: string | null; O: string | null };
  fingerprint256: string;
  validTo: string | null;
}

export interface TlsAnswer {
  host: string;
  port: number;
  /** `direct`, or the proxy's host:port. */
  via: string;
  reached: boolean;
  /** Leaf first, as served; the last entry is the root when the server sent it (or Node found it). */
  chain: ChainCertificate[];
  error: string | null;
}

/** The longest chain read; a real one has 2-4 certificates, a loop in issuerCertificate has no end. */
const MAX_CHAIN = 10;

function field(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return typeof value === 'string' && value !== '' ? value : null;
}

function toChain(leaf: DetailedPeerCertificate): ChainCertificate[] {
  const chain: ChainCertificate[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert && Object.keys(cert).length > 0 && chain.length < MAX_CHAIN) {
    if (seen.has(cert.fingerprint256)) break;
    seen.add(cert.fingerprint256);
    chain.push({
      subject: { CN: field(cert.subject?.CN), O: field(cert.subject?.O) },
      issuer: { CN: field(cert.issuer?.CN), O: field(cert.issuer?.O) },
      fingerprint256: cert.fingerprint256,
      validTo: cert.valid_to ?? null,
    });
    cert = cert.issuerCertificate;
  }
  return chain;
}

function invalid(message: string, started: number): ProbeResult {
  return {
    exitCode: 1,
    stdout: '',
    stderr: message,
    durationMs: Math.round(performance.now() - started),
    timedOut: false,
  };
}

/** Asks the proxy for a tunnel; resolves with the socket once it answers 200. */
function openTunnel(
  proxy: ProxyAddress,
  host: string,
  port: number,
  track: (s: Socket) => void,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host: proxy.host, port: proxy.port });
    track(socket);
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16_384) fail(new Error('The proxy sent an answer too long to be an HTTP header'));
        return;
      }
      socket.off('data', onData);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      if (status !== '200') {
        fail(
          new Error(
            `The proxy ${proxy.host}:${proxy.port} refused the tunnel: ${head.slice(0, head.indexOf('\r\n'))}`,
          ),
        );
        return;
      }
      resolve(socket);
    };
    const fail = (error: Error) => {
      socket.off('data', onData);
      reject(error);
    };
    socket.once('connect', () => {
      socket.write(`CONNECT ${host}:${port} HTTP/1.1\r\nHost: ${host}:${port}\r\n\r\n`);
    });
    socket.on('data', onData);
    socket.once('error', fail);
    socket.once('close', () =>
      fail(new Error(`The proxy ${proxy.host}:${proxy.port} closed the connection`)),
    );
  });
}

function handshake(
  host: string,
  port: number,
  socket: Socket | null,
  track: (s: Socket) => void,
): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const tls = tlsConnect({
      ...(socket ? { socket } : { host, port }),
      // SNI carries names only; an address there is refused by Node.
      ...(isIP(host) === 0 ? { servername: host } : {}),
      // Reading the chain is the point: an intercepting proxy's chain is untrusted here by design.
      rejectUnauthorized: false,
    });
    track(tls);
    tls.once('secureConnect', () => resolve(tls));
    tls.once('error', reject);
  });
}

export function probeTlsChain(args: ProbeArgs, options: TlsProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const { host, port } = args;
  if (typeof host !== 'string' || host.trim() === '') {
    return Promise.resolve(invalid('tls.chain needs a host name', started));
  }
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    return Promise.resolve(
      invalid(`tls.chain needs a port between 1 and 65535, got ${String(port)}`, started),
    );
  }
  let proxy: ProxyAddress | null = null;
  if (typeof args.proxy === 'string' && args.proxy.trim() !== '') {
    proxy = parseProxyAddress(args.proxy);
    if (!proxy)
      return Promise.resolve(
        invalid(`tls.chain could not read the proxy address ${JSON.stringify(args.proxy)}`, started),
      );
  }
  if (options.signal?.aborted) {
    return Promise.reject(new ProbeFailure('cancelled', 'tls.chain', 'Cancelled before it started'));
  }
  const via = proxy ? `${proxy.host}:${proxy.port}` : 'direct';
  const sockets: Socket[] = [];
  const track = (s: Socket) => {
    // destroy() can still emit 'error' on some platforms; an unheard one would crash the app.
    s.on('error', () => {});
    sockets.push(s);
  };

  return new Promise<ProbeResult>((resolve, reject) => {
    let settled = false;
    const cleanup = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // The TLS layer first: destroying the tunnel under a live TLSSocket crashes Node.
      for (const s of [...sockets].reverse()) s.destroy();
    };
    const finish = (answer: Omit<TlsAnswer, 'host' | 'port' | 'via'>) => {
      if (settled) return;
      settled = true;
      cleanup();
      const full: TlsAnswer = { host, port, via, ...answer };
      resolve({
        exitCode: 0,
        stdout: JSON.stringify(full),
        stderr: '',
        durationMs: Math.round(performance.now() - started),
        timedOut: false,
      });
    };
    const onAbort = () => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(
        new ProbeFailure(
          'cancelled',
          'tls.chain',
          `Cancelled while reading the certificates of ${host}:${port}`,
        ),
      );
    };
    const timer = setTimeout(
      () =>
        finish({
          reached: false,
          chain: [],
          error: `No TLS answer from ${host}:${port} (${via}) within ${options.timeoutMs} ms`,
        }),
      options.timeoutMs,
    );
    options.signal?.addEventListener('abort', onAbort, { once: true });

    (async () => {
      const tunnel = proxy ? await openTunnel(proxy, host, port, track) : null;
      const tls = await handshake(host, port, tunnel, track);
      finish({ reached: true, chain: toChain(tls.getPeerCertificate(true)), error: null });
    })().catch((error: unknown) => {
      finish({ reached: false, chain: [], error: error instanceof Error ? error.message : String(error) });
    });
  });
}
