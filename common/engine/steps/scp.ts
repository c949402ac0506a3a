/**
 * Extension step (issue 17a, docs/CONTRACT-EXTENSIONS.md): hybrid join can find its tenant. The
 * device reads the service connection point from Active Directory (through the VPN during Autopilot)
 * or, in a targeted rollout, the client-side registry values that replace it; either must name the
 * tenant the device is registered in.
 */
import { ProbeFailure } from '../../model.js';
import type { ProbeRequest } from '../../model.js';
import type { ProcedureSource, StepContext, StepDefinition, Verdict } from '../step-definition.js';
import {
  ScpDomainSchema,
  ScpRegistrySchema,
  describeTenant,
  namesATenant,
  normalTenantId,
  sameTenant,
  tenantFromKeywords,
  tenantFromRegistry,
  type ScpTenant,
} from '../parsers/scp.js';
import { askStructured } from '../rules/probe-call.js';
import { askTenant } from '../rules/tenant.js';
import { z } from 'zod';
import { remediate, say, type Said } from '../say.js';

const SCP_SOURCE: ProcedureSource = {
  section: 'Configure hybrid Microsoft Entra join › Service connection point',
  url: 'https://learn.microsoft.com/entra/identity/devices/how-to-hybrid-join',
};
const TARGETED = 'https://learn.microsoft.com/entra/identity/devices/hybrid-join-control';

const CONFIGURE_SCP = [
  'On the Microsoft Entra Connect server, run Microsoft Entra Connect > Configure device options > Configure Hybrid Azure AD join, select the forest and the tenant, and let it create the service connection point.',
  `Or, for a targeted rollout, set the client-side SCP on this device (Group Policy preference or Intune): HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD, TenantId = <tenant id> and TenantName = <verified domain>. Controlled validation: ${TARGETED}`,
  'Check the SCP from the device with the VPN up: ([adsi]"LDAP://CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,CN=Configuration,DC=<domain>").Keywords',
];

const SignedInSchema = z.object({ tenantId: z.string().nullish(), username: z.string().nullish() });
const CachedProfileSchema = z.object({
  registry: z.record(z.string(), z.unknown()).nullish(),
  ztdFile: z.record(z.string(), z.unknown()).nullish(),
});

function readJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout) as unknown;
  } catch {
    return null;
  }
}

/** An extension probe absent from an older recording proves nothing: null, never an error. */
async function recorded<T>(ask: () => Promise<T>): Promise<T | null> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof ProbeFailure && error.kind === 'not-recorded') return null;
    throw error;
  }
}

interface Reference {
  tenant: ScpTenant;
  from: string;
  /** Which of the two `from` is, for the translated summary. */
  kind: 'signedIn' | 'autopilot';
}

/** The tenant the SCP must name: the signed-in one, else the one Autopilot registered the device in. */
async function referenceTenant(ctx: StepContext): Promise<Reference | null> {
  const asked = await askTenant(ctx, { probe: 'tenant.signedIn', args: {} });
  if ('result' in asked && asked.result.exitCode === 0) {
    const parsed = SignedInSchema.safeParse(readJson(asked.result.stdout));
    const id = parsed.success ? normalTenantId(parsed.data.tenantId) : null;
    if (id) {
      const domain = parsed.success ? (parsed.data.username?.split('@')[1] ?? null) : null;
      return {
        tenant: { tenantId: id, tenantName: domain?.toLowerCase() ?? null },
        from: 'the signed-in tenant',
        kind: 'signedIn',
      };
    }
  }
  const profile = await recorded(() =>
    askStructured(ctx, { probe: 'autopilot.profile', args: {} }, CachedProfileSchema, 'object'),
  );
  for (const part of [profile?.ztdFile, profile?.registry]) {
    const id = normalTenantId(part?.CloudAssignedTenantId);
    if (id) {
      const name = part?.CloudAssignedTenantDomain;
      return {
        tenant: { tenantId: id, tenantName: typeof name === 'string' ? name.toLowerCase() : null },
        from: 'the Autopilot tenant',
        kind: 'autopilot',
      };
    }
  }
  return null;
}

/** The domain the DC step reached through the tunnel, or null when the VPN is not proven up. */
function domainOverVpn(ctx: StepContext): string | null {
  const dc = ctx.resultOf('dc-over-vpn');
  const domain = dc?.details.domain;
  return (dc?.status === 'pass' || dc?.status === 'warn') && typeof domain === 'string' ? domain : null;
}

const WHERE = '{where, select, client {The client-side SCP} other {The SCP in {domain}}}';
const REFERENCE = '{from, select, signedIn {the signed-in tenant} other {the Autopilot tenant}}';

