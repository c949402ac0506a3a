/**
 * The shape of one documented step. The checklist (steps.ts) is a list of these, so the code
 * reads like the Microsoft procedure: adding a step is adding one declaration and its tests.
 */
import type { ActionCopy } from '../ipc/contract.js';
import type { StepMessage } from './say.js';
import type {
  Confirmations,
  Inputs,
  ProbeId,
  ProbeRequest,
  ProbeResult,
  Stage,
  StepId,
  StepResult,
  StepStatus,
} from '../model.js';

/** Where in the procedure a step comes from, so the UI can link the technician to it. */
export interface ProcedureSource {
  section: string;
  url: string;
}

/**
 * - check: reads the device, decides alone;
 * - action: changes the device (connect the VPN, install an update), runs only when asked;
 * - manual: the technician confirms what only a person can see.
 */
export type StepKind = 'check' | 'action' | 'manual';

export interface Verdict {
  status: StepStatus;
  summary: string;
  /** The summary's catalog id and parameters (common/engine/say.ts#say). */
  message?: StepMessage;
  details?: Record<string, unknown>;
  /** Next steps for the technician; defaults to the step's remediation for this status. */
  remediation?: string[];
  /** Lines built for this verdict, said with say() (common/engine/say.ts#remediate). */
  remediationMessages?: (StepMessage | null)[];
  /**
   * English text stored in `details`, said by id for presenters (name of the detail → its
   * message, or one per item of a list of sentences; null for an item said by its English).
   */
  detailMessages?: DetailMessages;
}

export type DetailMessages = Record<string, StepMessage | (StepMessage | null)[]>;

/** Engine configuration a lab can override (shared/spec/CONTRACT.md, extensions in docs/CONTRACT-EXTENSIONS.md). */
export interface RequiredEndpoint {
  host: string;
  port: number;
  why: string;
}

export interface EngineConfig {
  endpoints: readonly RequiredEndpoint[];
}

export interface StepContext {
  readonly inputs: Inputs;
  readonly confirmations: Confirmations;
  /** "Now" for date comparisons: the scenario's recordedAt when replaying, the clock when live. */
  readonly now: Date;
  readonly config: EngineConfig;
  readonly signal: AbortSignal;
  /**
   * Runs a probe and records it as evidence. Rejects with ProbeFailure when no result exists;
   * the scheduler turns that into an `error` verdict naming the probe.
   */
  probe(request: ProbeRequest): Promise<ProbeResult>;
  /** The verdict of an earlier step (dependencies are always settled before `check` runs). */
  resultOf(id: StepId): StepResult | undefined;
  /**
   * English a shared rule puts in details, said by id (the result's `detailMessages`; a verdict's
   * own `detailMessages` win). Optional so a hand-made context in a test need not give it.
   */
  sayDetail?(name: string, said: DetailMessages[string]): void;
}

export interface StepDefinition {
  id: StepId;
  stage: Stage;
  kind: StepKind;
  /** A title a technician understands at a glance. */
  title: string;
  /** What the technician does (manual and action steps) or what the app checks. */
  instructions: string;
  /** One sentence: why the procedure asks for this. */
  why: string;
  source: ProcedureSource;
  /** The probes this step may read, for documentation, recording and the live collector. */
  probes: readonly ProbeId[];
  /**
   * Steps whose verdicts must be settled before `check` runs. The scheduler only orders; the check
   * decides `blocked` itself from `resultOf`, because each rule says what "did not pass" means.
   */
  dependsOn: readonly StepId[];
  /** Default guidance by status when the verdict does not give its own. */
  remediation: Partial<Record<StepStatus, readonly string[]>>;
  /** Action steps: what their button and confirmation say, carried to the renderer in StepInfo. */
  action?: ActionCopy;
  /**
   * The English of the verdict summaries `check` says through `say`, keyed by a short name; the
   * catalogs translate them as `step.<id>.summary.<name>` with the same `{placeholders}`.
   */
  messages?: Readonly<Record<string, string>>;
  check(ctx: StepContext): Promise<Verdict>;
}
