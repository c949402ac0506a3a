/**
 * Which steps the fleet covers (contract v1.1 §5): the read-only checks a detection script can run
 * unattended as SYSTEM. Steps that need a person or an action stay on site, listed, never guessed.
 */
import type { StepId } from '../model.js';
import type { StepDefinition } from '../engine/step-definition.js';
import { CONTRACT_STEPS } from '../engine/checklist.js';

const isContractStep = (id: StepId): boolean => CONTRACT_STEPS.some((c) => c.id === id);

/**
 * The steps the fleet verdict covers, in checklist order: checks whose dependencies are covered too
 * (dc-over-vpn reads the device but only once the VPN is up, which is an action). An optional step
 * a contract step waits on (vpn-kind) is not in the fleet line: without it the step decides as in v1.
 */
export const FLEET_STEPS: readonly StepDefinition[] = CONTRACT_STEPS.reduce<StepDefinition[]>(
  (covered, step) =>
    step.kind === 'check' &&
    step.dependsOn.every((dep) => covered.some((c) => c.id === dep) || !isContractStep(dep))
      ? [...covered, step]
      : covered,
  [],
);

/** What a technician still does on site after a fleet `ready`. */
export const ON_SITE_STEP_IDS: readonly StepId[] = CONTRACT_STEPS.filter((step) => step.kind !== 'check').map(
  (step) => step.id,
);
