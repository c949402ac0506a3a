import { describe, expect, it } from 'vitest';
import {
  ACTION_PROBES,
  GRAPH_PROBES,
  PROBE_IDS,
  PROBES,
  SCRIPT_PROBES,
  defaultTimeoutMs,
  isActionProbe,
} from '../../../common/probes.js';

describe('probe declarations', () => {
  it('derives the lists from the one table', () => {
    expect([...ACTION_PROBES].sort()).toEqual(['update.install', 'vpn.connect', 'vpn.disconnect']);
    expect([...GRAPH_PROBES].sort()).toEqual([
      'tenant.autopilotDevice',
      'tenant.deploymentProfile',
      'tenant.signedIn',
    ]);
    expect(PROBE_IDS.filter((id) => PROBES[id].runsOn === 'node')).toEqual(['net.tcp', 'tls.chain']);
    expect(SCRIPT_PROBES.length + GRAPH_PROBES.length + 2).toBe(PROBE_IDS.length);
  });

  it('answers whether a probe changes the device, reads included', () => {
    expect(isActionProbe('vpn.connect')).toBe(true);
    expect(isActionProbe('vpn.connections')).toBe(false);
    expect(isActionProbe('not.a.probe')).toBe(false);
  });

  it('gives slow probes longer than a read', () => {
    expect(defaultTimeoutMs('update.install')).toBe(30 * 60_000);
    expect(defaultTimeoutMs('update.pending')).toBe(5 * 60_000);
    expect(defaultTimeoutMs('vpn.connect')).toBe(120_000);
    expect(defaultTimeoutMs('net.tcp')).toBe(10_000);
    expect(defaultTimeoutMs('os.version')).toBe(60_000);
  });
});
