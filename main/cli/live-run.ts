/**
 * `hvv run` / `hvv record` on this device, through the live collector (Windows PowerShell). The
 * collector is loaded only here, so replaying a scenario never needs PowerShell.
 */
import type { GraphClient } from '../graph/graph-client.js';
import type { CliTenantDeps } from './fleet-sign-in.js';
import { hostname } from 'node:os';
import { ACTION_PROBES, type ProbeExecutor, type ProbeId } from '../../common/model.js';
import { createRecordingExecutor, toScenario } from '../../common/engine/recording.js';
import { runChecklist } from '../../common/engine/run.js';
import { toRunDocument } from '../../common/engine/summary.js';
import { UsageError, type CliIo } from './io.js';
import type { CompletedRun } from './outputs.js';
import { loadConfig, parseOnly, str, type Options, type Values } from './run-flags.js';

export interface LiveModule {
  createLiveExecutor(): ProbeExecutor & { dispose(): Promise<void> };
  liveAvailability(): Promise<{ available: boolean; reason: string | null }>;
}

export interface CliDeps {
  /** The live collector; loaded only when a live run is asked for (it needs PowerShell). */
  loadLive?: () => Promise<LiveModule>;
  clock?: () => Date;
  /** Ctrl+C: the steps still running end as `error` "cancelled by the technician". */
  signal?: AbortSignal;
  /** A signed-in Graph client for `hvv fleet report --remediation`; without it the command signs in itself. */
  graph?: Pick<GraphClient, 'get'>;
  /** What the command line's own sign-in uses (fleet-sign-in.ts): settings folder, secret store, test routing. */
  tenant?: CliTenantDeps;
}

const defaultLoadLive = async (): Promise<LiveModule> => {
  const live = await import('../probes/live-executor.js');
  return {
    createLiveExecutor: () => live.createLiveExecutor(),
    liveAvailability: () => live.liveAvailability(),
  };
};

export const liveOptions: Options = {
  connect: { type: 'boolean' },
  install: { type: 'string' },
  domain: { type: 'string' },
  vpn: { type: 'string' },
};

export async function runLive(values: Values, io: CliIo, deps: CliDeps, record: boolean) {
  const live = await (deps.loadLive ?? defaultLoadLive)();
  const availability = await live.liveAvailability();
  if (!availability.available) {
    throw new UsageError(availability.reason ?? 'Live checks are not available on this machine.');
  }
  const clock = deps.clock ?? (() => new Date());
  const config = await loadConfig(str(values, 'config'), io);
  const inner = live.createLiveExecutor();
  const recording = record ? createRecordingExecutor(inner) : null;
  const install = str(values, 'install');
  const allowActions: ProbeId[] = [
    ...(values.connect === true ? (['vpn.connect', 'vpn.disconnect'] as const) : []),
    ...(install ? (['update.install'] as const) : []),
  ];
  const inputs = {
    domain: str(values, 'domain') ?? null,
    vpnConnection: str(values, 'vpn') ?? null,
    updatePackage: install ?? null,
  };
  const startedAt = clock();
  const only = parseOnly(str(values, 'only'));
  try {
    const results = await runChecklist({
      executor: recording?.executor ?? inner,
      inputs,
      confirmations: {},
      now: startedAt,
      config,
      only,
      allowActions,
      signal: deps.signal,
      clock,
    });
    const title = `Live run on ${hostname()}`;
    const run: CompletedRun = {
      name: 'live',
      file: null,
      scenario: null,
      results,
      doc: toRunDocument(title, results, only),
    };
    const scenario = recording
      ? toScenario(
          {
            title,
            recordedAt: startedAt,
            inputs,
            confirmations: {},
            actionsNotRun: ACTION_PROBES.filter((probe) => !allowActions.includes(probe)),
          },
          recording.recorded(),
        )
      : null;
    return { run, scenario };
  } finally {
    await inner.dispose();
  }
}
