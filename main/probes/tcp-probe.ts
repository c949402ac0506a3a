/**
 * The `net.tcp` probe, done in Node: a TCP connect needs no shell. Its answer is the contract's
 * JSON `{host, port, reachable, error}`; an unreachable endpoint is a result, not a failure.
 */
import { connect as netConnect } from 'node:net';
import type { Socket } from 'node:net';
import { ProbeFailure } from '../../common/model.js';
import type { ProbeArgs, ProbeResult } from '../../common/model.js';

export interface TcpProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Opens the socket; tests pass one that never connects to prove the timeout. */
  connect?: (port: number, host: string) => Socket;
}

export interface TcpAnswer {
  host: string;
  port: number;
  reachable: boolean;
  error: string | null;
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

export function probeTcp(args: ProbeArgs, options: TcpProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const host = args.host;
  const port = args.port;
  if (typeof host !== 'string' || host.trim() === '') {
    return Promise.resolve(invalid('net.tcp needs a host name', started));
  }
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    return Promise.resolve(invalid(`net.tcp needs a port between 1 and 65535, got ${String(port)}`, started));
  }
  if (options.signal?.aborted) {
    return Promise.reject(new ProbeFailure('cancelled', 'net.tcp', 'Cancelled before it started'));
  }

  return new Promise<ProbeResult>((resolve, reject) => {
    const socket = (options.connect ?? ((p, h) => netConnect({ port: p, host: h })))(port, host);
    let settled = false;

    const finish = (reachable: boolean, error: string | null) => {
      if (settled) return;
      settled = true;
      cleanup();
      const answer: TcpAnswer = { host, port, reachable, error };
      resolve({
        exitCode: 0,
        stdout: JSON.stringify(answer),
        stderr: '',
        durationMs: Math.round(performance.now() - started),
        timedOut: false,
      });
    };
    const onAbort = () => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(new ProbeFailure('cancelled', 'net.tcp', `Cancelled while connecting to ${host}:${port}`));
    };
    const timer = setTimeout(
      () => finish(false, `No answer from ${host}:${port} within ${options.timeoutMs} ms`),
      options.timeoutMs,
    );
    const cleanup = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket.removeAllListeners('connect');
      // Keep a listener: destroy() can still emit 'error' on some platforms.
      socket.on('error', () => {});
      socket.destroy();
    };

    options.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish(true, null));
    socket.once('error', (error: NodeJS.ErrnoException) => finish(false, error.message));
  });
}
