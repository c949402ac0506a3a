import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINTS } from '../../../../../common/engine/endpoints.js';
import { machineNetworkStep } from '../../../../../common/engine/steps/machine-network.js';
import { json, runStep, text, type Entry } from './harness.js';

const ENDPOINTS = DEFAULT_ENDPOINTS.map((e) => `${e.host}:${e.port}`).join(',');
const reach = (down: string[] = []) =>
  DEFAULT_ENDPOINTS.map((e) => ({
    Host: e.host,
    Port: e.port,
    State: down.includes(e.host) ? 'timeout' : 'connected',
    SocketError: down.includes(e.host) ? 10060 : null,
  }));
const userWithProxy = { ProxyEnable: 1, ProxyServer: 'proxy.corp.contoso.com:8080', AutoConfigURL: null };
const direct = { ProxyEnable: 0, ProxyServer: null, AutoConfigURL: null };

function machine(view: unknown): Entry {
  return { probe: 'net.machine', args: { endpoints: ENDPOINTS }, result: json(view) };
}
const system = (over: Record<string, unknown> = {}) => ({
  Ran: true,
  Account: 'NT AUTHORITY\\SYSTEM',
  Internet: direct,
  WinHttp: { Read: true, Proxy: null },
  Reach: reach(),
  Error: null,
  ...over,
});

describe('machine-network', () => {
  it('passes when SYSTEM reaches what the user reaches with the same (no) proxy', async () => {
    const r = await runStep(machineNetworkStep, {
      probes: [
        machine({
          Elevated: true,
          User: { Account: 'CORP\\ben', Internet: direct, Reach: reach() },
          Machine: system(),
        }),
      ],
    });
    expect(r.status).toBe('pass');
    expect(r.details).toMatchObject({ checked: true, reachableAsUserOnly: [] });
  });

  it('fails naming the endpoints only the user reaches, the user-only proxy and the WinHTTP fix', async () => {
    const r = await runStep(machineNetworkStep, {
      probes: [
        machine({
          Elevated: true,
          User: { Account: 'CORP\\ben', Internet: userWithProxy, Reach: reach() },
          Machine: system({ Reach: reach(['ztd.dds.microsoft.com', 'login.microsoftonline.com']) }),
        }),
      ],
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('ztd.dds.microsoft.com:443, login.microsoftonline.com:443');
    expect(r.summary).toContain(
      'As CORP\\ben: the proxy proxy.corp.contoso.com:8080; as SYSTEM (WinHTTP): no proxy (direct)',
    );
    expect(r.details.userProxy).toEqual({ kind: 'static', value: 'proxy.corp.contoso.com:8080' });
    expect(r.remediation[0]).toContain('Only CORP\\ben has the proxy proxy.corp.contoso.com:8080');
    expect(r.remediation.join(' ')).toContain('netsh winhttp import proxy source=ie');
  });

  it('warns when only the user has a proxy script but SYSTEM still gets through', async () => {
    const r = await runStep(machineNetworkStep, {
      probes: [
        machine({
          Elevated: true,
          User: {
            Account: 'CORP\\ben',
            Internet: { ProxyEnable: 0, AutoConfigURL: 'http://wpad.corp.contoso.com/proxy.pac' },
            Reach: reach(),
          },
          Machine: system(),
        }),
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.summary).toContain('the proxy script http://wpad.corp.contoso.com/proxy.pac');
  });

  it('passes when WinHTTP carries the same proxy as the user', async () => {
    const r = await runStep(machineNetworkStep, {
      probes: [
        machine({
          Elevated: true,
          User: { Account: 'CORP\\ben', Internet: userWithProxy, Reach: reach() },
          Machine: system({ WinHttp: { Read: true, Proxy: 'proxy.corp.contoso.com:8080' } }),
        }),
      ],
    });
    expect(r.status).toBe('pass');
  });

  it('skips, saying the machine view was not checked, when the app is not elevated', async () => {
    const r = await runStep(machineNetworkStep, {
      probes: [
        machine({
          Elevated: false,
          User: { Account: 'CORP\\ben', Internet: userWithProxy, Reach: reach() },
          Machine: null,
        }),
      ],
    });
    expect(r.status).toBe('skip');
    expect(r.summary).toContain('not checked: the app does not run as administrator');
    expect(r.details).toMatchObject({ checked: false, reason: 'not-elevated' });
    expect(r.remediation[0]).toContain('Run as administrator');
  });

  it('warns with the task error when the SYSTEM task did not finish', async () => {
    const r = await runStep(machineNetworkStep, {
      probes: [
        machine({
          Elevated: true,
          User: { Account: 'CORP\\ben', Internet: direct, Reach: reach() },
          Machine: system({ Ran: false, Reach: [], Error: 'The SYSTEM task did not finish within 60 s.' }),
        }),
      ],
    });
    expect(r.status).toBe('warn');
    expect(r.summary).toContain('did not finish within 60 s');
  });

  it('reads a one-item Reach that Windows PowerShell 5.1 printed as an object', async () => {
    const one = [{ host: 'login.live.com', port: 443, why: 'lab' }];
    const single = { Host: 'login.live.com', Port: 443, State: 'connected', SocketError: null };
    const r = await runStep(machineNetworkStep, {
      config: { endpoints: one },
      probes: [
        {
          probe: 'net.machine',
          args: { endpoints: 'login.live.com:443' },
          result: json({
            Elevated: true,
            User: { Internet: direct, Reach: single },
            Machine: system({ Reach: { ...single, State: 'refused' } }),
          }),
        },
      ],
    });
    expect(r.status).toBe('fail');
    expect(r.details.reachableAsUserOnly).toEqual(['login.live.com:443']);
  });

  it('is skipped (not counted) on an older recording, and errors on output it cannot read', async () => {
    expect((await runStep(machineNetworkStep, { probes: [] })).details.reason).toBe('not-recorded');
    const bad = await runStep(machineNetworkStep, {
      probes: [{ probe: 'net.machine', args: { endpoints: ENDPOINTS }, result: text('{"Elevated":"yes"}') }],
    });
    expect(bad.status).toBe('error');
    expect(bad.summary).toContain('net.machine');
  });
});
