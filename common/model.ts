/**
 * The engine's data model: probe results, recorded scenarios, step results.
 * Schemas are the single source of truth (contract v1, shared/spec/CONTRACT.md, extended in
 * docs/CONTRACT-EXTENSIONS.md); TypeScript types are inferred from them so runtime checks and types cannot drift.
 * Pure: imports nothing from Electron, Node or the DOM.
 */
import { z } from 'zod';
import { ACTION_PROBES, PROBE_IDS } from './probes.js';
import { STAGES, STEP_STATUSES } from './vocabulary.js';

export { STAGES, STEP_STATUSES };

/** Contract v1 §1 probe ids plus extensions, declared once in probes.ts. */
export { PROBE_IDS, ACTION_PROBES };
export const ProbeIdSchema = z.enum(PROBE_IDS);
export type ProbeId = z.infer<typeof ProbeIdSchema>;

export const ProbeArgValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ProbeArgsSchema = z.record(z.string(), ProbeArgValueSchema);
export type ProbeArgs = z.infer<typeof ProbeArgsSchema>;

export const ProbeResultSchema = z.object({
  exitCode: z.number().int(),
  stdout: z.string(),
  stderr: z.string().default(''),
  durationMs: z.number().nonnegative().default(0),
  timedOut: z.boolean().default(false),
});
export type ProbeResult = z.infer<typeof ProbeResultSchema>;

export interface ProbeRequest {
  probe: ProbeId;
  args: ProbeArgs;
}

/** Why a probe produced no result at all (as opposed to a result with a non-zero exit code). */
/** `not-allowed`: an action the recorded run was not allowed to take (scenario `actionsNotRun`). */
/** `restricted`: the device's policy (AppLocker/WDAC, execution policy) keeps the probe scripts from running. */
export const PROBE_FAILURE_KINDS = [
  'not-recorded',
  'unavailable',
  'cancelled',
  'not-allowed',
  'restricted',
] as const;
export type ProbeFailureKind = (typeof PROBE_FAILURE_KINDS)[number];

export class ProbeFailure extends Error {
  constructor(
    readonly kind: ProbeFailureKind,
    readonly probe: ProbeId,
    message: string,
  ) {
    super(message);
    this.name = 'ProbeFailure';
  }
}

export interface ProbeRunOptions {
  signal?: AbortSignal;
  /** Overrides the executor's default timeout for this call. */
  timeoutMs?: number;
}

/**
 * Where probe results come from: the live PowerShell runner, or a recorded scenario.
 * The engine cannot tell them apart. `run` resolves with a result (which may carry a non-zero
 * exit code or `timedOut`) and rejects only with a ProbeFailure.
 */
export interface ProbeExecutor {
  readonly mode: 'live' | 'replay';
  run(request: ProbeRequest, options?: ProbeRunOptions): Promise<ProbeResult>;
}

// ---------------------------------------------------------------------------------------------
// Scenario files (contract §2)

export const SCENARIO_FORMAT = 'hvv-scenario/1';

const optionalText = z.string().nullish();

export const InputsSchema = z.object({
  domain: optionalText,
  vpnConnection: optionalText,
  updatePackage: optionalText,
  /** Extension (issue 16): where the event timeline starts, ISO-8601; absent = since the last boot. */
  eventsSince: optionalText,
});
export type Inputs = z.infer<typeof InputsSchema>;

