/**
 * The renderer's state. Main owns the session and pushes every change as a snapshot; this store
 * only mirrors it, remembers what the technician is looking at, and turns failed calls into
 * visible alerts. Components read from here and call these actions; none of them touches IPC.
 */
import { create } from 'zustand';
import type {
  AuthStatus,
  EventPayload,
  ExportFormat,
  InvokeResponse,
  SessionDelta,
  SessionSnapshot,
  SessionSummary,
  SignOff,
  StepInfo,
  ValidationType,
} from '../common/ipc/contract.js';
import type { Inputs, Stage, StepId } from '../common/model.js';
import { applyDelta, type StreamState } from '../common/ipc/session-delta.js';
import { api, messageOf } from './api.js';
import { currentLanguage, i18n } from './i18n/i18n.js';
import type { Language } from '../common/i18n/languages.js';
import { initialStage, stageNeedingAttention } from './stages/initial-stage.js';
import { isActive } from './steps/status.js';

export type Screen = 'start' | 'checklist' | 'report' | 'fleet';
export type AppInfo = InvokeResponse<'appInfo'>;
export type DeviceDefaults = InvokeResponse<'deviceDefaults'>;
export type DeviceCode = EventPayload<'deviceCode'>;

export interface AppError {
  id: number;
  message: string;
}

export interface ExportOutcome {
  format: ExportFormat;
  path: string | null;
}

export interface AppState {
  screen: Screen;
  ready: boolean;
  appInfo: AppInfo | null;
  checklist: StepInfo[];
  defaults: DeviceDefaults | null;
  /** The session on screen. */
  snapshot: SessionSnapshot | null;
  /** A live session main still holds while a read-only one is on screen, offered for resuming. */
  resumable: SessionSnapshot | null;
  history: SessionSummary[];
  auth: AuthStatus | null;
  deviceCode: DeviceCode | null;
  signingIn: boolean;
  /** Steps seen queued or running since the current run began, for "Running 3 of 12". */
  runBatch: StepId[];
  selectedStage: Stage | null;
  lastExport: ExportOutcome | null;
  busy: boolean;
  /**
   * A run was asked for and main has not finished it. Set on the click itself, before main's first
   * progress event arrives, so a second click cannot start a second run.
   */
  runPending: boolean;
  errors: AppError[];

  init(): Promise<void>;
  start(validationType: ValidationType, inputs: Inputs): Promise<void>;
  resume(): void;
  openScenarioDialog(): Promise<void>;
  loadScenarioFile(file: File): Promise<void>;
  pickUpdatePackage(): Promise<string | null>;
  changeInputs(inputs: Inputs): Promise<void>;
  refreshHistory(): Promise<void>;
  openSession(id: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  runAll(): Promise<void>;
  runStep(id: StepId, allowActions: boolean): Promise<void>;
  cancel(stepId?: StepId): Promise<void>;
  confirm(stepId: StepId, result: 'pass' | 'fail', note: string): Promise<void>;
  /** Resolves true once main has kept it with the session. */
  saveSignOff(signOff: SignOff): Promise<boolean>;
  reboot(): Promise<void>;
  openWindowsUpdate(): Promise<void>;
  exportSession(format: ExportFormat): Promise<void>;
  signIn(method: 'browser' | 'device-code'): Promise<void>;
  signOut(): Promise<void>;
  dismissError(id: number): void;
  reportError(message: string): void;
  selectStage(stage: Stage): void;
  goTo(screen: Screen): void;
  /** Shows the app in `language` now and asks main to remember it on this machine. */
  chooseLanguage(language: Language): Promise<void>;
}

/** Bytes cross the bridge as base64 (the browser preview's transport is JSON). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

let nextErrorId = 1;
let unsubscribers: Array<() => void> = [];
/** The session the selected stage belongs to (events may mirror a session before it is shown). */
let stageChosenFor: string | null = null;
/** A "Run all checks" is under way: when it settles, the view moves to what needs attention. */
let landAfterRunAll = false;
/** The session as main streams it (sessionDelta), and the revision held; null until the first. */
let stream: StreamState | null = null;
/** A delta did not apply: the full snapshot is being fetched, and older deltas are ignored. */
let refetching = false;

function nextBatch(previous: readonly StepId[], snapshot: SessionSnapshot): StepId[] {
  const active = snapshot.steps.filter(isActive).map((s) => s.id);
  if (active.length === 0) return [];
  const batch = [...previous];
  for (const id of active) if (!batch.includes(id)) batch.push(id);
  return batch;
}

export const initialState = {
  screen: 'start' as Screen,
  ready: false,
  appInfo: null,
  checklist: [],
  defaults: null,
  snapshot: null,
  resumable: null,
  history: [],
  auth: null,
  deviceCode: null,
  signingIn: false,
  runBatch: [],
  selectedStage: null,
  lastExport: null,
  busy: false,
  runPending: false,
  errors: [],
} satisfies Partial<AppState>;

export const useApp = create<AppState>()((set, get) => {
  /** Runs a bridge call; a rejection becomes an alert with main's own words, never a lost promise. */
  async function attempt<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      get().reportError(messageOf(error));
      return undefined;
    }
  }

