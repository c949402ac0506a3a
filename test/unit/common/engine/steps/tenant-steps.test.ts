/**
 * The tenant steps' verdict rules, fed recorded-shape probe results (stdout = Graph's JSON, as the
 * tenant executor records it), through the real scheduler.
 */
import { describe, expect, it } from 'vitest';
import { ProbeFailure } from '../../../../../common/model.js';
import type { ProbeExecutor, ProbeRequest, ProbeResult, StepResult } from '../../../../../common/model.js';
import { runChecklist } from '../../../../../common/engine/run.js';
import { autopilotRegistrationStep } from '../../../../../common/engine/steps/autopilot-registration.js';
import { tenantProfileStep } from '../../../../../common/engine/steps/tenant-profile.js';
import { AZURE_AD_PROFILE, HYBRID_PROFILE } from '../../../../fakes/fake-graph.js';

const DEVICE_ID = '7c6b5a49-3827-4161-9f0e-d1c2b3a4f5e6';
const SERIAL = 'PF3ABC12';

type Answer = ProbeResult | ProbeFailure;
const ok = (value: unknown): ProbeResult => ({
  exitCode: 0,
  stdout: JSON.stringify(value),
  stderr: '',
  durationMs: 5,
  timedOut: false,
});
const identity = (serial: unknown = SERIAL, extra: Record<string, unknown> = {}): ProbeResult =>
  ok({
    ComputerName: 'LAB-PC-07',
    SerialNumber: serial,
    Manufacturer: 'Contoso',
    Model: 'Surface Laptop 5',
    ...extra,
  });
const device = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  '@odata.type': '#microsoft.graph.windowsAutopilotDeviceIdentity',
  id: DEVICE_ID,
  serialNumber: SERIAL,
  groupTag: 'VPN-LAB',
  manufacturer: 'Contoso',
  model: 'Surface Laptop 5',
  deploymentProfileAssignmentStatus: 'assignedInSync',
  deploymentProfileAssignedDateTime: '2026-10-02T09:14:00Z',
  ...overrides,
});
const graphFailure = (status: number, code: string, message: string): ProbeResult => ({
  exitCode: 1,
  stdout: JSON.stringify({
    error: { status, code, message, requestId: 'a1b2c3d4-0000-4000-8000-000000000001' },
  }),
  stderr: message,
  durationMs: 5,
  timedOut: false,
});

function executor(
  answers: Partial<Record<ProbeRequest['probe'], Answer>>,
  asked: ProbeRequest[] = [],
): ProbeExecutor {
  return {
    mode: 'replay',
    async run(request) {
      asked.push(request);
      const answer = answers[request.probe];
      if (!answer) throw new ProbeFailure('not-recorded', request.probe, `no ${request.probe}`);
      if (answer instanceof ProbeFailure) throw answer;
      return answer;
    },
  };
}

async function run(answers: Partial<Record<ProbeRequest['probe'], Answer>>, asked: ProbeRequest[] = []) {
  const results = await runChecklist({
    executor: executor(answers, asked),
    inputs: {},
    confirmations: {},
    now: new Date('2026-11-26T10:00:00Z'),
    steps: [autopilotRegistrationStep, tenantProfileStep],
  });
  const byId = (id: string): StepResult => results.find((r) => r.id === id) as StepResult;
  return { registration: byId('autopilot-registration'), profile: byId('tenant-profile') };
}

const signedOut = (probe: 'tenant.autopilotDevice' | 'tenant.deploymentProfile'): ProbeFailure =>
  new ProbeFailure('unavailable', probe, 'Sign in to your tenant to run tenant checks.');

