/**
 * What to check again when a session reopens after a reboot or sign-out. Pure, so the controller
 * (main/session) and the tests agree on one list.
 */
import { STEP_IDS, type StepId } from '../../common/model.js';
import type { SessionSnapshot } from '../../common/ipc/contract.js';

/**
 * - steps that were running or queued when the device went down: their answer never arrived;
 * - os-build once an update said it needs a restart: the new build only shows after it;
 * - after the off-network sign-in: the sign-in itself (logon.session is only readable now) and a
 *   join state still pending (hybrid registration often completes at that sign-in).
 */
export function stepsToRecheck(snapshot: SessionSnapshot): StepId[] {
  const ids = new Set<StepId>();
  const result = (id: StepId) => snapshot.steps.find((s) => s.id === id)?.result ?? null;
  for (const s of snapshot.steps) if (s.phase === 'running' || s.phase === 'queued') ids.add(s.id);
  const update = result('update-install');
  if (update?.status === 'pass' && update.details.rebootRequired === true) ids.add('os-build');
  if (snapshot.validationType === 'off-network') {
    ids.add('offnetwork-signin');
    if (result('join-state')?.status === 'warn') ids.add('join-state');
  }
  return STEP_IDS.filter((id) => ids.has(id));
}