  async function whileRunPending(call: () => Promise<void>): Promise<void> {
    set({ runPending: true });
    try {
      await attempt(call);
    } finally {
      set({ runPending: false });
    }
  }

  async function withBusy<T>(call: () => Promise<T>): Promise<T | undefined> {
    set({ busy: true });
    try {
      return await attempt(call);
    } finally {
      set({ busy: false });
    }
  }

  function show(snapshot: SessionSnapshot, screen: Screen = 'checklist'): void {
    const { checklist, selectedStage } = get();
    // Coming back to the session last shown keeps the stage the technician was on.
    const keep = stageChosenFor === snapshot.id && selectedStage !== null;
    stageChosenFor = snapshot.id;
    set({
      snapshot,
      screen,
      ...(screen !== get().screen ? { errors: [] } : {}),
      runBatch: nextBatch([], snapshot),
      selectedStage: keep ? selectedStage : initialStage(snapshot, checklist),
      lastExport: null,
    });
  }

  /** Once the run-all has settled (whichever arrives last: main's answer or its final event). */
  function landIfRunAllDone(): void {
    const { snapshot, checklist, runPending } = get();
    if (!landAfterRunAll || runPending || !snapshot || snapshot.steps.some(isActive)) return;
    landAfterRunAll = false;
    const stage = stageNeedingAttention(snapshot, checklist);
    if (stage) set({ selectedStage: stage });
  }

  function onSessionChanged(snapshot: SessionSnapshot): void {
    const current = get().snapshot;
    // A read-only history view stays put; the live session keeps updating in the background.
    if (current && current.readOnly && current.id !== snapshot.id) {
      set({ resumable: snapshot });
      return;
    }
    set({ snapshot, runBatch: nextBatch(get().runBatch, snapshot) });
    landIfRunAllDone();
    // On the start screen the session is offered through the resume banner, kept up to date.
    if (get().screen === 'start' && !snapshot.readOnly) set({ resumable: snapshot });
  }

  function onSessionDelta(delta: SessionDelta): void {
    if (refetching) return;
    const next = applyDelta(stream, delta);
    if (next === 'refetch') {
      void refetchSession();
      return;
    }
    stream = next;
    onSessionChanged(next.snapshot);
  }

  /** Once per gap: the answer comes after every delta main sent before it, so later ones apply. */
  async function refetchSession(): Promise<void> {
    refetching = true;
    stream = null;
    const snapshot = await attempt(() => api().currentSession());
    refetching = false;
    if (!snapshot) return;
    stream = { snapshot, revision: null };
    onSessionChanged(snapshot);
  }