export const ConfirmationSchema = z.object({
  result: z.enum(['pass', 'fail']),
  note: z.string().default(''),
  confirmedAt: z.string().optional(),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;
export type Confirmations = Partial<Record<string, Confirmation>>;

export const RecordedProbeSchema = z.object({
  probe: z.string(),
  args: ProbeArgsSchema.default({}),
  result: ProbeResultSchema,
});
export type RecordedProbe = z.infer<typeof RecordedProbeSchema>;

export const ScenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  title: z.string().default('Untitled scenario'),
  recordedAt: z.string(),
  inputs: InputsSchema.default({}),
  confirmations: z.record(z.string(), ConfirmationSchema).default({}),
  probes: z.array(RecordedProbeSchema).default([]),
  /**
   * Extension: actions the recorded run was not allowed to take (hvv record without --connect or
   * --install). A replay leaves them unrun too, so it reaches the verdicts the live run reached.
   */
  actionsNotRun: z.array(ProbeIdSchema).optional(),
  /**
   * Extension: where a recording not made by hvv came from (Intune's diagnostics bundle), and the
   * probes it could not answer, so a replay says why instead of "not recorded".
   */
  source: z
    .object({
      kind: z.string(),
      file: z.string().optional(),
      notInBundle: z.array(z.object({ probe: z.string(), why: z.string() })).default([]),
    })
    .optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

// ---------------------------------------------------------------------------------------------
// Steps (contract §3)

export const StepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatusSchema>;

export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** Contract v1 step ids in checklist order, plus the tenant extensions (shared/spec/CONTRACT.md, extensions in docs/CONTRACT-EXTENSIONS.md). */
export const STEP_IDS = [
  'os-build',
  'join-state',
  'mdm-enrollment',
  'autopilot-profile',
  'proxy',
  'machine-network',
  'network-endpoints',
  'tls-inspection',
  'autopilot-registration',
  'tenant-profile',
  'profile-drift',
  'vpn-kind',
  'vpn-profile',
  'vpn-client-prelogon',
  'vpn-certificate',
  'vpn-connect',
  'dc-over-vpn',
  'scp',
  'vpn-disconnect',
  'logon-vpn-icon',
  'offnetwork-signin',
  'update-install',
] as const;
export const StepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepIdSchema>;

export const EvidenceSchema = z.object({
  probe: z.string(),
  args: ProbeArgsSchema,
  result: ProbeResultSchema.nullable(),
  /** Set when no result exists (not recorded, PowerShell unavailable, cancelled): the runner's text. */
  failure: z.string().optional(),
  /**
   * Why no result exists, as the ProbeFailure's kind, so a screen or report can say it in the
   * reader's language (issue 19; docs/CONTRACT-EXTENSIONS.md). Absent in older recordings and for
   * a failure that was no ProbeFailure; a kind this build does not know reads as absent.
   */
  failureKind: z.enum(PROBE_FAILURE_KINDS).optional().catch(undefined),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A catalog message id + parameters; a parameter may be words the engine built (engine/say.ts). */
export interface ResultMessage {
  id: string;
  params: Record<string, string | number | ResultMessage | (ResultMessage | string)[]>;
}
const ResultMessageSchema: z.ZodType<ResultMessage, unknown> = z.lazy(() =>
  z.object({
    id: z.string().max(200),
    params: z
      .record(
        z.string(),
        z.union([
          z.string(),
          z.number(),
          ResultMessageSchema,
          z.array(z.union([ResultMessageSchema, z.string()])).max(100),
        ]),
      )
      .default({}),
  }),
);

export const StepResultSchema = z.object({
  id: StepIdSchema,
  stage: StageSchema,
  status: StepStatusSchema,
  /** One sentence a technician understands (English; `message` translates it). */
  summary: z.string(),
  /**
   * Extension (issue 19): the summary as a catalog message id + parameters, so presenters show it
   * in the reader's language. Absent in older recordings: their English summary is shown as is.
   */
  message: ResultMessageSchema.optional(),
  details: z.record(z.string(), z.unknown()),
  /** What to do next, in order; empty when nothing needs doing. */
  remediation: z.array(z.string()).default([]),
  /**
   * Extension (issue 19): parallel to `remediation`, the message of each line built for this
   * verdict (null: a declared sentence, found by its English). Absent: every line is looked up.
   */
  remediationMessages: z.array(ResultMessageSchema.nullable()).optional(),
  /**
   * Extension (issue 19): English text kept in `details` (an event problem, a client's pre-logon
   * evidence) said by id, by the detail's name: one message, or one per item (null: said by its
   * English). Absent in older recordings: the English in `details` is shown as is.
   */
  detailMessages: z
    .record(z.string(), z.union([ResultMessageSchema, z.array(ResultMessageSchema.nullable()).max(500)]))
    .optional(),
  evidence: z.array(EvidenceSchema).default([]),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
});
export type StepResult = z.infer<typeof StepResultSchema>;

export const STATUS_COUNT_KEYS = STEP_STATUSES;
export type StatusCounts = Record<StepStatus, number>;
