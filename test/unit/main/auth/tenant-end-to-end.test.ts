/**
 * Sign in against the fake Azure AD, check the device against the fake Graph, record the run as a
 * scenario and replay it offline: same verdicts, and no token anywhere in what was kept.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthService } from '../../../../main/auth/auth-service.js';
import type { TenantAuthService } from '../../../../main/auth/auth-service.js';
import { cacheFilePath, createTokenCacheStore } from '../../../../main/auth/token-cache.js';
import { ProbeFailure } from '../../../../common/model.js';
import type { ProbeExecutor, StepResult } from '../../../../common/model.js';
import { createRecordingExecutor, toScenario } from '../../../../common/engine/recording.js';
import { autopilotRegistrationStep } from '../../../../common/engine/steps/autopilot-registration.js';
import { tenantProfileStep } from '../../../../common/engine/steps/tenant-profile.js';
import { runChecklist } from '../../../../common/engine/run.js';
import { createGraphClient } from '../../../../main/graph/graph-client.js';
import { createScenarioExecutor, parseScenario } from '../../../../main/probes/scenario-runner.js';
import { tenantReaderFromGraph, withTenantProbes } from '../../../../main/probes/tenant-executor.js';
import { FAKE_CLIENT_ID, startFakeIdp } from '../../../fakes/fake-idp.js';
import type { FakeIdp } from '../../../fakes/fake-idp.js';
import { HYBRID_PROFILE, startFakeGraph } from '../../../fakes/fake-graph.js';
import type { FakeGraph } from '../../../fakes/fake-graph.js';
import { testSecretBox } from './test-secret-box.js';

const SERIAL = 'PF3ABC12';
const DEVICE_ID = '7c6b5a49-3827-4161-9f0e-d1c2b3a4f5e6';
const NOW = new Date('2026-11-26T10:00:00Z');

/** The on-device side: only the identity probe the tenant steps read. */
const deviceProbes: ProbeExecutor = {
  mode: 'live',
  async run(request) {
    if (request.probe !== 'device.identity')
      throw new ProbeFailure('unavailable', request.probe, 'not in this test');
    const stdout = JSON.stringify({
      ComputerName: 'LAB-PC-07',
      SerialNumber: SERIAL,
      Manufacturer: 'Contoso',
      Model: 'Surface Laptop 5',
    });
    return { exitCode: 0, stdout, stderr: '', durationMs: 40, timedOut: false };
  },
};

let dir: string;
let idp: FakeIdp;
let graph: FakeGraph;
let auth: TenantAuthService;
let logs: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-tenant-'));
  idp = await startFakeIdp();
  graph = await startFakeGraph();
  logs = [];
  auth = createAuthService({
    clientId: FAKE_CLIENT_ID,
    authority: idp.authority,
    openBrowser: (url) => idp.browser(url),
    cachePlugin: createTokenCacheStore({ filePath: cacheFilePath(dir), secrets: testSecretBox() }),
    msalConfigOverrides: { networkClient: idp.networkClient },
    log: (line) => logs.push(line),
  });
  graph.setDevices([{ id: DEVICE_ID, serialNumber: SERIAL, groupTag: 'VPN-LAB', profile: HYBRID_PROFILE }]);
});
afterEach(async () => {
  await Promise.all([idp.close(), graph.close()]);
  await rm(dir, { recursive: true, force: true });
});

function liveExecutor(): ProbeExecutor {
  const client = createGraphClient({
    baseUrl: graph.baseUrl,
    getToken: (signal) => auth.getAccessToken(signal),
    sleep: async () => undefined,
  });
  return withTenantProbes(deviceProbes, tenantReaderFromGraph(client));
}

async function check(executor: ProbeExecutor): Promise<StepResult[]> {
  return runChecklist({
    executor,
    inputs: {},
    confirmations: {},
    now: NOW,
    steps: [autopilotRegistrationStep, tenantProfileStep],
    clock: () => NOW,
  });
}

async function signIn(): Promise<void> {
  await auth.signIn('browser', () => undefined);
  graph.acceptTokens(...idp.issuedSecrets());
}

