/**
 * The contract's status and stage orders, restated as records keyed by the model's types so the
 * compiler fails if a status or stage is added there and not here. Restated rather than imported
 * because importing model.ts at runtime would pull zod into the renderer bundle.
 */
import type { Stage, StepStatus } from '../../main/engine/model.js';

const STATUS_ORDER: Record<StepStatus, number> = {
  pass: 0,
  warn: 1,
  fail: 2,
  manual: 3,
  blocked: 4,
  skip: 5,
  error: 6,
};

const STAGE_ORDER: Record<Stage, number> = {
  Requirements: 0,
  Tenant: 1,
  'VPN profile': 2,
  Connect: 3,
  'Logon screen': 4,
  'Off-network sign-in': 5,
  'Cumulative update': 6,
};

function ordered<K extends string>(order: Record<K, number>): readonly K[] {
  return (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);
}

export const STATUSES: readonly StepStatus[] = ordered(STATUS_ORDER);
export const STAGE_LIST: readonly Stage[] = ordered(STAGE_ORDER);
