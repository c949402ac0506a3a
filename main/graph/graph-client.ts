/**
 * Read-only Microsoft Graph calls for the tenant checks: bearer auth, @odata.nextLink paging,
 * throttling (429/503 with Retry-After) with bounded retries, cancellation, and readable errors.
 */
import type { z } from 'zod';
import {
  AutopilotDeviceListSchema,
  DeploymentProfileSchema,
  type AutopilotDeviceList,
  type DeploymentProfile,
} from '../../common/engine/parsers/graph-autopilot.js';
import { GraphError, graphErrorFor } from './graph-error.js';

export interface GraphClientOptions {
  baseUrl?: string;
  getToken(signal?: AbortSignal): Promise<string>;
  fetchImpl?: typeof fetch;
  /** Retries after throttling or a transient failure (default 3). */
  maxRetries?: number;
  /** Longest Retry-After worth waiting for; longer asks fail at once with a readable message (default 60 s). */
  maxWaitMs?: number;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** How a long collection is read: told after each page, and how many pages it may take. */
export interface PagingOptions {
  onPage?(itemsSoFar: number, pages: number): void;
  /** Default 50; a fleet's run states can need more (one page per few hundred devices). */
  maxPages?: number;
}

export interface GraphClient {
  /** One JSON document; a collection's pages are merged into `value`. */
  get(path: string, signal?: AbortSignal, paging?: PagingOptions): Promise<unknown>;
  /** Autopilot registrations whose serial number contains `serial` (beta, for the assignment status). */
  findAutopilotDevicesBySerial(serial: string, signal?: AbortSignal): Promise<AutopilotDeviceList>;
  /** The deployment profile assigned to an Autopilot device, or null when none is. */
  getDeploymentProfile(deviceId: string, signal?: AbortSignal): Promise<DeploymentProfile | null>;
}

const MAX_PAGES = 50;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createGraphClient(opts: GraphClientOptions): GraphClient {
  const base = new URL(opts.baseUrl ?? 'https://graph.microsoft.com');
  const doFetch = opts.fetchImpl ?? fetch;
  const maxRetries = opts.maxRetries ?? 3;
  const maxWaitMs = opts.maxWaitMs ?? 60_000;
  const sleep = opts.sleep ?? abortableSleep;

  async function request(url: URL, signal?: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      const token = await opts.getToken(signal);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (attempt < maxRetries) {
          await sleep(backoffMs(attempt), signal);
          continue;
        }
        const reason = error instanceof Error ? error.message : 'unknown error';
        throw new GraphError(
          'network',
          `Cannot reach Microsoft Graph (${redact(reason, token)}). Check the network and proxy.`,
        );
      }
      const requestId = response.headers.get('request-id') ?? response.headers.get('client-request-id');
      if (response.ok) {
        if (response.status === 204) return null;
        try {
          return (await response.json()) as unknown;
        } catch {
          throw new GraphError(
            'invalid-response',
            'Microsoft Graph sent an answer that is not JSON.',
            response.status,
            null,
            requestId,
          );
        }
      }
      const body = await readGraphError(response);
      if ((response.status === 429 || response.status === 503) && attempt < maxRetries) {
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
        if (wait <= maxWaitMs) {
          await sleep(wait, signal);
          continue;
        }
      }
      const error = graphErrorFor(response.status, body, requestId);
      throw new GraphError(
        error.kind,
        redact(error.message, token),
        error.status,
        error.code,
        error.requestId,
      );
    }
  }

  async function get(path: string, signal?: AbortSignal, paging: PagingOptions = {}): Promise<unknown> {
    const first = await request(new URL(path, base), signal);
    if (!isRecord(first) || !Array.isArray(first.value)) return first;
    const value: unknown[] = [...first.value];
    paging.onPage?.(value.length, 1);
    const maxPages = paging.maxPages ?? MAX_PAGES;
    let next = nextLink(first);
    for (let page = 1; next !== null; page++) {
      if (page >= maxPages)
        throw new GraphError('invalid-response', 'Microsoft Graph returned too many pages.');
      const url = new URL(next);
      // The bearer token only ever goes to the configured Graph host.
      if (url.origin !== base.origin) {
        throw new GraphError(
          'invalid-response',
          `Microsoft Graph pointed the next page to another host (${url.host}).`,
        );
      }
      const pageBody = await request(url, signal);
      if (!isRecord(pageBody) || !Array.isArray(pageBody.value)) {
        throw new GraphError('invalid-response', 'A page of the Microsoft Graph answer has no "value" list.');
      }
      value.push(...pageBody.value);
      paging.onPage?.(value.length, page + 1);
      next = nextLink(pageBody);
    }
    const merged: Record<string, unknown> = { ...first, value };
    delete merged['@odata.nextLink'];
    return merged;
  }

  return {
    get,
    async findAutopilotDevicesBySerial(serial, signal) {
      const filter = `contains(serialNumber,'${odataString(validSerial(serial))}')`;
      const body = await get(
        `/beta/deviceManagement/windowsAutopilotDeviceIdentities?$filter=${encodeURIComponent(filter)}`,
        signal,
      );
      return validate(body, AutopilotDeviceListSchema, 'the Autopilot device list');
    },
    async getDeploymentProfile(deviceId, signal) {
      if (!GUID.test(deviceId))
        throw new GraphError('invalid-request', `"${deviceId}" is not an Autopilot device id.`);
      try {
        const body = await get(
          `/beta/deviceManagement/windowsAutopilotDeviceIdentities/${deviceId}/deploymentProfile`,
          signal,
        );
        return body === null ? null : validate(body, DeploymentProfileSchema, 'the deployment profile');
      } catch (error) {
        // Graph answers 404 on the navigation property when no profile is assigned.
        if (error instanceof GraphError && error.kind === 'not-found') return null;
        throw error;
      }
    },
  };
}

/** Rejects what cannot be a serial number before it reaches an OData filter. */
export function validSerial(serial: string): string {
  const trimmed = serial.trim();
  const control = [...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (trimmed === '' || trimmed.length > 128 || control) {
    throw new GraphError('invalid-request', `"${trimmed.slice(0, 40)}" is not a usable serial number.`);
  }
  return trimmed;
}

/** OData string literal: a single quote is written twice. */
export function odataString(value: string): string {
  return value.replaceAll("'", "''");
}

function validate<T>(body: unknown, schema: z.ZodType<T>, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first ? `${first.path.join('.') || 'document'}: ${first.message}` : 'unexpected shape';
  throw new GraphError('invalid-response', `Microsoft Graph sent ${what} in an unexpected shape (${where}).`);
}

async function readGraphError(response: Response): Promise<{ code: string | null; message: string | null }> {
  try {
    const body = (await response.json()) as unknown;
    const error = isRecord(body) && isRecord(body.error) ? body.error : null;
    return {
      code: typeof error?.code === 'string' ? error.code : null,
      message: typeof error?.message === 'string' ? error.message.slice(0, 300) : null,
    };
  } catch {
    return { code: null, message: null };
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function backoffMs(attempt: number): number {
  return 1000 * 2 ** attempt;
}

function nextLink(body: Record<string, unknown>): string | null {
  const link = body['@odata.nextLink'];
  return typeof link === 'string' && link !== '' ? link : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function redact(text: string, token: string): string {
  return token ? text.split(token).join('[token]') : text;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
