import type { StepDefinition } from '../step-definition.js';
import { parseDsregcmdStatus } from '../parsers/dsregcmd.js';
import { askCompleted, CheckError } from '../rules/probe-call.js';
import { excerpt } from '../parsers/native-text.js';
import { say } from '../say.js';
import { DOCS, HYBRID_REQUIREMENTS } from '../sources.js';

const MESSAGES = {
  pass: 'Hybrid Azure AD joined (domain {domain}).',
  pending: 'Joined to {domain} but not yet to Azure AD: hybrid registration is pending.',
  azureOnly: 'Azure AD joined only: the device is not joined to the on-premises domain.',
  notJoined: 'The device is not joined to the domain.',
} as const;

export const joinStateStep: StepDefinition = {
  id: 'join-state',
  stage: 'Requirements',
  kind: 'check',
  title: 'Device is joined to the domain and to Azure AD',
  instructions: 'The app runs dsregcmd /status and reads AzureAdJoined, DomainJoined and DomainName.',
  why: 'The procedure is validated first on a device that is already hybrid Azure AD joined, so the VPN is the only new part.',
  source: HYBRID_REQUIREMENTS,
  probes: ['join.dsregcmd'],
  dependsOn: [],
  remediation: {
    warn: [
      'Hybrid registration runs at the next sign-in or within about 30 minutes: sign in on the corporate network (or over the VPN), wait, then run dsregcmd /status again.',
      "Check that Azure AD Connect syncs the computer's OU and that the Service Connection Point is configured.",
      `How to verify hybrid join: ${DOCS.hybridJoinVerify}`,
    ],
    fail: [
      'Join the device to the domain first (on the corporate network, or with an Autopilot hybrid join profile and the Intune Connector for Active Directory).',
      `Hybrid join with Intune and Autopilot: ${DOCS.hybridJoinIntune}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const result = await askCompleted(ctx, { probe: 'join.dsregcmd', args: {} });
    const outcome = parseDsregcmdStatus(result.stdout);
    if (!outcome.ok) {
      const exit = result.exitCode !== 0 ? ` (exit code ${result.exitCode})` : '';
      throw new CheckError(`${outcome.reason}${exit}`, {
        raw: excerpt(result.stdout.slice(0, 4096), 400),
      });
    }
    const { azureAdJoined, domainJoined, domainName } = outcome.value;
    const details = { azureAdJoined, domainJoined, domainName };
    if (azureAdJoined && domainJoined) {
      return {
        status: 'pass',
        ...say('join-state', MESSAGES, 'pass', { domain: domainName ?? 'unknown' }),
        details,
      };
    }
    if (domainJoined) {
      return {
        status: 'warn',
        ...say('join-state', MESSAGES, 'pending', { domain: domainName ?? 'the domain' }),
        details,
      };
    }
    return {
      status: 'fail',
      ...say('join-state', MESSAGES, azureAdJoined ? 'azureOnly' : 'notJoined'),
      details,
    };
  },
};
