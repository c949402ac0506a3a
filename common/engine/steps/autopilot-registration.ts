/**
 * Tenant extension step (docs/CONTRACT-EXTENSIONS.md): this device's serial number is registered in
 * Windows Autopilot with a deployment profile assigned, read through Microsoft Graph.
 */
import type { ProcedureSource, StepDefinition } from '../step-definition.js';
import { parseAutopilotDevices, sameSerial, type AutopilotDevice } from '../parsers/graph-autopilot.js';
import { checkError } from '../rules/probe-call.js';
import {
  ASSIGNMENT,
  HYBRID_AUTOPILOT,
  IDENTITY_MESSAGES,
  IMPORT_REMEDIATION,
  REGISTERED_MESSAGES,
  REGISTRATION_READ_MESSAGES,
  SIGN_IN_MESSAGES,
  SIGN_IN_REMEDIATION,
  askTenant,
  graphFailureVerdict,
  narrowToThisDevice,
  readIdentity,
} from '../rules/tenant.js';
import { say } from '../say.js';

const REGISTRATION_SOURCE: ProcedureSource = {
  section: 'Windows Autopilot user-driven hybrid Azure AD join › Register devices as Autopilot devices',
  url: HYBRID_AUTOPILOT,
};

const MESSAGES = {
  ...SIGN_IN_MESSAGES,
  ...IDENTITY_MESSAGES,
  ...REGISTRATION_READ_MESSAGES,
  ...REGISTERED_MESSAGES,
  noSerial: 'The firmware reports no usable serial number, and Autopilot identifies devices by it.',
  notRegistered: 'No Autopilot registration has serial number {serial}.',
  // Always two or more; the plural lets other languages agree with the number.
  duplicates:
    '{count, plural, one {# Autopilot registration shares} other {# Autopilot registrations share}} serial number {serial}; Autopilot cannot tell which one is this device.',
  fixSerialInFirmware:
    'Ask the manufacturer to set the serial number in the firmware (BIOS/UEFI), then register the device.',
  fixDeleteStale:
    'In Intune > Devices > Windows > Windows enrollment > Devices, search the serial number and delete the stale registrations.',
  fixKeepMatching: 'Keep the one whose manufacturer and model match this device, then check again.',
  fixAddToGroup:
    'Add the device (or its group tag) to the Azure AD group targeted by the hybrid Azure AD joined deployment profile.',
  fixWaitAssigned: 'Wait until the device shows the profile status "Assigned" in Intune, then check again.',
  fixHybridAutopilot: `Hybrid Autopilot: ${HYBRID_AUTOPILOT}`,
  fixAssignmentDelay:
    'Profile assignment can take several minutes after a device is imported or its group changes; check again later.',
  fixSync: 'In Intune > Devices > Windows > Windows enrollment > Devices, select Sync to speed it up.',
} as const;

export const autopilotRegistrationStep: StepDefinition = {
  id: 'autopilot-registration',
  stage: 'Tenant',
  kind: 'check',
  title: 'Device is registered in Autopilot with a profile assigned',
  instructions:
    "The app looks up this device's serial number in Intune's Windows Autopilot devices (Microsoft Graph) and reads its profile assignment status. Needs a sign-in.",
  why: 'A device that is not registered, or has no profile assigned, never receives the hybrid join profile during OOBE.',
  source: REGISTRATION_SOURCE,
  probes: ['device.identity', 'tenant.autopilotDevice'],
  dependsOn: [],
  remediation: { fail: IMPORT_REMEDIATION, blocked: SIGN_IN_REMEDIATION },
  messages: MESSAGES,
  async check(ctx) {
    const identity = await readIdentity(ctx, 'autopilot-registration');
    if ('status' in identity) return identity;
    if (!identity.serial) {
      return {
        status: 'fail',
        ...say('autopilot-registration', MESSAGES, 'noSerial'),
        details: { serialNumber: null },
        remediation: [MESSAGES.fixSerialInFirmware],
      };
    }
    const asked = await askTenant(
      ctx,
      { probe: 'tenant.autopilotDevice', args: { serialNumber: identity.serial } },
      'autopilot-registration',
    );
    if ('blocked' in asked)
      return { ...asked.blocked, details: { ...asked.blocked.details, serialNumber: identity.serial } };
    if (asked.result.exitCode !== 0)
      return graphFailureVerdict(asked.result, 'autopilot-registration', 'registration');
    const devices = parseAutopilotDevices(asked.result.stdout);
    if (!devices.ok)
      throw checkError(
        say('autopilot-registration', MESSAGES, 'registrationNotUnderstood', { reason: devices.reason }),
      );

    const exact = devices.value.filter((d) => sameSerial(d.serialNumber, identity.serial));
    const matches = narrowToThisDevice(exact, identity.manufacturer, identity.model);
    if (matches.length === 0) {
      return {
        status: 'fail',
        ...say('autopilot-registration', MESSAGES, 'notRegistered', { serial: identity.serial }),
        details: { serialNumber: identity.serial, deviceId: null, matches: 0 },
      };
    }
    if (matches.length > 1) {
      return {
        status: 'fail',
        ...say('autopilot-registration', MESSAGES, 'duplicates', {
          count: matches.length,
          serial: identity.serial,
        }),
        details: {
          serialNumber: identity.serial,
          deviceId: null,
          matches: matches.length,
          deviceIds: matches.map((d) => d.id),
        },
        remediation: [MESSAGES.fixDeleteStale, MESSAGES.fixKeepMatching],
      };
    }
    const device = matches[0] as AutopilotDevice;
    const state = device.deploymentProfileAssignmentStatus ?? 'unknown';
    const assignment = ASSIGNMENT[state] ?? { status: 'warn' as const, message: 'otherState' as const };
    const details = {
      serialNumber: device.serialNumber ?? identity.serial,
      deviceId: device.id,
      groupTag: device.groupTag || null,
      profileAssignmentStatus: state,
      profileAssignedAt: device.deploymentProfileAssignedDateTime ?? null,
    };
    const summary = say('autopilot-registration', MESSAGES, assignment.message, {
      tagged: details.groupTag ? 'yes' : 'no',
      groupTag: details.groupTag ?? '',
      ...(assignment.message === 'otherState' ? { state } : {}),
    });
    if (assignment.status === 'pass') return { status: 'pass', ...summary, details };
    return {
      status: assignment.status,
      ...summary,
      details,
      remediation:
        assignment.status === 'fail'
          ? [MESSAGES.fixAddToGroup, MESSAGES.fixWaitAssigned, MESSAGES.fixHybridAutopilot]
          : [MESSAGES.fixAssignmentDelay, MESSAGES.fixSync],
    };
  },
};
