/**
 * The bundled scripts on a real Windows PowerShell: each read-only probe's stdout has exactly the
 * contract's shape (arrays stay arrays, enums are names, dates ISO-8601). Runs only on Windows (a
 * technician's or a lab's machine); elsewhere the fake-PowerShell tests cover the runner.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createLiveExecutor } from '../../../../main/probes/live-executor.js';
import type { ProbeId } from '../../../../common/model.js';

vi.setConfig({ testTimeout: 120_000 });

const text = z.string().nullable();
const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
const certificate = z.strictObject({
  Subject: z.string(),
  Issuer: z.string(),
  Thumbprint: z.string(),
  NotBefore: iso,
  NotAfter: iso,
  HasPrivateKey: z.boolean(),
  EnhancedKeyUsage: z.array(z.strictObject({ FriendlyName: text, ObjectId: z.string() })),
});

const SHAPES: Partial<Record<ProbeId, z.ZodType>> = {
  'os.version': z.strictObject({
    ProductName: text,
    EditionID: text,
    ReleaseId: text,
    DisplayVersion: text,
    CurrentBuild: text,
    UBR: z.number().int().nullable(),
  }),
  'os.hotfixes': z.array(z.strictObject({ HotFixID: text, Description: text, InstalledOn: iso.nullable() })),
  'mdm.enrollments': z.array(
    z.strictObject({
      EnrollmentId: z.string(),
      ProviderID: z.string(),
      UPN: z.unknown(),
      EnrollmentState: z.unknown(),
      EnrollmentType: z.unknown(),
    }),
  ),
  'autopilot.profile': z.strictObject({
    registry: z.record(z.string(), z.unknown()).nullable(),
    ztdFile: z.unknown(),
    ztdFilePath: z.string().nullable(),
  }),
  'cert.machine': z.array(certificate),
  'cert.user': z.array(certificate),
  'logon.session': z.strictObject({
    LogonServer: text,
    UserDnsDomain: text,
    Upn: text,
    ComputerName: text,
    LogonType: z.number().int().nullable(),
  }),
  'device.identity': z.strictObject({
    ComputerName: text,
    SerialNumber: text,
    Manufacturer: text,
    Model: text,
    OsBuild: z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .nullable(),
  }),
};

describe.runIf(process.platform === 'win32')('bundled scripts on Windows PowerShell', () => {
  const live = createLiveExecutor();
  afterAll(() => live.dispose());

  it.each(Object.keys(SHAPES) as ProbeId[])('%s prints exactly the contract’s JSON shape', async (probe) => {
    const result = await live.run({ probe, args: {} });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(0);
    const parsed = SHAPES[probe]?.safeParse(JSON.parse(result.stdout));
    expect(parsed?.success, JSON.stringify(parsed?.error?.issues)).toBe(true);
  });

  it('prints dsregcmd and netsh text with their exit codes', async () => {
    const dsreg = await live.run({ probe: 'join.dsregcmd', args: {} });
    expect(dsreg.stdout).toMatch(/AzureAdJoined/);
    const proxy = await live.run({ probe: 'proxy.winhttp', args: {} });
    expect(proxy.exitCode).toBe(0);
  });

  it('reports a VPN name that does not exist with rasdial’s own error code, whatever its quotes', async () => {
    const result = await live.run({ probe: 'vpn.connect', args: { name: 'hvv test "no such" it\'s $(x)' } });
    expect(result.exitCode).toBe(623);
  });
});