// Tenants are named as the SCP names them: "contoso.com (tenant id)".
const MESSAGES = {
  notRecorded: 'This recording holds no service connection point reads.',
  waiting:
    'Waiting for the VPN and a domain controller to read the service connection point (see "A domain controller answers over the VPN").',
  noClientSide:
    'No client-side SCP on this device; the SCP in Active Directory can only be read with the VPN up and a domain controller found.',
  none: 'No service connection point names a tenant: none in {domain}{noKeywords, select, yes { (the SCP object has no azureADId/azureADName keywords)} other {}} and none on the device.',
  disagree:
    'The client-side SCP names {clientTenant} but the SCP in {domain} names {domainTenant}; the device uses the client-side one.',
  wrongTenant: `${WHERE} names {tenant}, not ${REFERENCE} {reference}: hybrid join would register the device in the wrong tenant.`,
  pass: `${WHERE} names {tenant}{from, select, signedIn {, which is the signed-in tenant} autopilot {, which is the Autopilot tenant} other { (sign in to compare it with your tenant)}}.`,
  fixCorrectClientSide:
    'Correct the client-side SCP on this device: HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD, TenantId = {tenantId} (remove the key if the SCP in Active Directory is right). Controlled validation: {url}',
  fixCheckSignedInTenant:
    'Check that the technician signed in to the tenant the device is registered in, then check again.',
  fixDecideTenant:
    'Decide which tenant is right. A client-side SCP is meant for a targeted rollout: remove HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD (or its Group Policy preference / Intune setting) once the SCP in Active Directory is configured.',
  fixCorrectInDirectory:
    'Correct the SCP in Active Directory: Microsoft Entra Connect > Configure device options > Configure Hybrid Azure AD join, with the tenant the devices are registered in.',
} as const;

function disagree(
  summary: ReturnType<typeof say>,
  details: Record<string, unknown>,
  fix: readonly (string | Said)[],
): Verdict {
  return { status: 'warn', ...summary, details, ...remediate(fix) };
}

export const scpStep: StepDefinition = {
  id: 'scp',
  stage: 'Connect',
  kind: 'check',
  title: 'Hybrid join finds the tenant (service connection point)',
  instructions:
    'The app reads the client-side SCP (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD) and, with the VPN connected, the SCP in Active Directory over LDAP, and checks they name the tenant the device is registered in.',
  why: 'Hybrid join asks the SCP which Microsoft Entra tenant to register the computer in: without one the device never becomes hybrid joined, and one naming another tenant registers it there.',
  source: SCP_SOURCE,
  probes: ['scp.registry', 'scp.domain', 'tenant.signedIn', 'autopilot.profile'],
  dependsOn: ['dc-over-vpn'],
  remediation: { fail: CONFIGURE_SCP },
  messages: MESSAGES,
  async check(ctx) {
    const registry = await recorded(() =>
      askStructured(ctx, { probe: 'scp.registry', args: {} }, ScpRegistrySchema, 'object'),
    );
    const domain = domainOverVpn(ctx);
    const request: ProbeRequest | null = domain ? { probe: 'scp.domain', args: { domain } } : null;
    const inDomain = request
      ? await recorded(() => askStructured(ctx, request, ScpDomainSchema, 'object'))
      : null;
    if (registry === null && inDomain === null) {
      // Like the other extension steps, a recording made before these probes existed says nothing
      // (skip, not counted); without the VPN the step waits for it.
      return {
        status: domain ? 'skip' : 'blocked',
        ...say('scp', MESSAGES, domain ? 'notRecorded' : 'waiting'),
        details: domain ? { reason: 'not-recorded' } : {},
      };
    }
    const clientSide = tenantFromRegistry(registry?.Values);
    const domainScp = inDomain?.Found ? tenantFromKeywords(inDomain.Keywords ?? []) : null;
    const details = {
      clientSide: namesATenant(clientSide) ? clientSide : null,
      domainScp: namesATenant(domainScp) ? domainScp : null,
      domain,
      domainRead: inDomain !== null,
      scpPath: inDomain?.Path ?? null,
    };
    if (!namesATenant(clientSide) && !namesATenant(domainScp)) {
      if (inDomain === null) {
        return {
          status: 'blocked',
          ...say('scp', MESSAGES, 'noClientSide'),
          details,
        };
      }
      return {
        status: 'fail',
        ...say('scp', MESSAGES, 'none', {
          domain: domain ?? 'the domain',
          noKeywords: inDomain.Found ? 'yes' : 'no',
        }),
        details,
      };
    }
    if (namesATenant(clientSide) && namesATenant(domainScp) && !sameTenant(clientSide, domainScp)) {
      return disagree(
        say('scp', MESSAGES, 'disagree', {
          clientTenant: describeTenant(clientSide),
          domain: domain ?? 'the domain',
          domainTenant: describeTenant(domainScp),
        }),
        details,
        [MESSAGES.fixDecideTenant, ...CONFIGURE_SCP],
      );
    }
    // The device reads the client-side setting first (targeted rollout).
    const effective = namesATenant(clientSide) ? clientSide : (domainScp as ScpTenant);
    const where = {
      where: namesATenant(clientSide) ? 'client' : 'domain',
      domain: domain ?? 'the domain',
      tenant: describeTenant(effective),
    };
    const reference = await referenceTenant(ctx);
    const withReference = {
      ...details,
      reference: reference?.tenant ?? null,
      referenceFrom: reference?.from ?? null,
      // The id of referenceFrom's English, for the report to say it in the reader's language.
      referenceKind: reference?.kind ?? null,
    };
    if (reference && !sameTenant(effective, reference.tenant)) {
      return disagree(
        say('scp', MESSAGES, 'wrongTenant', {
          ...where,
          from: reference.kind,
          reference: describeTenant(reference.tenant),
        }),
        withReference,
        [
          namesATenant(clientSide)
            ? say('scp', MESSAGES, 'fixCorrectClientSide', {
                tenantId: reference.tenant.tenantId ?? '<tenant id>',
                url: TARGETED,
              })
            : MESSAGES.fixCorrectInDirectory,
          say('scp', MESSAGES, 'fixCheckSignedInTenant'),
        ],
      );
    }
    return {
      status: 'pass',
      ...say('scp', MESSAGES, 'pass', { ...where, from: reference?.kind ?? 'none' }),
      details: withReference,
    };
  },
};
