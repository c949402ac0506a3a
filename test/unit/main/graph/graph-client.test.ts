import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient, retryAfterMs } from '../../../../main/graph/graph-client.js';
import type { GraphClient } from '../../../../main/graph/graph-client.js';
import { GraphError } from '../../../../main/graph/graph-error.js';
import { HYBRID_PROFILE, startFakeGraph } from '../../../fakes/fake-graph.js';
import type { FakeGraph } from '../../../fakes/fake-graph.js';

const TOKEN = 'AT-SECRET-graph-test-token';
const DEVICE_ID = '11111111-2222-4333-8444-555555555555';

let graph: FakeGraph;
let waits: number[];

function client(overrides: Partial<Parameters<typeof createGraphClient>[0]> = {}): GraphClient {
  return createGraphClient({
    baseUrl: graph.baseUrl,
    getToken: async () => TOKEN,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
}

beforeEach(async () => {
  graph = await startFakeGraph();
  graph.acceptTokens(TOKEN);
  waits = [];
});
afterEach(async () => {
  await graph.close();
});

async function failure(work: Promise<unknown>): Promise<GraphError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  return error as GraphError;
}

describe('finding the Autopilot registration by serial number', () => {
  it('asks Graph for the serial with a bearer token and returns the registration', async () => {
    graph.setDevices([{ id: DEVICE_ID, serialNumber: 'PF3ABC12', groupTag: 'VPN-LAB' }]);
    const list = await client().findAutopilotDevicesBySerial('PF3ABC12');
    expect(list.value).toHaveLength(1);
    expect(list.value[0]).toMatchObject({ id: DEVICE_ID, serialNumber: 'PF3ABC12', groupTag: 'VPN-LAB' });
    expect(graph.requests()).toEqual([
      '/beta/deviceManagement/windowsAutopilotDeviceIdentities?$filter=contains(serialNumber%2C%27PF3ABC12%27)',
    ]);
  });

  it('escapes a quote in the serial number so it cannot break the filter', async () => {
    graph.setDevices([{ id: DEVICE_ID, serialNumber: "O'NEIL 7" }]);
    const list = await client().findAutopilotDevicesBySerial("O'NEIL 7");
    expect(list.value.map((d) => d.serialNumber)).toEqual(["O'NEIL 7"]);
    expect(decodeURIComponent(graph.requests()[0] ?? '')).toContain("contains(serialNumber,'O''NEIL 7')");
  });

  it('refuses an empty or control-character serial without calling Graph', async () => {
    expect((await failure(client().findAutopilotDevicesBySerial('  '))).kind).toBe('invalid-request');
    expect((await failure(client().findAutopilotDevicesBySerial('AB\nC'))).kind).toBe('invalid-request');
    expect(graph.requests()).toEqual([]);
  });

  it('follows every page of a long answer', async () => {
    graph.setPageSize(2);
    graph.setDevices(
      ['SER-1', 'SER-2', 'SER-3', 'SER-4', 'SER-5'].map((serialNumber, i) => ({
        id: `11111111-2222-4333-8444-55555555555${i}`,
        serialNumber,
      })),
    );
    const list = await client().findAutopilotDevicesBySerial('SER-');
    expect(list.value.map((d) => d.serialNumber)).toEqual(['SER-1', 'SER-2', 'SER-3', 'SER-4', 'SER-5']);
    expect(graph.requests()).toHaveLength(3);
    expect(list).not.toHaveProperty('@odata.nextLink');
  });

  it('never sends the token to a next page on another host', async () => {
    const elsewhere = await startFakeGraph();
    try {
      const fetchImpl: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        const body = (await response.json()) as Record<string, unknown>;
        return Response.json({ ...body, '@odata.nextLink': `${elsewhere.baseUrl}/beta/steal` });
      };
      graph.setDevices([{ id: DEVICE_ID, serialNumber: 'PF3ABC12' }]);
      const error = await failure(client({ fetchImpl }).findAutopilotDevicesBySerial('PF3ABC12'));
      expect(error.message).toContain('another host');
      expect(elsewhere.requests()).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });
});

describe('throttling', () => {
  it('waits as long as Retry-After says, then gets the answer', async () => {
    graph.setDevices([{ id: DEVICE_ID, serialNumber: 'PF3ABC12' }]);
    graph.throttle(2, '7');
    const list = await client().findAutopilotDevicesBySerial('PF3ABC12');
    expect(list.value).toHaveLength(1);
    expect(waits).toEqual([7000, 7000]);
    expect(graph.requests()).toHaveLength(3);
  });

  it('backs off exponentially on 503 without Retry-After', async () => {
    graph.setDevices([{ id: DEVICE_ID, serialNumber: 'PF3ABC12' }]);
    graph.throttle(2, null, 503);
    await client().findAutopilotDevicesBySerial('PF3ABC12');
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up after a bounded number of retries with a readable message', async () => {
    graph.throttle(100, '1');
    const error = await failure(client({ maxRetries: 3 }).findAutopilotDevicesBySerial('PF3ABC12'));
    expect(error.kind).toBe('throttled');
    expect(error.message).toMatch(/busy \(429\).*request-id [0-9a-f-]{36}/);
    expect(graph.requests()).toHaveLength(4);
  });

  it('does not wait for an unreasonable Retry-After', async () => {
    graph.throttle(1, '3600');
    const error = await failure(client({ maxWaitMs: 60_000 }).findAutopilotDevicesBySerial('PF3ABC12'));
    expect(error.kind).toBe('throttled');
    expect(waits).toEqual([]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });

  it('stops waiting when the technician cancels', async () => {
    graph.throttle(1, '30');
    const controller = new AbortController();
    const pending = client({
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason));
          controller.abort();
        }),
    }).findAutopilotDevicesBySerial('PF3ABC12', controller.signal);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(graph.requests()).toHaveLength(1);
  });
});

