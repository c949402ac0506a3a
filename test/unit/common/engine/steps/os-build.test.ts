import { describe, expect, it } from 'vitest';
import { osBuildStep } from '../../../../../common/engine/steps/os-build.js';
import { json, runStep, text, timedOut } from './harness.js';

const os = (CurrentBuild: string | number, UBR: number | null) =>
  runStep(osBuildStep, {
    probes: [
      {
        probe: 'os.version',
        result: json({
          ProductName: 'Windows 10 Enterprise',
          EditionID: 'Enterprise',
          ReleaseId: '1909',
          DisplayVersion: null,
          CurrentBuild,
          UBR,
        }),
      },
    ],
  });

describe('os-build', () => {
  it('passes Windows 10 2004 and later whatever the update revision', async () => {
    const r = await os('19041', 1);
    expect(r.status).toBe('pass');
    expect(r.details).toMatchObject({ build: 19041, ubr: 1 });
  });

  it('passes 1909 at 18363.535, the December 2019 cumulative update', async () => {
    expect((await os('18363', 535)).status).toBe('pass');
    expect((await os('18362', 1256)).status).toBe('pass');
  });

  it('fails 1909 at 18363.534 and names KB4530684', async () => {
    const r = await os('18363', 534);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('KB4530684');
    expect(r.details).toMatchObject({ build: 18363, ubr: 534 });
    expect(r.remediation.join(' ')).toContain('wusa.exe');
  });

  it('fails builds older than 1903 such as 1809', async () => {
    expect((await os('17763', 2300)).status).toBe('fail');
  });

  it('reads CurrentBuild given as a number', async () => {
    expect((await os(19045, 3803)).details).toMatchObject({ build: 19045, ubr: 3803 });
  });

  it('cannot decide 1909 without its UBR', async () => {
    const r = await os('18363', null);
    expect(r.status).toBe('error');
    expect(r.summary).toContain('UBR');
  });

  it('reports a hung probe as an error with its duration', async () => {
    const r = await runStep(osBuildStep, { probes: [{ probe: 'os.version', result: timedOut(30000) }] });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('timed out after 30s');
  });

  it('reports output that is not JSON as not understood, keeping the raw text', async () => {
    const r = await runStep(osBuildStep, {
      probes: [{ probe: 'os.version', result: text('Get-ItemProperty : Access denied') }],
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('not understood');
    expect(r.details.raw).toContain('Access denied');
  });

  it('reports a script that threw as an error with its exit code', async () => {
    const r = await runStep(osBuildStep, {
      probes: [
        { probe: 'os.version', result: { ...text(''), exitCode: 1, stderr: 'Cannot find path HKLM:' } },
      ],
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('exit code 1');
  });

  it('names the probe when the recording does not hold it', async () => {
    const r = await runStep(osBuildStep);
    expect(r.status).toBe('error');
    expect(r.summary).toContain('os.version');
    expect(r.evidence[0]).toMatchObject({ probe: 'os.version', result: null });
  });
});
