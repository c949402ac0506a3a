import { z } from 'zod';
import type { StepDefinition } from '../step-definition.js';
import { askStructured } from '../rules/probe-call.js';
import { say } from '../say.js';
import { DOCS, HYBRID_REQUIREMENTS } from '../sources.js';

export const INTUNE_PROVIDER = 'MS DM Server';

const EnrollmentSchema = z.object({
  EnrollmentId: z.string().nullish(),
  ProviderID: z.string().nullish(),
  UPN: z.string().nullish(),
  EnrollmentState: z.union([z.number(), z.string()]).nullish(),
  EnrollmentType: z.union([z.number(), z.string()]).nullish(),
});

const MESSAGES = {
  enrolled: 'Enrolled in Intune.',
  enrolledBy: 'Enrolled in Intune by {upn}.',
  otherProviders: 'No Intune enrollment (found only: {providers}).',
  notEnrolled: 'The device is not enrolled in any MDM service.',
} as const;

export const mdmEnrollmentStep: StepDefinition = {
  id: 'mdm-enrollment',
  stage: 'Requirements',
  kind: 'check',
  title: 'Device is enrolled in Intune',
  instructions: 'The app lists the MDM enrollments under HKLM\\SOFTWARE\\Microsoft\\Enrollments.',
  why: 'Intune delivers the VPN profile, its client and the machine certificate, so the device must be enrolled.',
  source: HYBRID_REQUIREMENTS,
  probes: ['mdm.enrollments'],
  dependsOn: [],
  remediation: {
    fail: [
      'Check Settings > Accounts > Access work or school: the device should show "Connected to <tenant> MDM".',
      'On a hybrid-joined device, enable the Group Policy "Enable automatic MDM enrollment using default Azure AD credentials" (Computer Configuration > Administrative Templates > Windows Components > MDM).',
      'Check the MDM user scope in Azure AD > Mobility (MDM and MAM) > Microsoft Intune includes the enrolling user.',
      `Hybrid join with Intune and Autopilot: ${DOCS.hybridJoinIntune}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const enrollments = await askStructured(
      ctx,
      { probe: 'mdm.enrollments', args: {} },
      z.array(EnrollmentSchema),
      'array',
    );
    const providers = enrollments.map((e) => e.ProviderID ?? '').filter((p) => p !== '');
    const intune = enrollments.find((e) => e.ProviderID === INTUNE_PROVIDER);
    const details = { providers, upn: intune?.UPN ?? null, enrollmentId: intune?.EnrollmentId ?? null };
    if (intune) {
      return {
        status: 'pass',
        ...(intune.UPN
          ? say('mdm-enrollment', MESSAGES, 'enrolledBy', { upn: intune.UPN })
          : say('mdm-enrollment', MESSAGES, 'enrolled')),
        details,
      };
    }
    return {
      status: 'fail',
      ...(providers.length > 0
        ? say('mdm-enrollment', MESSAGES, 'otherProviders', { providers: providers.join(', ') })
        : say('mdm-enrollment', MESSAGES, 'notEnrolled')),
      details,
    };
  },
};
