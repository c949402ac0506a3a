/**
 * The one boundary between the renderer (unprivileged) and main (privileged).
 * Every channel is declared once here with its request and response schemas; main validates each
 * request against them, the preload exposes one named method per channel, and the renderer's
 * types are inferred from the same schemas.
 */
import { z } from 'zod';
import { DOMAIN_NAME, VERDICTS } from '../vocabulary.js';
import { DIAGNOSTICS_MAX_BYTES, SCENARIO_MAX_BYTES } from '../limits.js';
import { ConfirmationSchema, InputsSchema, StageSchema, StepIdSchema, StepResultSchema } from '../model.js';
import { RunContextSchema } from '../run-context.js';
import { LiveUnavailableReasonIdSchema } from '../live-unavailable.js';
import { LanguageSchema } from '../i18n/languages.js';
import { FleetViewSchema, GuidSchema, RemediationChoiceSchema } from '../fleet/fleet-view.js';

// ---------------------------------------------------------------------------------------------
// Shared shapes

/** Which validation the technician is doing (the procedure's three situations). */
export const ValidationTypeSchema = z.enum(['on-network', 'off-network', 'oobe-update']);
export type ValidationType = z.infer<typeof ValidationTypeSchema>;

/** The inputs an action's confirmation text may name. */
export const ACTION_INPUTS = ['vpnConnection', 'updatePackage'] as const;
const ActionInputSchema = z.enum(ACTION_INPUTS);

/**
 * What an action's button and confirmation say, declared with its step. `confirm` names the real
 * command; `{input}` is replaced by that input, `{"input"}` by it in quotes, and by
 * `whenMissing[input]` when the technician gave none. `requires` disables the button until given.
 */
export const ActionCopySchema = z.object({
  button: z.string(),
  dialogTitle: z.string(),
  confirmLabel: z.string(),
  confirm: z.string(),
  whenMissing: z.partialRecord(ActionInputSchema, z.string()).default({}),
  requires: ActionInputSchema.optional(),
});
export type ActionCopy = z.infer<typeof ActionCopySchema>;

