/**
 * The preview replays recordings only: a page in an ordinary browser must never run checks or
 * actions (reboot, VPN connect) against the computer serving it, even on Windows.
 */
import type { ApiHandlers } from '../../common/ipc/contract.js';

export const LIVE_UNAVAILABLE_REASON =
  'the browser preview replays recordings only; use the desktop app on the device for live checks';

function refuse(what: string): Promise<never> {
  return Promise.reject(
    new Error(`${what} is not available in the browser preview: it replays recordings only.`),
  );
}

export function replayOnly(handlers: ApiHandlers): ApiHandlers {
  return {
    ...handlers,
    appInfo: async (request) => ({
      ...(await handlers.appInfo(request)),
      live: { available: false, reason: LIVE_UNAVAILABLE_REASON, reasonId: 'preview' },
    }),
    startSession: () => refuse('A live validation'),
    reboot: () => refuse('Restarting the computer'),
    openWindowsUpdate: () => refuse('Windows Update'),
    pickUpdatePackage: async () => null,
  };
}
