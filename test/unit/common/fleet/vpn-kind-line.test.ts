/**
 * The fleet line's `vk` answer: rebuilt into vpn.kind's own format, it leads the unchanged engine to
 * the kind and pre-logon state the device's full answer leads to; a line from before `vk` still
 * reads, its VPN steps deciding as before. The device side runs under pwsh in
 * test/unit/main/fleet/detect-script.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeLine } from '../../../../common/fleet/line.js';
import {
  PRELOGON_SETTINGS,
  VPN_SERVICE_NAMES,
  vpnKindStdout,
  VpnKindLineSchema,
} from '../../../../common/fleet/vpn-kind-line.js';
import { decideKind, SBL_MODULE, VPN_CLIENTS } from '../../../../common/engine/rules/vpn-kind.js';
import { VpnKindProbeSchema } from '../../../../common/engine/parsers/vpn-kind.js';

type Vk = Parameters<typeof vpnKindStdout>[0];
const noSettings = (): string[][] => VPN_CLIENTS.map(() => []);
const vk = (patch: Partial<Record<number, unknown>>): Vk => {
  const base: unknown[] = [null, null, null, null, [], 0, '', noSettings(), 0];
  for (const [i, v] of Object.entries(patch)) base[Number(i)] = v;
  return VpnKindLineSchema.parse(base);
};
const decide = (data: Vk) => decideKind(VpnKindProbeSchema.parse(JSON.parse(vpnKindStdout(data))), [], null);
const clientIndex = (id: string) => VPN_CLIENTS.findIndex((c) => c.id === id);
const settingsFor = (id: string, values: string[]) =>
  noSettings().map((v, i) => (i === clientIndex(id) ? values : v));

describe('the fleet line answer to vpn.kind (vk)', () => {
  it('names each client so its own pattern finds it, and the Start Before Login module apart', () => {
    for (const [i, client] of VPN_CLIENTS.entries()) {
      const decision = decide(vk({ 4: [[i, '1.0']] }));
      expect(decision.kind).toBe('third-party');
      expect(decision.client).toMatchObject({ id: client.id, version: '1.0' });
    }
    const withModule = JSON.parse(vpnKindStdout(vk({ 5: 1 }))) as { Programs: { DisplayName: string }[] };
    expect(withModule.Programs.every((p) => SBL_MODULE.test(p.DisplayName))).toBe(true);
    expect(decide(vk({ 5: 1 })).kind).toBe('none');
  });

  it('finds a client by its service alone', () => {
    const panGps = VPN_SERVICE_NAMES.indexOf('PanGPS');
    expect(decide(vk({ 6: String(panGps) })).client?.id).toBe('globalprotect');
  });

  it('keeps the engine order of kinds: device tunnel, client, user tunnel', () => {
    const client = [[clientIndex('forticlient'), '7.2']];
    expect(decide(vk({ 2: 'AOVPN Device', 4: client }))).toMatchObject({
      kind: 'built-in-auto',
      tunnel: 'device',
    });
    expect(decide(vk({ 0: 'RasMan Device', 4: client }))).toMatchObject({ connection: 'RasMan Device' });
    expect(decide(vk({ 1: 'User', 3: 'MDM User', 4: client })).kind).toBe('third-party');
    expect(decide(vk({ 3: 'MDM User' }))).toMatchObject({ kind: 'built-in-auto', tunnel: 'user' });
  });

  it.each([
    ['anyconnect', ['false', 'true'], 1, 'enabled'],
    ['anyconnect', ['true'], 0, 'disabled'],
    ['anyconnect', ['false'], 1, 'disabled'],
    ['anyconnect', [], 1, 'unknown'],
    ['globalprotect', ['1'], 0, 'enabled'],
    ['globalprotect', ['0', ' yes'], 0, 'disabled'],
    ['globalprotect', [], 0, 'disabled'],
    ['forticlient', ['1'], 0, 'enabled'],
    ['forticlient', ['0'], 0, 'disabled'],
    ['forticlient', [], 0, 'unknown'],
    ['pulse', ['user', 'machine'], 0, 'enabled'],
    ['pulse', ['user'], 0, 'unknown'],
    // A value cut on the device ends in ~, which no "on" word holds.
    ['globalprotect', ['true   ~'], 0, 'disabled'],
  ] as const)('%s with %j (module %i): pre-logon %s', (id, values, module, prelogon) => {
    const data = vk({ 4: [[clientIndex(id), '']], 5: module, 7: settingsFor(id, [...values]) });
    expect(decide(data).client?.prelogon).toBe(prelogon);
  });

  it('names each setting as the rules read it', () => {
    for (const client of VPN_CLIENTS) {
      const data = vk({
        4: [[clientIndex(client.id), '']],
        5: 1,
        7: settingsFor(client.id, [PRELOGON_SETTINGS[client.id].on[0] ?? '']),
      });
      expect(decide(data).client?.prelogon).toBe('enabled');
    }
  });

  it('refuses a vk naming a client or service the engine does not know', () => {
    expect(
      VpnKindLineSchema.safeParse([null, null, null, null, [[9, '']], 0, '', noSettings(), 0]).success,
    ).toBe(false);
    expect(VpnKindLineSchema.safeParse([null, null, null, null, [], 0, '9', noSettings(), 0]).success).toBe(
      false,
    );
  });
});

describe('decodeLine and vk', () => {
  const line = (p: Record<string, unknown>) =>
    JSON.stringify({
      hvv: 'fleet/1',
      id: 'abc',
      t: '2026-12-01T09:00:00Z',
      x: 0,
      p: {
        os: [0, { CurrentBuild: '19045', UBR: 3803 }],
        ds: [0, 'AzureAdJoined : YES'],
        md: [0, ['MS DM Server']],
        ap: [0, { r: null, z: null }],
        px: [0, 'Direct access (no proxy server).'],
        vc: [0, []],
        cm: [0, []],
        cu: [0, []],
        tc: [0, ''],
        ...p,
      },
    });

  it('reads a line from a script before vk: vpn.kind is then not recorded', () => {
    const outcome = decodeLine(line({}), []);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.probes.map((p) => p.probe)).not.toContain('vpn.kind');
  });

  it('rebuilds vpn.kind from vk, and says when vk is malformed', () => {
    const ok = decodeLine(
      line({ vk: [0, [null, null, null, null, [[1, '6.2']], 0, '', noSettings(), 1]] }),
      [],
    );
    expect(ok.ok && ok.probes.find((p) => p.probe === 'vpn.kind')?.result.exitCode).toBe(0);
    const bad = decodeLine(line({ vk: [0, [null]] }), []);
    expect(bad).toEqual({ ok: false, reason: 'the answer of vpn.kind is malformed' });
    const tooLong = decodeLine(line({ vk: 'L' }), []);
    expect(tooLong).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/vpn\.kind did not fit/) as unknown,
    });
  });
});
