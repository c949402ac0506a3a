/**
 * The renderer's only door to the device: the preload's `window.hvv`. Nothing else in the
 * renderer may reach main, so every privileged operation is visible in this one type.
 */
import type { HvvApi } from '../common/ipc/contract.js';

declare global {
  interface Window {
    hvv?: HvvApi;
  }
}

export function api(): HvvApi {
  const bridge = window.hvv;
  if (!bridge) {
    // Opening the built page in a plain browser lands here; say so instead of failing later.
    throw new Error(
      'The app bridge (window.hvv) is missing: open the renderer through the app, not a browser.',
    );
  }
  return bridge;
}

/** Main's envelope message survives the bridge as the Error's message; keep it verbatim. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong, and the app did not say what.';
}
