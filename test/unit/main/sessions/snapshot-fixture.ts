/** A realistic session snapshot for store and report tests (values shaped like a real device's). */
import type { SessionSnapshot } from '../../../../common/ipc/contract.js';
import type { StepResult } from '../../../../common/model.js';

export const DSREGCMD_STDOUT = [
  '+----------------------------------------------------------------------+',
  '| Device State                                                         |',
  '+----------------------------------------------------------------------+',
  '',
  '             AzureAdJoined : YES',
  '          EnterpriseJoined : NO',
  '              DomainJoined : YES',
  '                DomainName : CONTOSO',
  '               Device Name : DESKTOP-7H2K9QX.corp.contoso.com',
  '',
  '+----------------------------------------------------------------------+',
  '| Device Details                                                       |',
  '+----------------------------------------------------------------------+',
  '',
  '                  DeviceId : 5f3c1a2b-8d4e-4f6a-9b7c-1e2d3f4a5b6c',
  '                Thumbprint : 9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B',
  ' DeviceCertificateValidity : [ 2026-01-10 09:12:33.000 UTC -- 2036-01-10 09:42:33.000 UTC ]',
  '            KeyContainerId : 0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
  '               KeyProvider : Microsoft Platform Crypto Provider',
  '              TpmProtected : YES',
  '',
  '+----------------------------------------------------------------------+',
  '| Tenant Details                                                       |',
  '+----------------------------------------------------------------------+',
  '',
  '                TenantName : Contoso',
  '                  TenantId : 72f988bf-86f1-41af-91ab-2d7cd011db47',
  '               AuthCodeUrl : https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize',
  '',
  '+----------------------------------------------------------------------+',
  '| Diagnostic Data                                                      |',
  '+----------------------------------------------------------------------+',
  '',
  '    Executing Account Name : CONTOSO\\jdoe, jdoe@contoso.com',
  '               Client Time : 2026-11-24 10:14:55.000 UTC',
  '',
].join('\r\n');

export function stepResult(
  overrides: Partial<StepResult> & Pick<StepResult, 'id' | 'stage' | 'status'>,
): StepResult {
  return {
    summary: `${overrides.id} summary`,
    details: {},
    remediation: [],
    evidence: [],
    startedAt: '2026-11-24T10:15:01.000Z',
    finishedAt: '2026-11-24T10:15:02.000Z',
    ...overrides,
  };
}

export function makeSnapshot(overrides: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return {
    id: 'session-20261124-0001',
    mode: 'live',
    title: 'Contoso laptop, IKEv2 device VPN',
    validationType: 'on-network',
    inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: null },
    confirmations: {
      'logon-vpn-icon': {
        result: 'pass',
        note: 'Icon shown bottom right',
        confirmedAt: '2026-11-24T10:20:00.000Z',
      },
    },
    device: {
      computerName: 'DESKTOP-7H2K9QX',
      serialNumber: 'PF3ABCDE',
      manufacturer: 'LENOVO',
      model: '20XW0055GE',
      osBuild: '19045.5247',
    },
    createdAt: '2026-11-24T10:14:00.000Z',
    updatedAt: '2026-11-24T10:21:00.000Z',
    recordedAt: null,
    readOnly: false,
    steps: [
      {
        id: 'os-build',
        phase: 'done',
        runningSince: null,
        result: stepResult({
          id: 'os-build',
          stage: 'Requirements',
          status: 'pass',
          summary: 'Windows 10 build 19045.5247 supports VPN before sign-in.',
          details: { build: 19045, ubr: 5247 },
          evidence: [
            {
              probe: 'os.version',
              args: {},
              result: {
                exitCode: 0,
                stdout: '{"ProductName":"Windows 10 Enterprise","CurrentBuild":"19045","UBR":5247}',
                stderr: '',
                durationMs: 85,
                timedOut: false,
              },
            },
          ],
        }),
      },
      {
        id: 'join-state',
        phase: 'done',
        runningSince: null,
        result: stepResult({
          id: 'join-state',
          stage: 'Requirements',
          status: 'warn',
          summary: 'Domain joined, hybrid registration still pending.',
          details: { azureAdJoined: false, domainJoined: true, domainName: 'CONTOSO' },
          remediation: ['Sign in once on the corporate network, then run dsregcmd /status again.'],
          evidence: [
            {
              probe: 'join.dsregcmd',
              args: {},
              result: { exitCode: 0, stdout: DSREGCMD_STDOUT, stderr: '', durationMs: 420, timedOut: false },
            },
          ],
        }),
      },
      {
        id: 'vpn-connect',
        phase: 'done',
        runningSince: null,
        result: stepResult({
          id: 'vpn-connect',
          stage: 'Connect',
          status: 'fail',
          summary: 'The VPN did not connect: error 809.',
          details: { errorCode: 809, connection: 'Contoso VPN' },
          remediation: ['Open UDP 500 and 4500 to the VPN server.'],
          evidence: [
            {
              probe: 'vpn.connect',
              args: { name: 'Contoso VPN' },
              result: {
                exitCode: 809,
                stdout: 'Connecting to Contoso VPN...\r\nRemote Access error 809',
                stderr: '',
                durationMs: 30000,
                timedOut: false,
              },
            },
          ],
        }),
      },
      {
        id: 'logon-vpn-icon',
        phase: 'done',
        runningSince: null,
        result: stepResult({
          id: 'logon-vpn-icon',
          stage: 'Logon screen',
          status: 'pass',
          summary: 'The technician saw the VPN icon on the logon screen.',
        }),
      },
      { id: 'update-install', phase: 'idle', runningSince: null, result: null },
    ],
    ...overrides,
  };
}
