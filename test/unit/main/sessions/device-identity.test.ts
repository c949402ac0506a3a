import { describe, expect, it } from 'vitest';
import { parseDeviceIdentity } from '../../../../common/engine/parsers/device-identity.js';
import type { ProbeExecutor, ProbeResult } from '../../../../common/model.js';
import { ProbeFailure } from '../../../../common/model.js';
import { readDeviceIdentity } from '../../../../main/sessions/read-device-identity.js';

// Shape printed by main/probes/scripts/device.identity.ps1 (ConvertTo-Json -Compress).
const STDOUT =
  '{"ComputerName":"DESKTOP-7H2K9QX","SerialNumber":"PF3ABCDE","Manufacturer":"LENOVO","Model":"20XW0055GE","OsBuild":"19045.5247"}';

function executorAnswering(result: ProbeResult | ProbeFailure): ProbeExecutor {
  return {
    mode: 'replay',
    run: async () => {
      if (result instanceof ProbeFailure) throw result;
      return result;
    },
  };
}

describe('device identity probe', () => {
  it('reads computer name, serial number, maker, model and OS build', () => {
    expect(parseDeviceIdentity(STDOUT)).toEqual({
      ok: true,
      value: {
        computerName: 'DESKTOP-7H2K9QX',
        serialNumber: 'PF3ABCDE',
        manufacturer: 'LENOVO',
        model: '20XW0055GE',
        osBuild: '19045.5247',
      },
    });
  });

  it('treats a firmware placeholder serial number as unknown, so Autopilot is not searched for it', () => {
    const out = parseDeviceIdentity(
      '{"ComputerName":"WIN-LAB01","SerialNumber":"To Be Filled By O.E.M.","Manufacturer":"System manufacturer","Model":"System Product Name","OsBuild":null}',
    );
    expect(out).toMatchObject({
      ok: true,
      value: { serialNumber: null, osBuild: null, computerName: 'WIN-LAB01' },
    });
  });

  it('accepts a numeric build and blank values from other recorders', () => {
    const out = parseDeviceIdentity(
      '\uFEFF{"ComputerName":"  ","SerialNumber":"VMware-56 4d","OsBuild":19045}',
    );
    expect(out).toEqual({
      ok: true,
      value: {
        computerName: null,
        serialNumber: 'VMware-56 4d',
        manufacturer: null,
        model: null,
        osBuild: '19045',
      },
    });
  });

  it('says it did not understand output that is not the expected JSON', () => {
    expect(parseDeviceIdentity('Get-CimInstance : Access denied')).toMatchObject({
      ok: false,
      reason: /not JSON/,
    });
    expect(parseDeviceIdentity('')).toMatchObject({ ok: false });
    expect(parseDeviceIdentity('{"ComputerName":{"a":1}}')).toMatchObject({
      ok: false,
      reason: /ComputerName/,
    });
  });

  it('gives the session a null identity, not an error, when the probe is missing or fails', async () => {
    const ok = { exitCode: 0, stdout: STDOUT, stderr: '', durationMs: 10, timedOut: false };
    expect((await readDeviceIdentity(executorAnswering(ok)))?.serialNumber).toBe('PF3ABCDE');
    expect(await readDeviceIdentity(executorAnswering({ ...ok, exitCode: 1 }))).toBeNull();
    expect(await readDeviceIdentity(executorAnswering({ ...ok, timedOut: true }))).toBeNull();
    expect(
      await readDeviceIdentity(
        executorAnswering(new ProbeFailure('not-recorded', 'device.identity', 'not recorded')),
      ),
    ).toBeNull();
  });
});