  return {
    ...initialState,

    async init() {
      stageChosenFor = null;
      landAfterRunAll = false;
      stream = null;
      refetching = false;
      for (const off of unsubscribers) off();
      unsubscribers = [];
      const bridge = await attempt(async () => api());
      if (!bridge) {
        set({ ready: true });
        return;
      }
      // The app's window receives deltas; the browser preview sends whole snapshots.
      unsubscribers.push(
        bridge.on('sessionChanged', (snapshot) => {
          stream = { snapshot, revision: null };
          onSessionChanged(snapshot);
        }),
      );
      unsubscribers.push(bridge.on('sessionDelta', onSessionDelta));
      unsubscribers.push(bridge.on('deviceCode', (info) => set({ deviceCode: info })));
      const [appInfo, checklist, defaults, current, history, auth, language] = await Promise.all([
        attempt(() => bridge.appInfo()),
        attempt(() => bridge.stepChecklist()),
        attempt(() => bridge.deviceDefaults()),
        attempt(() => bridge.currentSession()),
        attempt(() => bridge.listSessions()),
        attempt(() => bridge.authStatus()),
        attempt(() => bridge.language()),
      ]);
      // The choice made on this machine wins over Windows' display language.
      if (language?.language) await i18n.changeLanguage(language.language);
      set({
        ready: true,
        appInfo: appInfo ?? null,
        checklist: checklist ?? [],
        defaults: defaults ?? null,
        resumable: current ?? null,
        history: history ?? [],
        auth: auth ?? null,
      });
    },

    async start(validationType, inputs) {
      const snapshot = await withBusy(() => api().startSession({ validationType, inputs }));
      if (snapshot) {
        set({ resumable: null });
        show(snapshot);
      }
    },

    resume() {
      const { resumable } = get();
      if (!resumable) return;
      set({ resumable: null });
      show(resumable);
    },

    async openScenarioDialog() {
      const snapshot = await withBusy(() => api().openScenarioDialog());
      if (snapshot) show(snapshot);
    },

    async loadScenarioFile(file) {
      const snapshot = await withBusy(async () => {
        // Intune's diagnostics zip is imported by main, which reads it as a recording.
        if (/\.zip$/i.test(file.name)) {
          return api().loadDiagnosticsBundle({ fileName: file.name, base64: await toBase64(file) });
        }
        const content = await file.text();
        return api().loadScenario({ fileName: file.name, content });
      });
      if (snapshot) show(snapshot);
    },

    async pickUpdatePackage() {
      return (await attempt(() => api().pickUpdatePackage())) ?? null;
    },

    async changeInputs(inputs) {
      const snapshot = await attempt(() => api().setInputs(inputs));
      if (snapshot) onSessionChanged(snapshot);
    },

    async refreshHistory() {
      const history = await attempt(() => api().listSessions());
      if (history) set({ history });
    },

    async openSession(id) {
      const snapshot = await withBusy(() => api().openSession({ id }));
      if (snapshot) {
        const current = get().snapshot;
        if (current && !current.readOnly && current.id !== snapshot.id) set({ resumable: current });
        show(snapshot);
      }
    },

    async deleteSession(id) {
      const done = await attempt(async () => {
        await api().deleteSession({ id });
        return true;
      });
      if (done) await get().refreshHistory();
    },

    async runAll() {
      landAfterRunAll = true;
      await whileRunPending(() => api().runSteps({ allowActions: false }));
      landIfRunAllDone();
    },

    async runStep(id, allowActions) {
      await whileRunPending(() => api().runSteps({ stepIds: [id], allowActions }));
    },

    async cancel(stepId) {
      await attempt(() => api().cancel(stepId ? { stepId } : {}));
    },

    async confirm(stepId, result, note) {
      const snapshot = await attempt(() => api().confirm({ stepId, result, note }));
      if (snapshot) onSessionChanged(snapshot);
    },

    async saveSignOff(signOff) {
      const snapshot = await attempt(() => api().setSignOff(signOff));
      if (snapshot) onSessionChanged(snapshot);
      return snapshot !== undefined;
    },

    async reboot() {
      await attempt(() => api().reboot({ confirmed: true }));
    },

    async openWindowsUpdate() {
      await attempt(() => api().openWindowsUpdate());
    },

    async chooseLanguage(language) {
      await i18n.changeLanguage(language);
      await withBusy(() => api().setLanguage({ language }));
    },

    async exportSession(format) {
      set({ lastExport: null });
      const language = currentLanguage();
      const result = await withBusy(async () => ({
        path: await api().exportSession({ format, language }),
      }));
      if (result) set({ lastExport: { format, path: result.path } });
    },

    async signIn(method) {
      set({ signingIn: true, deviceCode: null });
      try {
        const auth = await attempt(() => api().signIn({ method }));
        if (auth) set({ auth });
      } finally {
        set({ signingIn: false, deviceCode: null });
      }
    },

    async signOut() {
      const auth = await attempt(() => api().signOut());
      if (auth) set({ auth });
    },

    dismissError(id) {
      set({ errors: get().errors.filter((e) => e.id !== id) });
    },

    reportError(message) {
      // The same failure twice (a retried click) is one alert, not a growing pile.
      const others = get().errors.filter((e) => e.message !== message);
      set({ errors: [...others, { id: nextErrorId++, message }] });
    },

    selectStage(stage) {
      set({ selectedStage: stage });
    },

    goTo(screen) {
      const { snapshot } = get();
      // An alert belongs to the screen where it happened; it does not follow to the next one.
      if (screen !== get().screen) set({ errors: [] });
      if (screen === 'start') {
        void get().refreshHistory();
        // Leaving a live session keeps it one click away on the start screen.
        if (snapshot && !snapshot.readOnly) set({ resumable: snapshot });
      }
      set({ screen });
    },
  };
});
