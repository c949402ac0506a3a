import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINTS } from '../../../../../common/engine/endpoints.js';
import { networkEndpointsStep } from '../../../../../common/engine/steps/network-endpoints.js';
import { json, runStep, type Entry } from './harness.js';

const tcp = (host: string, port: number, reachable: boolean, error: string | null = null): Entry => ({
  probe: 'net.tcp',
  args: { port, host },
  result: json({ host, port, reachable, error }),
});

describe('network-endpoints', () => {
  it('passes when every required endpoint answers, and reminds about UDP 123 to time.windows.com', async () => {
    const r = await runStep(networkEndpointsStep, {
      probes: DEFAULT_ENDPOINTS.map((e) => tcp(e.host, e.port, true)),
    });
    expect(r.status).toBe('pass');
    expect(r.details.unreachable).toEqual([]);
    expect(r.details.checked).toHaveLength(8);
    expect(r.summary).toContain('time.windows.com');
    expect(String(r.details.reminders)).toContain('UDP 123');
  });

  it('fails and lists unreachable endpoints as host:port', async () => {
    const r = await runStep(networkEndpointsStep, {
      probes: DEFAULT_ENDPOINTS.map((e) =>
        tcp(e.host, e.port, e.host !== 'ztd.dds.microsoft.com', 'TimedOut'),
      ),
    });
    expect(r.status).toBe('fail');
    expect(r.details.unreachable).toEqual(['ztd.dds.microsoft.com:443']);
    expect(r.remediation[0]).toContain('ztd.dds.microsoft.com:443');
  });

  it('checks the lab list instead of the default when configured', async () => {
    const r = await runStep(networkEndpointsStep, {
      config: { endpoints: [{ host: 'proxy.lab.local', port: 8080, why: 'lab proxy' }] },
      probes: [tcp('proxy.lab.local', 8080, false, 'ConnectionRefused')],
    });
    expect(r.status).toBe('fail');
    expect(r.details.unreachable).toEqual(['proxy.lab.local:8080']);
  });

  it('names the endpoint whose connect was not recorded', async () => {
    const r = await runStep(networkEndpointsStep, {
      probes: DEFAULT_ENDPOINTS.slice(1).map((e) => tcp(e.host, e.port, true)),
    });
    expect(r.status).toBe('error');
    expect(r.summary).toContain('net.tcp');
    expect(r.summary).toContain('ztd.dds.microsoft.com');
  });
});
