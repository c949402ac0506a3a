import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../main/report/redact.js';
import { redactSnapshot } from '../../../../main/report/redact-snapshot.js';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { parseDsregcmdStatus } from '../../../../common/engine/parsers/dsregcmd.js';
import { makeSnapshot } from '../sessions/snapshot-fixture.js';
import { parseScenario } from '../../../../main/probes/scenario-runner.js';
import { CHECKLIST_INFO, replay, replayedSession } from './replayed-session.js';
import { NATIVE_FIXTURES } from '../../../paths.js';

const NATIVE = NATIVE_FIXTURES;
const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJqZG9lQGNvbnRvc28uY29tIiwidGlkIjoiNzJmOTg4YmYifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';

describe('secrets never leave the device', () => {
  const redactor = createRedactor({ personal: false });

  it.each([
    [`Authorization: Bearer ${JWT}`, 'Authorization: Bearer <redacted-token>'],
    [`token cache held ${JWT} for graph`, 'token cache held <redacted-token> for graph'],
    [
      '{"UserName":"jdoe","Password":"Winter2026!","ClientSecret":"x~8Q~abc"}',
      '{"UserName":"jdoe","Password":"<redacted>","ClientSecret":"<redacted>"}',
    ],
    [
      '<EapHostConfig><PreSharedKey>s3cr3t-psk</PreSharedKey></EapHostConfig>',
      '<EapHostConfig><PreSharedKey><redacted></PreSharedKey></EapHostConfig>',
    ],
    [
      'https://login.microsoftonline.com/cb#access_token=abc.def&state=1',
      'https://login.microsoftonline.com/cb#access_token=<redacted>&state=1',
    ],
    ['rasdial "Contoso VPN" jdoe password=Hunter2', 'rasdial "Contoso VPN" jdoe password=<redacted>'],
    ['    RefreshToken : 0.AXoAv4j5cvGGr0GRqy180BHbR', '    RefreshToken : <redacted>'],
  ])('removes the secret from %j', (input, expected) => {
    expect(redactor.text(input)).toBe(expected);
  });

  it('keeps yes/no settings whose name ends in a secret word, such as RememberCredential', () => {
    const text = 'RememberCredential    : True\r\nUseWinlogonCredential : False\r\nPassword : yes123';
    expect(redactor.text(text)).toBe(
      'RememberCredential    : True\r\nUseWinlogonCredential : False\r\nPassword : <redacted>',
    );
    expect(redactor.value({ rememberCredential: true })).toEqual({ rememberCredential: true });
  });

  it('keeps what only looks like a secret: URLs named …TokenUrl and nltest flags', () => {
    const line = '            AccessTokenUrl : https://login.microsoftonline.com/common/oauth2/token';
    expect(redactor.text(line)).toBe(line);
    expect(redactor.text('Flags: PDC GC DS FULL_SECRET WS')).toBe('Flags: PDC GC DS FULL_SECRET WS');
  });

  it('drops values stored under secret-named keys in step details', () => {
    expect(
      redactor.value({ details: { clientSecret: 'abc', password: ['a'], connection: 'Contoso VPN' } }),
    ).toEqual({
      details: { clientSecret: '<redacted>', password: ['<redacted>'], connection: 'Contoso VPN' },
    });
  });

  it('removes secrets from every export format even without the redact option', () => {
    const snapshot = makeSnapshot();
    const step = snapshot.steps[2];
    if (!step?.result) throw new Error('fixture changed');
    step.result.evidence.push({
      probe: 'tenant.autopilotDevice',
      args: {},
      result: {
        exitCode: 0,
        stdout: `{"access_token":"${JWT}","password":"Winter2026!"}`,
        stderr: `Bearer ${JWT}`,
        durationMs: 1,
        timedOut: false,
      },
    });
    snapshot.confirmations['offnetwork-signin'] = {
      result: 'pass',
      note: 'signed in, password: Winter2026!',
    };
    for (const format of ['html', 'json', 'scenario'] as const) {
      const out = createReportRenderer().render(snapshot, format, CHECKLIST_INFO, META);
      expect(out, format).not.toContain(JWT.split('.')[1]);
      expect(out, format).not.toContain('Winter2026!');
    }
  });
});

