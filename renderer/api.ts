/**
 * The renderer's only door to the device: the preload's `window.hvv`. Nothing else in the
 * renderer may reach main, so every privileged operation is visible in this one type.
 */
import type { HvvApi } from '../common/ipc/contract.js';
import { i18n } from './i18n/i18n.js';

declare global {
  interface Window {
    hvv?: HvvApi;
  }
}

export function api(): HvvApi {
  const bridge = window.hvv;
  if (!bridge) {
    // Opening the built page in a plain browser lands here; say so instead of failing later.
    throw new Error(i18n.t('errors.noBridge'));
  }
  return bridge;
}

/** Main's envelope message survives the bridge as the Error's message; keep it verbatim. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return i18n.t('errors.unknown');
}
