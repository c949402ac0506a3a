/**
 * Which steps the fleet covers (contract v1.1 §5): the read-only checks a detection script can run
 * unattended as SYSTEM. Steps that need a person or an action stay on site, listed, never guessed.
 */
import type { StepId } from '../model.js';
import type { StepDefinition } from '../engine/step-definition.js';
import { CHECKLIST, CONTRACT_STEPS } from '../engine/checklist.js';

/**
 * Optional steps whose probes the line carries (issue 16a): the kind of VPN decides which VPN checks
 * apply (a third-party client needs no Windows connection, but its pre-logon setting on).
 */
const FLEET_EXTENSION_STEP_IDS: readonly StepId[] = ['vpn-kind', 'vpn-client-prelogon'];

const CANDIDATES: readonly StepDefinition[] = CHECKLIST.filter(
  (step) => CONTRACT_STEPS.includes(step) || FLEET_EXTENSION_STEP_IDS.includes(step.id),
);

/**
 * The steps the fleet verdict covers, in checklist order: checks whose dependencies are covered too
 * (dc-over-vpn reads the device but only once the VPN is up, which is an action). A dependency
 * outside the fleet's steps (none today) would leave the step deciding as without it.
 */
export const FLEET_STEPS: readonly StepDefinition[] = CANDIDATES.reduce<StepDefinition[]>(
  (covered, step) =>
    step.kind === 'check' &&
    step.dependsOn.every((dep) => covered.some((c) => c.id === dep) || !CANDIDATES.some((c) => c.id === dep))
      ? [...covered, step]
      : covered,
  [],
);

/** What a technician still does on site after a fleet `ready`. */
export const ON_SITE_STEP_IDS: readonly StepId[] = CONTRACT_STEPS.filter((step) => step.kind !== 'check').map(
  (step) => step.id,
);
