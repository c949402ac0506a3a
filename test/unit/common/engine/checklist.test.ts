import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StepInfoSchema, actionConfirmText } from '../../../../common/ipc/contract.js';
import { STEP_IDS } from '../../../../common/model.js';
import { CHECKLIST, CONTRACT_STEPS, findStep, toStepInfo } from '../../../../common/engine/checklist.js';
import { REPO_ROOT } from '../../../paths.js';

const CONTRACT_ORDER = [
  'os-build',
  'join-state',
  'mdm-enrollment',
  'autopilot-profile',
  'proxy',
  'network-endpoints',
  'vpn-profile',
  'vpn-certificate',
  'vpn-connect',
  'dc-over-vpn',
  'vpn-disconnect',
  'logon-vpn-icon',
  'offnetwork-signin',
  'update-install',
];

describe('the checklist', () => {
  it('holds the 14 contract steps in the contract order', () => {
    expect(CONTRACT_STEPS.map((s) => s.id)).toEqual(CONTRACT_ORDER);
    expect(CHECKLIST.filter((s) => CONTRACT_ORDER.includes(s.id)).map((s) => s.id)).toEqual(CONTRACT_ORDER);
  });

  it('follows the order of STEP_IDS, tenant steps included', () => {
    const ids = CHECKLIST.map((s) => s.id);
    expect(ids).toEqual(STEP_IDS.filter((id) => ids.includes(id)));
  });

  it('puts each step in its contract stage and declares the device-changing steps as actions', () => {
    const stage = Object.fromEntries(CONTRACT_STEPS.map((s) => [s.id, s.stage]));
    expect(stage).toMatchObject({
      'os-build': 'Requirements',
      'network-endpoints': 'Requirements',
      'vpn-profile': 'VPN profile',
      'vpn-certificate': 'VPN profile',
      'vpn-connect': 'Connect',
      'vpn-disconnect': 'Connect',
      'logon-vpn-icon': 'Logon screen',
      'offnetwork-signin': 'Off-network sign-in',
      'update-install': 'Cumulative update',
    });
    expect(CONTRACT_STEPS.filter((s) => s.kind === 'action').map((s) => s.id)).toEqual([
      'vpn-connect',
      'vpn-disconnect',
      'update-install',
    ]);
    expect(CONTRACT_STEPS.filter((s) => s.kind === 'manual').map((s) => s.id)).toEqual([
      'logon-vpn-icon',
      'offnetwork-signin',
    ]);
  });

  it('never makes a step depend on a later one', () => {
    for (const [i, step] of CHECKLIST.entries()) {
      for (const dep of step.dependsOn) expect(CHECKLIST.findIndex((s) => s.id === dep)).toBeLessThan(i);
    }
  });

  it('gives every step a title, a reason, a Microsoft doc link and guidance for a failure', () => {
    for (const step of CONTRACT_STEPS) {
      expect(step.title.length).toBeGreaterThan(5);
      expect(step.why.length).toBeGreaterThan(20);
      expect(step.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      // proxy never fails; vpn-connect's guidance comes from the RAS error table.
      if (step.id !== 'vpn-connect' && step.id !== 'proxy')
        expect(step.remediation.fail?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('describes each step for the renderer in the IPC contract shape', () => {
    for (const step of CHECKLIST) expect(StepInfoSchema.parse(toStepInfo(step))).toEqual(toStepInfo(step));
    expect(findStep('dc-over-vpn')?.dependsOn).toEqual(['vpn-connect', 'join-state']);
  });
});

describe('one file per step', () => {
  const stepsDir = join(REPO_ROOT, 'common', 'engine', 'steps');

  it('declares every step in steps/<step id>.ts and nothing else there', async () => {
    const files = readdirSync(stepsDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -'.ts'.length));
    expect(files.sort()).toEqual(CHECKLIST.map((s) => s.id).sort());
    for (const step of CHECKLIST) {
      const module: Record<string, unknown> = await import(join(stepsDir, `${step.id}.ts`));
      expect(Object.values(module)).toContain(step);
    }
  });
});

describe('action copy declared with its step', () => {
  it('gives every action step its button and confirmation, and carries it to the renderer', () => {
    for (const step of CHECKLIST.filter((s) => s.kind === 'action')) {
      const info = StepInfoSchema.parse(toStepInfo(step));
      expect(info.action?.button).toMatch(/now$/);
    }
    expect(CHECKLIST.filter((s) => s.kind !== 'action' && s.action)).toEqual([]);
  });

  it('fills the confirmation from the inputs, quoting names and saying what happens without them', () => {
    const connect = findStep('vpn-connect')?.action;
    const install = findStep('update-install')?.action;
    if (!connect || !install) throw new Error('action copy missing');
    expect(actionConfirmText(connect, { vpnConnection: 'Contoso VPN' })).toMatch(
      /^The app runs rasdial to connect "Contoso VPN"\./,
    );
    expect(actionConfirmText(connect, {})).toMatch(/connect the only usable all-user VPN connection\./);
    expect(actionConfirmText(install, { updatePackage: 'E:\\kb.msu' })).toMatch(
      /^The app runs wusa.exe E:\\kb.msu \/quiet/,
    );
    expect(actionConfirmText(install, { updatePackage: null })).toContain(
      'wusa.exe (no package chosen) /quiet',
    );
  });
});