describe('errors a technician can act on', () => {
  it('names the missing permission on 403, with the request-id for support', async () => {
    graph.forbid(true);
    const error = await failure(client().findAutopilotDevicesBySerial('PF3ABC12'));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('DeviceManagementServiceConfig.Read.All');
    expect(error.message).toContain('Application is not authorized');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toContain(error.requestId);
  });

  it('asks to sign in again when Graph rejects the token', async () => {
    graph.acceptTokens('some-other-token');
    const error = await failure(client().findAutopilotDevicesBySerial('PF3ABC12'));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain('Sign in again');
  });

  it('reports an unreachable Graph as a network problem after retrying', async () => {
    await graph.close();
    const error = await failure(client({ maxRetries: 1 }).findAutopilotDevicesBySerial('PF3ABC12'));
    expect(error.kind).toBe('network');
    expect(waits).toEqual([1000]);
  });

  it('refuses an answer that does not look like an Autopilot device list', async () => {
    const fetchImpl: typeof fetch = async () => Response.json({ value: [{ serialNumber: 'X' }] });
    const error = await failure(client({ fetchImpl }).findAutopilotDevicesBySerial('PF3ABC12'));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('value.0.id');
  });

  it('never puts the token in an error message, even when the network layer echoes it', async () => {
    const fetchImpl: typeof fetch = async (_input, init) => {
      const auth = new Headers(init?.headers).get('authorization');
      throw new Error(`socket hang up while sending ${auth}`);
    };
    const error = await failure(
      client({ fetchImpl, maxRetries: 0 }).findAutopilotDevicesBySerial('PF3ABC12'),
    );
    expect(error.message).toContain('[token]');
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });
});

describe('the assigned deployment profile', () => {
  it('returns the hybrid profile with its skip-connectivity flag', async () => {
    graph.setDevices([{ id: DEVICE_ID, serialNumber: 'PF3ABC12', profile: HYBRID_PROFILE }]);
    const profile = await client().getDeploymentProfile(DEVICE_ID);
    expect(profile).toMatchObject({
      '@odata.type': '#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile',
      hybridAzureADJoinSkipConnectivityCheck: true,
    });
    expect(graph.requests()).toEqual([
      `/beta/deviceManagement/windowsAutopilotDeviceIdentities/${DEVICE_ID}/deploymentProfile`,
    ]);
  });

  it('returns null when no profile is assigned', async () => {
    graph.setDevices([{ id: DEVICE_ID, serialNumber: 'PF3ABC12' }]);
    expect(await client().getDeploymentProfile(DEVICE_ID)).toBeNull();
  });

  it('refuses a device id that is not a GUID', async () => {
    expect((await failure(client().getDeploymentProfile('../../users'))).kind).toBe('invalid-request');
    expect(graph.requests()).toEqual([]);
  });
});
