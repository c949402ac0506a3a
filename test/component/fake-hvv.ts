/**
 * An in-memory stand-in for the preload's `window.hvv`: every method is a spy with a sensible
 * default answer, and `emit` pushes events the way main does. Tests override single methods.
 */
import { vi, type Mock } from 'vitest';
import type {
  EventName,
  EventPayload,
  HvvApi,
  SessionSnapshot,
  StepInfo,
  StepState,
} from '../../common/ipc/contract.js';
import type { StepId, StepResult } from '../../common/model.js';
import { findStep } from '../../common/engine/checklist.js';

type Listener = (payload: never) => void;

export type FakeHvv = { [K in keyof HvvApi]: HvvApi[K] & Mock } & {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
};

function info(id: StepId, stage: StepInfo['stage'], kind: StepInfo['kind'], title: string): StepInfo {
  return {
    id,
    stage,
    kind,
    title,
    instructions: `Instructions for ${title}.`,
    why: `Why ${title} matters.`,
    source: {
      section: 'Hybrid Azure AD join with VPN support',
      url: 'https://learn.microsoft.com/autopilot/user-driven#vpn',
    },
    dependsOn: [],
    // Action copy comes from the real step declaration, as main sends it.
    ...(findStep(id)?.action ? { action: findStep(id)?.action } : {}),
  };
}

export const CHECKLIST_INFO: StepInfo[] = [
  info('os-build', 'Requirements', 'check', 'Windows version supports VPN during Autopilot'),
  info('proxy', 'Requirements', 'check', 'No static proxy in the way'),
  info('autopilot-registration', 'Tenant', 'check', 'Device is registered in Autopilot'),
  info('vpn-profile', 'VPN profile', 'check', 'A per-machine VPN connection exists'),
  info('vpn-connect', 'Connect', 'action', 'Connect the VPN with rasdial'),
  info('dc-over-vpn', 'Connect', 'check', 'A domain controller answers over the VPN'),
  info('logon-vpn-icon', 'Logon screen', 'manual', 'VPN icon on the logon screen'),
  info('offnetwork-signin', 'Off-network sign-in', 'manual', 'Sign in off the corporate network'),
  info('update-install', 'Cumulative update', 'action', 'Install the cumulative update from USB'),
];

export function result(
  id: StepId,
  status: StepResult['status'],
  summary: string,
  extra: Partial<StepResult> = {},
): StepResult {
  const stage = CHECKLIST_INFO.find((c) => c.id === id)?.stage ?? 'Requirements';
  return { id, stage, status, summary, details: {}, remediation: [], evidence: [], ...extra };
}

export function snapshot(
  overrides: Partial<SessionSnapshot> = {},
  results: StepResult[] = [],
): SessionSnapshot {
  const steps: StepState[] = CHECKLIST_INFO.map((c) => {
    const r = results.find((x) => x.id === c.id) ?? null;
    return { id: c.id, phase: r ? 'done' : 'idle', result: r, runningSince: null };
  });
  return {
    id: 'session-1',
    mode: 'live',
    title: 'Validation of CONTOSO-LT-042',
    validationType: 'on-network',
    inputs: { domain: 'corp.contoso.com', vpnConnection: 'Contoso VPN', updatePackage: null },
    confirmations: {},
    device: null,
    createdAt: '2026-11-26T04:00:00.000Z',
    updatedAt: '2026-11-26T04:05:00.000Z',
    recordedAt: null,
    readOnly: false,
    steps,
    ...overrides,
  };
}

/** Returns the snapshot with one step's phase (and optional result) changed. */
export function withStep(s: SessionSnapshot, id: StepId, change: Partial<StepState>): SessionSnapshot {
  return { ...s, steps: s.steps.map((x) => (x.id === id ? { ...x, ...change } : x)) };
}

export function createFakeHvv(initial: SessionSnapshot = snapshot()): FakeHvv {
  const listeners = new Map<string, Set<Listener>>();
  let current = initial;
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event === 'sessionChanged') current = payload as SessionSnapshot;
    for (const l of listeners.get(event) ?? []) (l as (p: EventPayload<E>) => void)(payload);
  };
  const fake = {
    appInfo: vi.fn(async () => ({
      version: '0.1.0',
      platform: 'win32',
      live: { available: true, reason: null },
    })),
    stepChecklist: vi.fn(async () => CHECKLIST_INFO),
    language: vi.fn(async () => ({ language: null })),
    setLanguage: vi.fn(async () => undefined),
    deviceDefaults: vi.fn(async () => ({
      domain: 'corp.contoso.com',
      vpnConnections: [
        { name: 'Contoso VPN', usable: true, reason: null },
        { name: 'Store VPN', usable: false, reason: 'a Store plug-in installs only after sign-in' },
      ],
    })),
    // Main answers with a session of the chosen validation type.
    startSession: vi.fn(async (request: { validationType: SessionSnapshot['validationType'] }) => ({
      ...current,
      validationType: request.validationType,
    })),
    currentSession: vi.fn(async () => null),
    setInputs: vi.fn(async () => current),
    runSteps: vi.fn(async () => undefined),
    cancel: vi.fn(async () => undefined),
    confirm: vi.fn(async () => current),
    setSignOff: vi.fn(async () => current),
    openScenarioDialog: vi.fn(async () => null),
    loadScenario: vi.fn(async () => ({ ...current, mode: 'replay' as const })),
    loadDiagnosticsBundle: vi.fn(async () => ({ ...current, mode: 'replay' as const })),
    pickUpdatePackage: vi.fn(async () => 'E:\\windows10.0-kb5031356-x64.msu'),
    reboot: vi.fn(async () => undefined),
    openWindowsUpdate: vi.fn(async () => undefined),
    listSessions: vi.fn(async () => []),
    openSession: vi.fn(async () => ({ ...current, readOnly: true })),
    deleteSession: vi.fn(async () => undefined),
    exportSession: vi.fn(async () => 'C:\\Reports\\validation.html'),
    authStatus: vi.fn(async () => ({ signedIn: false, username: null, tenantId: null })),
    signIn: vi.fn(async () => ({ signedIn: true, username: 'tech@contoso.com', tenantId: 't1' })),
    signOut: vi.fn(async () => ({ signedIn: false, username: null, tenantId: null })),
    on: vi.fn((event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }),
    emit,
  };
  return fake as unknown as FakeHvv;
}