describe('autopilot-registration', () => {
  it('passes when this serial is registered with its profile assigned and in sync', async () => {
    const asked: ProbeRequest[] = [];
    const { registration } = await run(
      { 'device.identity': identity(), 'tenant.autopilotDevice': ok({ value: [device()] }) },
      asked,
    );
    expect(registration.status).toBe('pass');
    expect(registration.stage).toBe('Tenant');
    expect(registration.details).toMatchObject({
      serialNumber: SERIAL,
      deviceId: DEVICE_ID,
      groupTag: 'VPN-LAB',
      profileAssignmentStatus: 'assignedInSync',
    });
    expect(asked).toContainEqual({ probe: 'tenant.autopilotDevice', args: { serialNumber: SERIAL } });
  });

  it('fails with the hardware-hash import steps when the serial is not registered', async () => {
    const { registration, profile } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': ok({ value: [device({ serialNumber: 'PF3ABC123' })] }),
    });
    expect(registration.status).toBe('fail');
    expect(registration.summary).toContain(SERIAL);
    expect(registration.remediation.join(' ')).toContain('Get-WindowsAutopilotInfo -Online');
    expect(profile.status).toBe('blocked');
  });

  it('finds the serial whatever its case, as Intune does', async () => {
    const { registration } = await run({
      'device.identity': identity('pf3abc12'),
      'tenant.autopilotDevice': ok({ value: [device()] }),
    });
    expect(registration.status).toBe('pass');
  });

  it('fails when several registrations share the serial and the make and model do not tell them apart', async () => {
    const { registration, profile } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': ok({
        value: [device(), device({ id: '00000000-1111-4222-8333-444444444444' })],
      }),
    });
    expect(registration.status).toBe('fail');
    expect(registration.summary).toMatch(/2 Autopilot registrations share serial number PF3ABC12/);
    expect(registration.remediation.join(' ')).toContain('delete the stale registrations');
    expect(profile.status).toBe('blocked');
  });

  it('picks the registration whose manufacturer and model match this device when serials collide', async () => {
    const { registration } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': ok({
        value: [
          device({ id: '00000000-1111-4222-8333-444444444444', manufacturer: 'Fabrikam', model: 'Tower 9' }),
          device(),
        ],
      }),
    });
    expect(registration.status).toBe('pass');
    expect(registration.details.deviceId).toBe(DEVICE_ID);
  });

  it('warns while the profile assignment is still syncing', async () => {
    const { registration, profile } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': ok({
        value: [device({ deploymentProfileAssignmentStatus: 'assignedOutOfSync' })],
      }),
      'tenant.deploymentProfile': ok(HYBRID_PROFILE),
    });
    expect(registration.status).toBe('warn');
    expect(registration.remediation.join(' ')).toContain('Sync');
    expect(profile.status).toBe('pass');
  });

  it('fails when the device is registered but no profile is assigned', async () => {
    const { registration } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': ok({ value: [device({ deploymentProfileAssignmentStatus: 'notAssigned' })] }),
    });
    expect(registration.status).toBe('fail');
    expect(registration.summary).toContain('no deployment profile assigned');
  });

  it('is blocked with a sign-in action, not an error, when the technician is signed out', async () => {
    const { registration, profile } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': signedOut('tenant.autopilotDevice'),
    });
    expect(registration.status).toBe('blocked');
    expect(registration.summary).toMatch(/^Sign in to check the tenant\./);
    expect(registration.details).toMatchObject({ action: 'sign-in', serialNumber: SERIAL });
    expect(profile.status).toBe('blocked');
    expect(profile.summary).toMatch(/^Sign in to check the tenant\./);
  });

  it('is blocked, not an error, when replaying a recording made without tenant data', async () => {
    const { registration, profile } = await run({ 'device.identity': identity() });
    expect(registration.status).toBe('blocked');
    expect(registration.summary).toContain('no tenant data');
    expect(profile.status).toBe('blocked');
  });

  it('is blocked when the recording has no device identity at all', async () => {
    const { registration } = await run({});
    expect(registration.status).toBe('blocked');
    expect(registration.summary).toContain('serial number is not in this recording');
  });

  it('fails when the firmware has no real serial number', async () => {
    const { registration } = await run({ 'device.identity': identity('To be filled by O.E.M.') });
    expect(registration.status).toBe('fail');
    expect(registration.summary).toContain('no usable serial number');
  });

  it('names the missing Graph permission when the tenant refuses the read (403)', async () => {
    const { registration } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': graphFailure(403, 'Forbidden', 'Access denied by Microsoft Graph (403).'),
    });
    expect(registration.status).toBe('error');
    expect(registration.remediation.join(' ')).toContain('DeviceManagementServiceConfig.Read.All');
    expect(registration.details).toMatchObject({
      status: 403,
      requestId: 'a1b2c3d4-0000-4000-8000-000000000001',
    });
  });

  it('reports throttling as an error to retry later', async () => {
    const { registration } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': graphFailure(429, 'TooManyRequests', 'Microsoft Graph is busy (429).'),
    });
    expect(registration.status).toBe('error');
    expect(registration.summary).toContain('busy');
  });

  it('says so when the Graph answer was not understood', async () => {
    const { registration } = await run({
      'device.identity': identity(),
      'tenant.autopilotDevice': ok({ devices: [] }),
    });
    expect(registration.status).toBe('error');
    expect(registration.summary).toContain('not understood');
  });
});

describe('tenant-profile', () => {
  const registered = {
    'device.identity': identity(),
    'tenant.autopilotDevice': ok({ value: [device()] }),
  };

  it('passes for a hybrid profile with "Skip AD connectivity check" on', async () => {
    const asked: ProbeRequest[] = [];
    const { profile } = await run({ ...registered, 'tenant.deploymentProfile': ok(HYBRID_PROFILE) }, asked);
    expect(profile.status).toBe('pass');
    expect(profile.details).toMatchObject({
      deviceId: DEVICE_ID,
      profileName: 'Hybrid join over VPN',
      joinType: 'hybrid',
      skipConnectivityCheck: true,
    });
    expect(asked).toContainEqual({ probe: 'tenant.deploymentProfile', args: { deviceId: DEVICE_ID } });
  });

  it('warns for a hybrid profile without the skip, like the on-device profile check', async () => {
    const { profile } = await run({
      ...registered,
      'tenant.deploymentProfile': ok({ ...HYBRID_PROFILE, hybridAzureADJoinSkipConnectivityCheck: false }),
    });
    expect(profile.status).toBe('warn');
    expect(profile.summary).toContain('domain controller');
    expect(profile.remediation.join(' ')).toContain('Skip AD connectivity check');
  });

  it('fails for an Azure AD join profile', async () => {
    const { profile } = await run({ ...registered, 'tenant.deploymentProfile': ok(AZURE_AD_PROFILE) });
    expect(profile.status).toBe('fail');
    expect(profile.summary).toContain('Azure AD only');
    expect(profile.details.joinType).toBe('azureAd');
  });

  it('fails when no profile is assigned', async () => {
    const { profile } = await run({ ...registered, 'tenant.deploymentProfile': ok(null) });
    expect(profile.status).toBe('fail');
    expect(profile.summary).toBe('No deployment profile is assigned to this device.');
  });

  it('is blocked with a sign-in action when the sign-in expires between the two reads', async () => {
    const { profile } = await run({
      ...registered,
      'tenant.deploymentProfile': signedOut('tenant.deploymentProfile'),
    });
    expect(profile.status).toBe('blocked');
    expect(profile.details).toMatchObject({ action: 'sign-in' });
  });

  it('says so when the profile from Graph was not understood', async () => {
    const { profile } = await run({ ...registered, 'tenant.deploymentProfile': ok({ displayName: 'x' }) });
    expect(profile.status).toBe('error');
  });
});