/** The confirmation text for the technician's current inputs. */
export function actionConfirmText(
  copy: ActionCopy,
  inputs: Partial<Record<(typeof ACTION_INPUTS)[number], string | null>>,
): string {
  return copy.confirm.replace(
    /\{("?)(vpnConnection|updatePackage)\1\}/g,
    (_m, quote: string, key: (typeof ACTION_INPUTS)[number]) => {
      const value = inputs[key];
      return value ? `${quote}${value}${quote}` : (copy.whenMissing[key] ?? '');
    },
  );
}

export const StepInfoSchema = z.object({
  id: StepIdSchema,
  stage: StageSchema,
  kind: z.enum(['check', 'action', 'manual']),
  title: z.string(),
  instructions: z.string(),
  why: z.string(),
  source: z.object({ section: z.string(), url: z.string() }),
  dependsOn: z.array(StepIdSchema),
  /** Action steps only: their button and confirmation (docs/CONTRACT-EXTENSIONS.md). */
  action: ActionCopySchema.optional(),
});
export type StepInfo = z.infer<typeof StepInfoSchema>;

export const StepPhaseSchema = z.enum(['idle', 'queued', 'running', 'done']);
export type StepPhase = z.infer<typeof StepPhaseSchema>;

export const StepStateSchema = z.object({
  id: StepIdSchema,
  phase: StepPhaseSchema,
  /** The latest verdict; kept while a re-run is under way so the screen does not flicker. */
  result: StepResultSchema.nullable(),
  /** When the current run started (for elapsed time on slow actions). */
  runningSince: z.string().nullable(),
});
export type StepState = z.infer<typeof StepStateSchema>;

export const DeviceIdentitySchema = z.object({
  computerName: z.string().nullable(),
  serialNumber: z.string().nullable(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  osBuild: z.string().nullable(),
});
export type DeviceIdentity = z.infer<typeof DeviceIdentitySchema>;

/**
 * The hand-over: who validated the device, for which customer or ticket, when, and any note.
 * Typed in the app, kept in the session (redacted with the rest when asked), printed on the
 * report's first page.
 */
export const SignOffSchema = z.object({
  technician: z.string().trim().max(200).default(''),
  reference: z.string().trim().max(200).default(''),
  notes: z.string().max(4000).default(''),
  /** As the technician typed it (YYYY-MM-DD from the date field). */
  date: z.string().trim().max(40).default(''),
});
export type SignOff = z.infer<typeof SignOffSchema>;

export const SessionSnapshotSchema = z.object({
  id: z.string(),
  mode: z.enum(['live', 'replay']),
  title: z.string(),
  validationType: ValidationTypeSchema,
  inputs: InputsSchema,
  confirmations: z.record(z.string(), ConfirmationSchema),
  device: DeviceIdentitySchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Replay: the recording's date, "now" for every date comparison. */
  recordedAt: z.string().nullable(),
  /** Past sessions open read-only. */
  readOnly: z.boolean(),
  steps: z.array(StepStateSchema),
  /** Absent until the technician fills in the sign-off (older session files never have it). */
  signOff: SignOffSchema.optional(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

/**
 * What changed in the session since revision `base` (issue 14, common/ipc/session-delta.ts); with
 * `base: null`, the whole session (`fields` complete, every step).
 */
export const SessionDeltaSchema = z.object({
  id: z.string(),
  base: z.number().int().nonnegative().nullable(),
  revision: z.number().int().positive(),
  fields: SessionSnapshotSchema.omit({ steps: true }).partial(),
  steps: z.array(StepStateSchema),
});
export type SessionDelta = z.infer<typeof SessionDeltaSchema>;

export const SessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  mode: z.enum(['live', 'replay']),
  computerName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  counts: z.record(z.string(), z.number()),
  /** Contract v1.1's verdict over the whole session, so the history says which device was ready. */
  verdict: z.enum(VERDICTS).optional(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const VpnChoiceSchema = z.object({
  name: z.string(),
  /** False for profiles that cannot work before sign-in (UWP plug-ins), with the reason. */
  usable: z.boolean(),
  reason: z.string().nullable(),
});

export const AuthStatusSchema = z.object({
  signedIn: z.boolean(),
  username: z.string().nullable(),
  tenantId: z.string().nullable(),
  /** Why the sign-in will not survive a restart (no OS encryption for the token cache), else null. */
  note: z.string().nullable().optional(),
  /**
   * false when tenant sign-in cannot work in this install (no app registration configured); `note`
   * then says what to set up. Absent means configured.
   */
  configured: z.boolean().optional(),
  /** Where this install reads its app registration (tenant-settings.json), on this platform. */
  settingsPath: z.string().nullable().optional(),
});
export type AuthStatus = z.infer<typeof AuthStatusSchema>;

export const ExportFormatSchema = z.enum(['html', 'pdf', 'json', 'scenario']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

const none = z.undefined();

/** The events probes' own check (main/probes/scripts/events.*.ps1), so both sides refuse the same text. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * What a technician types, checked at the bridge whichever screen sent it. Recorded scenarios keep
 * the looser InputsSchema: the contract reads any file's inputs as they are.
 */
const TechnicianInputsSchema = InputsSchema.extend({
  domain: z
    .string()
    .trim()
    .regex(DOMAIN_NAME, 'is not a DNS domain name (for example corp.contoso.com)')
    .nullish(),
  eventsSince: z
    .string()
    .regex(ISO_TIME, 'is not an ISO-8601 time (for example 2026-11-24T08:00:00Z)')
    .nullish(),
});

// ---------------------------------------------------------------------------------------------
// Invoke channels: renderer asks, main answers.

export const invokeChannels = {
  appInfo: {
    channel: 'app:info',
    request: none,
    response: z.object({
      version: z.string(),
      platform: z.string(),
      /** Live checks need Windows and PowerShell; when false, `reason` says why (replay still works). */
      live: z.object({
        available: z.boolean(),
        /** Why not, in English (kept for older renderers and the CLI). */
        reason: z.string().nullable(),
        /**
         * Why not, as an id the start screen says in the technician's language (issue 19; see
         * common/live-unavailable.ts). Absent from an older main: the screen then shows `reason`.
         */
        reasonId: LiveUnavailableReasonIdSchema.nullish(),
        /** The exit code, PowerShell's words or the error message, verbatim: quoted, never translated. */
        reasonDetail: z.string().nullish(),
        /** Who the app runs as (elevated, SYSTEM, OOBE); absent when PowerShell could not say. */
        context: RunContextSchema.nullish(),
      }),
    }),
  },
  stepChecklist: { channel: 'steps:checklist', request: none, response: z.array(StepInfoSchema) },
  /** The language chosen on this machine (issue 19); null: follow Windows' display language. */
  language: {
    channel: 'settings:language',
    request: none,
    response: z.object({ language: LanguageSchema.nullable() }),
  },
  setLanguage: {
    channel: 'settings:set-language',
    request: z.object({ language: LanguageSchema }),
    response: none,
  },
  deviceDefaults: {
    channel: 'device:defaults',
    request: none,
    response: z.object({ domain: z.string().nullable(), vpnConnections: z.array(VpnChoiceSchema) }),
  },
  startSession: {
    channel: 'session:start',
    request: z.object({ validationType: ValidationTypeSchema, inputs: TechnicianInputsSchema }),
    response: SessionSnapshotSchema,
  },
  currentSession: {
    channel: 'session:current',
    request: none,
    response: SessionSnapshotSchema.nullable(),
  },
  setInputs: {
    channel: 'session:set-inputs',
    request: TechnicianInputsSchema,
    response: SessionSnapshotSchema,
  },
  /** Runs steps (all automated checks when `stepIds` is omitted); results stream as sessionChanged. */
  runSteps: {
    channel: 'session:run',
    request: z.object({
      stepIds: z.array(StepIdSchema).optional(),
      /** Actions change the device; they run only when the technician asked for them. */
      allowActions: z.boolean().default(false),
    }),
    response: none,
  },
  cancel: {
    channel: 'session:cancel',
    request: z.object({ stepId: StepIdSchema.optional() }),
    response: none,
  },
  confirm: {
    channel: 'session:confirm',
    request: z.object({
      stepId: StepIdSchema,
      result: z.enum(['pass', 'fail']),
      note: z.string().max(4000).default(''),
    }),
    response: SessionSnapshotSchema,
  },
  setSignOff: {
    channel: 'session:sign-off',
    request: SignOffSchema,
    response: SessionSnapshotSchema,
  },
  openScenarioDialog: {
    channel: 'scenario:open-dialog',
    request: none,
    response: SessionSnapshotSchema.nullable(),
  },
  /** Drag and drop: the renderer reads the dropped file's text and hands it over. */
  loadScenario: {
    channel: 'scenario:load',
    request: z.object({ fileName: z.string().max(260), content: z.string().max(SCENARIO_MAX_BYTES) }),
    response: SessionSnapshotSchema,
  },
  /** Drag and drop of Intune's "Collect diagnostics" zip: its bytes as base64, replayed as a recording. */
  loadDiagnosticsBundle: {
    channel: 'diagnostics:load',
    request: z.object({
      fileName: z
        .string()
        .max(260)
        .regex(/\.zip$/i, 'must be a .zip file'),
      base64: z
        .string()
        .max(Math.ceil(DIAGNOSTICS_MAX_BYTES / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    }),
    response: SessionSnapshotSchema,
  },
  pickUpdatePackage: {
    channel: 'dialog:pick-update-package',
    request: none,
    response: z.string().nullable(),
  },
  /** Reboots now; the renderer must have asked the technician first. */
  reboot: {
    channel: 'system:reboot',
    request: z.object({ confirmed: z.literal(true) }),
    response: none,
  },
  openWindowsUpdate: { channel: 'system:open-windows-update', request: none, response: none },
  listSessions: { channel: 'history:list', request: none, response: z.array(SessionSummarySchema) },
  openSession: {
    channel: 'history:open',
    request: z.object({ id: z.string().max(200) }),
    response: SessionSnapshotSchema,
  },
  deleteSession: {
    channel: 'history:delete',
    request: z.object({ id: z.string().max(200) }),
    response: none,
  },
  exportSession: {
    channel: 'session:export',
    request: z.object({
      format: ExportFormatSchema,
      /** Also replace people and device identifiers (shared outside the company); secrets always go. */
      redact: z.boolean().optional(),
      /** The HTML/PDF report's language (issue 19); English when absent. JSON stays English. */
      language: LanguageSchema.optional(),
    }),
    /** Where the file was written, or null when the technician cancelled the save dialog. */
    response: z.string().nullable(),
  },
  authStatus: { channel: 'auth:status', request: none, response: AuthStatusSchema },
  signIn: {
    channel: 'auth:sign-in',
    request: z.object({ method: z.enum(['browser', 'device-code']) }),
    response: AuthStatusSchema,
  },
  signOut: { channel: 'auth:sign-out', request: none, response: AuthStatusSchema },
  // The Fleet screen (issue 18, docs/CONTRACT-EXTENSIONS.md): what Intune Remediations collected.
  /** Main's own dialog picks the export (a file, or a folder of Graph pages); null when cancelled. */
  fleetOpen: {
    channel: 'fleet:open',
    request: z.object({ kind: z.enum(['file', 'folder']) }),
    response: FleetViewSchema.nullable(),
  },
  /** The tenant's remediations, for the signed-in technician to pick one. */
  fleetRemediations: {
    channel: 'fleet:remediations',
    request: none,
    response: z.array(RemediationChoiceSchema),
  },
  /** Reads one remediation's run states from Graph; progress streams as fleetProgress. */
  fleetLoadRemediation: {
    channel: 'fleet:load-remediation',
    request: z.object({ id: GuidSchema, name: z.string().max(500).default('') }),
    response: FleetViewSchema,
  },
  /** Stops a Graph read under way; it then fails with "cancelled". */
  fleetCancel: { channel: 'fleet:cancel', request: none, response: none },
  /** Saves the fleet on screen as the self-contained HTML report or `hvv-fleet/1` JSON. */
  fleetExport: {
    channel: 'fleet:export',
    request: z.object({ format: z.enum(['html', 'json']) }),
    response: z.string().nullable(),
  },
} as const;

export type InvokeMethod = keyof typeof invokeChannels;
export type InvokeRequest<M extends InvokeMethod> = z.input<(typeof invokeChannels)[M]['request']>;
export type InvokeResponse<M extends InvokeMethod> = z.output<(typeof invokeChannels)[M]['response']>;

// ---------------------------------------------------------------------------------------------
// Event channels: main tells the renderer.

export const eventChannels = {
  sessionChanged: { channel: 'event:session-changed', payload: SessionSnapshotSchema },
  /** What the app's window receives instead of sessionChanged (issue 14): only what changed. */
  sessionDelta: { channel: 'event:session-delta', payload: SessionDeltaSchema },
  deviceCode: {
    channel: 'event:device-code',
    payload: z.object({ userCode: z.string(), verificationUri: z.string(), message: z.string() }),
  },
  /** A Graph read of run states under way: devices read so far, pages read. */
  fleetProgress: {
    channel: 'event:fleet-progress',
    payload: z.object({ devices: z.number().int().nonnegative(), pages: z.number().int().nonnegative() }),
  },
} as const;

export type EventName = keyof typeof eventChannels;
export type EventPayload<E extends EventName> = z.output<(typeof eventChannels)[E]['payload']>;

/**
 * Every answer crosses the bridge in an envelope, so the renderer gets the main process's own
 * message ("the scenario file is not valid JSON…") rather than Electron's wrapped error text.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { message: string; code: string } };

/** What the preload exposes as `window.hvv`. */
export type HvvApi = {
  [M in InvokeMethod]: InvokeRequest<M> extends undefined
    ? () => Promise<InvokeResponse<M>>
    : (request: InvokeRequest<M>) => Promise<InvokeResponse<M>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** What main implements for each invoke channel; requests arrive already validated. */
export type ApiHandlers = {
  [M in InvokeMethod]: (
    request: z.output<(typeof invokeChannels)[M]['request']>,
  ) => Promise<InvokeResponse<M>>;
};

/** How main pushes an event to the app's window. */
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
