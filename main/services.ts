/**
 * The privileged services the IPC handlers delegate to. Each is implemented in its own folder
 * (sessions/, report/, auth/) and injected, so handlers and flows can be tested with real
 * implementations over temporary folders and local fake servers.
 */
import type { Language } from '../common/i18n/languages.js';
import type {
  AuthStatus,
  DeviceIdentity,
  EventPayload,
  ExportFormat,
  SessionSnapshot,
  SessionSummary,
  StepInfo,
} from '../common/ipc/contract.js';
import type { ProbeExecutor } from '../common/model.js';

/** Every session saved on every change; survives kills and reboots (main/sessions). */
export interface SessionStore {
  save(snapshot: SessionSnapshot): Promise<void>;
  list(): Promise<SessionSummary[]>;
  /** Rejects with a clear message when the file is missing or corrupt (corrupt files are set aside). */
  load(id: string): Promise<SessionSnapshot>;
  delete(id: string): Promise<void>;
}

export interface ReportMeta {
  appVersion: string;
  generatedAt: string;
  /** Also replace people and device identifiers (files shared outside the company); secrets always go. */
  redact?: boolean;
  /** The HTML/PDF report's language (issue 19); English when absent. JSON and scenarios stay English. */
  language?: Language;
}

/** Turns a session into the files a technician hands over (main/report). */
export interface ReportRenderer {
  render(
    snapshot: SessionSnapshot,
    format: Exclude<ExportFormat, 'pdf'>,
    checklist: readonly StepInfo[],
    meta: ReportMeta,
  ): string;
}

export type DeviceCodeInfo = EventPayload<'deviceCode'>;

/** Azure AD sign-in for the tenant checks (main/auth). */
export interface AuthService {
  status(): Promise<AuthStatus>;
  signIn(
    method: 'browser' | 'device-code',
    onDeviceCode: (info: DeviceCodeInfo) => void,
  ): Promise<AuthStatus>;
  signOut(): Promise<AuthStatus>;
}

/** Reads who the device is, for sessions and reports (`device.identity` probe). */
export type DeviceIdentityReader = (executor: ProbeExecutor) => Promise<DeviceIdentity | null>;
