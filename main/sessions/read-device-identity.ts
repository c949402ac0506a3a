/**
 * Who the device is, for the session header and the report. Identity is a nicety, not a check:
 * any failure (not recorded in an old scenario, PowerShell unavailable) yields null, never an error.
 */
import { parseDeviceIdentity } from '../../common/engine/parsers/device-identity.js';
import type { DeviceIdentityReader } from '../services.js';

export const readDeviceIdentity: DeviceIdentityReader = async (executor) => {
  try {
    const result = await executor.run({ probe: 'device.identity', args: {} });
    if (result.timedOut || result.exitCode !== 0) return null;
    const outcome = parseDeviceIdentity(result.stdout);
    return outcome.ok ? outcome.value : null;
  } catch {
    return null;
  }
};
