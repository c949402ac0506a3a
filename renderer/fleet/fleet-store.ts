/**
 * The Fleet screen's state: the fleet on screen, the remediations to choose from, and a Graph read
 * under way with its progress. Separate from the session store: a fleet is not a device session.
 */
import { create } from 'zustand';
import type { FleetView, RemediationChoice } from '../../common/fleet/fleet-view.js';
import { api, messageOf } from '../api.js';

export interface FleetState {
  view: FleetView | null;
  remediations: RemediationChoice[] | null;
  /** What is under way: opening a file, listing remediations, reading run states, exporting. */
  busy: 'open' | 'list' | 'read' | 'export' | null;
  progress: { devices: number; pages: number } | null;
  error: string | null;
  saved: string | null;

  open(kind: 'file' | 'folder'): Promise<void>;
  listRemediations(): Promise<void>;
  readRemediation(choice: RemediationChoice): Promise<void>;
  cancel(): Promise<void>;
  exportAs(format: 'html' | 'json'): Promise<void>;
  setProgress(progress: { devices: number; pages: number }): void;
  dismissError(): void;
}

export const useFleet = create<FleetState>()((set, get) => {
  async function attempt(busy: NonNullable<FleetState['busy']>, call: () => Promise<void>): Promise<void> {
    if (get().busy) return;
    set({
      busy,
      error: null,
      saved: null,
      ...(busy === 'read' ? { progress: { devices: 0, pages: 0 } } : {}),
    });
    try {
      await call();
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: null, progress: null });
    }
  }

  return {
    view: null,
    remediations: null,
    busy: null,
    progress: null,
    error: null,
    saved: null,

    open: (kind) =>
      attempt('open', async () => {
        const view = await api().fleetOpen({ kind });
        if (view) set({ view });
      }),
    listRemediations: () =>
      attempt('list', async () => {
        set({ remediations: await api().fleetRemediations() });
      }),
    readRemediation: (choice) =>
      attempt('read', async () => {
        set({ view: await api().fleetLoadRemediation({ id: choice.id, name: choice.displayName }) });
      }),
    async cancel() {
      try {
        await api().fleetCancel();
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
    exportAs: (format) =>
      attempt('export', async () => {
        const path = await api().fleetExport({ format });
        if (path) set({ saved: path });
      }),
    setProgress(progress) {
      if (get().busy === 'read') set({ progress });
    },
    dismissError: () => set({ error: null }),
  };
});