describe('redacting people and device identifiers for files shared outside the company', () => {
  it('replaces names, GUIDs, thumbprints and addresses in real dsregcmd output, consistently', async () => {
    const stdout = await readFile(join(NATIVE, 'dsregcmd/hybrid-joined.txt'), 'utf8');
    const redactor = createRedactor({ personal: true }, { computerNames: ['DESKTOP-7H2K9QF'] });
    const out = redactor.text(stdout);
    expect(out).toContain('Device Name : <host-1>.corp.contoso.com');
    expect(out).toContain('DeviceId : <guid-1>');
    expect(out).toContain('Thumbprint : <thumbprint-…8B1C>');
    expect(out).toMatch(/TenantId : <guid-3>/);
    // The same tenant id in the URLs becomes the same placeholder.
    expect(out).toContain('https://login.microsoftonline.com/<guid-3>/oauth2/authorize');
    expect(out).not.toMatch(/72f988bf|5a3e3c1b|DESKTOP-7H2K9QF|9C1B7D0E4F3A/i);
    // Still the same document for the engine: join state reads the same.
    const before = parseDsregcmdStatus(stdout);
    const after = parseDsregcmdStatus(out);
    expect(after.ok && before.ok && after.value.azureAdJoined === before.value.azureAdJoined).toBe(true);
    expect(after.ok && after.value.domainJoined).toBe(true);
  });

  it('replaces UPNs, account names and the user folder, learning names from the output itself', () => {
    const redactor = createRedactor({ personal: true });
    const dsregcmd = '    Executing Account Name : CONTOSO\\jdoe, jdoe@contoso.com';
    const logon =
      '{"LogonServer":"\\\\\\\\DC01","Upn":"jdoe@contoso.com","ComputerName":"LAB-PC-07","LogonType":2}';
    const path = 'wusa.exe "C:\\Users\\jdoe\\Downloads\\windows10.0-kb4530684-x64.msu" /quiet';
    const jsonPath = '{"path":"C:\\\\Users\\\\jdoe\\\\Downloads\\\\kb.msu"}';
    const out = redactor.value([dsregcmd, logon, path, jsonPath, 'whoami: contoso\\jdoe on LAB-PC-07']);
    expect(out).toEqual([
      '    Executing Account Name : CONTOSO\\<user-2>, <user-1>',
      '{"LogonServer":"\\\\\\\\DC01","Upn":"<user-1>","ComputerName":"<host-1>","LogonType":2}',
      'wusa.exe "C:\\Users\\<user-2>\\Downloads\\windows10.0-kb4530684-x64.msu" /quiet',
      '{"path":"C:\\\\Users\\\\<user-2>\\\\Downloads\\\\kb.msu"}',
      'whoami: contoso\\<user-2> on <host-1>',
    ]);
    expect(JSON.parse(out[1] ?? '')).toMatchObject({ ComputerName: '<host-1>' });
  });

  it('keeps shared profile folders, loopback addresses, OIDs and version numbers', () => {
    const redactor = createRedactor({ personal: true });
    const text =
      'C:\\Users\\Public\\Desktop 127.0.0.1 ::1 OID 1.3.6.1.5.5.7.3.2 build 10.0.18363.1256 at 10:14:55';
    expect(redactor.text(text)).toBe(text);
  });

  it('replaces IPv4 and IPv6 addresses, the same address always with the same placeholder', async () => {
    const nltest = await readFile(join(NATIVE, 'nltest/found.txt'), 'utf8');
    const redactor = createRedactor({ personal: true });
    const out = redactor.text(
      `${nltest}\nping 10.20.0.10 via fe80::1c2d:3e4f:5a6b:7c8d%12 and 2001:db8:85a3:0:0:8a2e:370:7334`,
    );
    expect(out).toContain('Address: \\\\<ipv4-1>');
    expect(out).toContain('ping <ipv4-1> via <ipv6-1> and <ipv6-2>');
    expect(out).not.toContain('10.20.0.10');
  });

  it('redacts the whole session: device identity, notes, inputs and evidence, keeping it a valid session', () => {
    const snapshot = makeSnapshot({
      inputs: {
        domain: 'corp.contoso.com',
        vpnConnection: 'Contoso VPN',
        updatePackage: 'C:\\Users\\jdoe\\Downloads\\kb.msu',
      },
    });
    snapshot.confirmations['offnetwork-signin'] = {
      result: 'pass',
      note: 'jdoe@contoso.com signed in on DESKTOP-7H2K9QX over hotspot 192.168.43.12',
    };
    const out = redactSnapshot(snapshot, { personal: true });
    expect(out.device).toEqual({
      computerName: '<host-1>',
      serialNumber: '<serial-1>',
      manufacturer: 'LENOVO',
      model: '20XW0055GE',
      osBuild: '19045.5247',
    });
    expect(out.inputs.updatePackage).toBe('C:\\Users\\<user-2>\\Downloads\\kb.msu');
    expect(out.confirmations['offnetwork-signin']?.note).toBe(
      '<user-1> signed in on <host-1> over hotspot <ipv4-1>',
    );
    const serialized = JSON.stringify(out);
    for (const secret of ['DESKTOP-7H2K9QX', 'PF3ABCDE', 'jdoe', '72f988bf', '9A8B7C6D5E4F3A2B1C0D'])
      expect(serialized).not.toContain(secret);
    expect(out.steps.map((s) => [s.id, s.result?.status])).toEqual(
      snapshot.steps.map((s) => [s.id, s.result?.status]),
    );
    expect(out.id).toBe(snapshot.id);
    expect(out.createdAt).toBe(snapshot.createdAt);
  });

  it('marks a redacted report as redacted and leaves identifiers in when not asked', () => {
    const renderer = createReportRenderer();
    const plain = renderer.render(makeSnapshot(), 'html', CHECKLIST_INFO, META);
    const redacted = renderer.render(makeSnapshot(), 'html', CHECKLIST_INFO, { ...META, redact: true });
    expect(plain).toContain('DESKTOP-7H2K9QX');
    expect(redacted).not.toContain('DESKTOP-7H2K9QX');
    expect(redacted).toContain('&#60;host-1&#62;');
    expect(redacted).toContain('personal and device identifiers redacted');
    expect(
      JSON.parse(renderer.render(makeSnapshot(), 'json', CHECKLIST_INFO, { ...META, redact: true })).redacted,
    ).toBe(true);
  });

  it('exports a redacted scenario that is still a valid recording and replays every step', async () => {
    const { snapshot } = await replayedSession('win10-1909-ikev2-connects');
    const text = createReportRenderer().render(snapshot, 'scenario', CHECKLIST_INFO, {
      ...META,
      redact: true,
    });
    for (const identifier of [
      'DESKTOP-7H2K9QF',
      'PF2XKQ7M',
      '72f988bf-86f1-41af-91ab-2d7cd011db47',
      'ben.okafor',
    ]) {
      expect(text).not.toContain(identifier);
    }
    const results = await replay(parseScenario(text, 'redacted.scenario.json'));
    expect(results.map((r) => r.id)).toEqual(snapshot.steps.filter((s) => s.result).map((s) => s.id));
    // Join state and the OS build do not depend on any redacted value.
    expect(results.find((r) => r.id === 'join-state')?.status).toBe('pass');
    expect(results.find((r) => r.id === 'os-build')?.status).toBe('pass');
  });
});