function expectNoSecrets(text: string): void {
  expect(idp.issuedSecrets().length).toBeGreaterThan(0);
  for (const secret of idp.issuedSecrets()) expect(text).not.toContain(secret);
  expect(text).not.toContain('SECRET');
}

describe('tenant checks end to end', () => {
  it('signs in, checks the device in Intune, and replays the recording offline to the same verdicts', async () => {
    await signIn();
    const recording = createRecordingExecutor(liveExecutor());
    const live = await check(recording.executor);
    expect(live.map((r) => [r.id, r.status])).toEqual([
      ['autopilot-registration', 'pass'],
      ['tenant-profile', 'pass'],
    ]);

    const recorded = recording.recorded();
    expect(recorded.map((p) => [p.probe, p.args])).toEqual([
      ['device.identity', {}],
      ['tenant.autopilotDevice', { serialNumber: SERIAL }],
      ['tenant.deploymentProfile', { deviceId: DEVICE_ID }],
    ]);
    const scenarioText = JSON.stringify(
      toScenario({ title: 'Lab PC 07', recordedAt: NOW, inputs: {}, confirmations: {} }, recorded),
      null,
      2,
    );

    const replayed = await check(createScenarioExecutor(parseScenario(scenarioText, 'lab.scenario.json')));
    const strip = (results: StepResult[]) =>
      results.map(({ id, status, summary, details }) => ({ id, status, summary, details }));
    expect(strip(replayed)).toEqual(strip(live));

    // No token in the scenario file, the evidence, or MSAL's log.
    expectNoSecrets([scenarioText, JSON.stringify(live), JSON.stringify(replayed), ...logs].join('\n'));
  });

  it('keeps every on-device probe working and blocks the tenant steps with a sign-in action when signed out', async () => {
    const results = await check(liveExecutor());
    expect(results.map((r) => r.status)).toEqual(['blocked', 'blocked']);
    expect(results[0]?.summary).toBe(
      'Sign in to check the tenant. Sign in to your tenant to run tenant checks.',
    );
    expect(results[0]?.evidence.map((e) => e.probe)).toEqual(['device.identity', 'tenant.autopilotDevice']);
    expect(graph.requests()).toEqual([]);
  });

  it('asks to sign in again when Graph no longer accepts the token', async () => {
    await signIn();
    graph.acceptTokens('a-token-from-another-session');
    const results = await check(liveExecutor());
    expect(results[0]?.status).toBe('blocked');
    expect(results[0]?.summary).toContain('Sign in again');
    expectNoSecrets(JSON.stringify(results));
  });

  it('records a missing admin consent as a fact about the tenant, without the token', async () => {
    await signIn();
    graph.forbid(true);
    const recording = createRecordingExecutor(liveExecutor());
    const results = await check(recording.executor);
    expect(results[0]?.status).toBe('error');
    expect(results[0]?.remediation.join(' ')).toContain('DeviceManagementServiceConfig.Read.All');
    const kept = recording.recorded().find((p) => p.probe === 'tenant.autopilotDevice');
    expect(kept?.result.exitCode).toBe(1);
    expect(JSON.parse(kept?.result.stdout ?? '')).toMatchObject({
      error: { status: 403, code: 'Forbidden' },
    });
    expectNoSecrets(JSON.stringify(recording.recorded()) + JSON.stringify(results));
  });

  it('gets through Graph throttling and still decides', async () => {
    await signIn();
    graph.throttle(2, '3');
    const results = await check(liveExecutor());
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass']);
  });

  it('says tenant checks are not set up when no app registration is configured', async () => {
    const executor = withTenantProbes(deviceProbes, null, {
      unavailableReason: 'Tenant checks need an Azure AD app registration.',
    });
    const results = await check(executor);
    expect(results[0]?.status).toBe('blocked');
    expect(results[0]?.summary).toContain('Tenant checks need an Azure AD app registration.');
  });

  it('passes a cancelled tenant read on as cancelled', async () => {
    await signIn();
    const controller = new AbortController();
    controller.abort();
    await expect(
      liveExecutor().run(
        { probe: 'tenant.autopilotDevice', args: { serialNumber: SERIAL } },
        { signal: controller.signal },
      ),
    ).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
