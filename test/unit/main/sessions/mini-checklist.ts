/**
 * A four-step checklist with the real step shapes (check, action, manual, a dependency), so the
 * controller's streaming, cancelling and re-evaluation are tested apart from the verdict rules.
 */
import type { Scenario } from '../../../../common/model.js';
import type { StepDefinition } from '../../../../common/engine/step-definition.js';

const source = { section: 'Test', url: 'https://learn.microsoft.com/' };

export const MINI_CHECKLIST: readonly StepDefinition[] = [
  {
    id: 'os-build',
    stage: 'Requirements',
    kind: 'check',
    title: 'Windows build',
    instructions: 'Reads the build.',
    why: 'Old builds cannot.',
    source,
    probes: ['os.version'],
    dependsOn: [],
    remediation: {},
    async check(ctx) {
      const r = await ctx.probe({ probe: 'os.version', args: {} });
      return r.exitCode === 0
        ? { status: 'pass', summary: 'Build is fine.' }
        : { status: 'fail', summary: 'Build unreadable.' };
    },
  },
  {
    id: 'vpn-connect',
    stage: 'Connect',
    kind: 'action',
    title: 'Connect the VPN',
    instructions: 'rasdial',
    why: 'The tunnel must come up.',
    source,
    probes: ['vpn.connect'],
    dependsOn: [],
    remediation: {},
    async check(ctx) {
      const r = await ctx.probe({ probe: 'vpn.connect', args: { name: 'Contoso VPN' } });
      return r.exitCode === 0
        ? { status: 'pass', summary: 'Connected.', details: { connection: 'Contoso VPN' } }
        : { status: 'fail', summary: `RAS error ${r.exitCode}.` };
    },
  },
  {
    id: 'logon-vpn-icon',
    stage: 'Logon screen',
    kind: 'manual',
    title: 'VPN icon on the logon screen',
    instructions: 'Look at the logon screen.',
    why: 'Users start the VPN there.',
    source,
    probes: [],
    dependsOn: [],
    remediation: {},
    async check(ctx) {
      const c = ctx.confirmations['logon-vpn-icon'];
      if (!c) return { status: 'manual', summary: 'Waiting for the technician.' };
      return { status: c.result, summary: `Technician said ${c.result}.`, details: { note: c.note } };
    },
  },
  {
    id: 'vpn-disconnect',
    stage: 'Connect',
    kind: 'check',
    title: 'Icon seen, tunnel dropped',
    instructions: 'Follows the icon.',
    why: 'Depends on the icon check.',
    source,
    probes: ['vpn.disconnect'],
    dependsOn: ['logon-vpn-icon'],
    remediation: {},
    async check(ctx) {
      const icon = ctx.resultOf('logon-vpn-icon');
      if (icon?.status !== 'pass') return { status: 'blocked', summary: 'The icon was not confirmed.' };
      await ctx.probe({ probe: 'vpn.disconnect', args: { name: 'Contoso VPN' } });
      return { status: 'pass', summary: 'Disconnected.' };
    },
  },
];

export function miniScenario(connectMs = 10): Scenario {
  const ok = (stdout: string, durationMs = 5) => ({
    exitCode: 0,
    stdout,
    stderr: '',
    durationMs,
    timedOut: false,
  });
  return {
    format: 'hvv-scenario/1',
    title: 'Mini device',
    recordedAt: '2026-11-24T10:15:00Z',
    inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: null },
    confirmations: {},
    probes: [
      { probe: 'os.version', args: {}, result: ok('{"CurrentBuild":"19045","UBR":1}') },
      {
        probe: 'vpn.connect',
        args: { name: 'Contoso VPN' },
        result: ok('Command completed successfully.', connectMs),
      },
      {
        probe: 'vpn.disconnect',
        args: { name: 'Contoso VPN' },
        result: ok('Command completed successfully.'),
      },
      {
        probe: 'device.identity',
        args: {},
        result: ok(
          '{"ComputerName":"LAB-PC-07","SerialNumber":"5CG1234XYZ","Manufacturer":"HP","Model":"EliteBook 840 G8","OsBuild":"19045.3803"}',
        ),
      },
    ],
  };
}
