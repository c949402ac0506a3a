/**
 * Replays a recorded `*.scenario.json` (contract §2) through the same ProbeExecutor interface as
 * the live PowerShell runner, so the engine cannot tell a recording from a device.
 */
import {
  ProbeFailure,
  SCENARIO_FORMAT,
  ScenarioSchema,
  type ProbeArgs,
  type ProbeExecutor,
  type ProbeResult,
  type RecordedProbe,
  type Scenario,
} from '../../common/model.js';

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

function where(fileName: string | undefined): string {
  return fileName ? `${fileName}: ` : '';
}

/** Parses a scenario file's text; every problem is one line naming the file. */
export function parseScenario(text: string, fileName?: string): Scenario {
  // UTF-16 read as UTF-8 ("Unicode" in Notepad, Out-File in Windows PowerShell): NULs between the
  // characters. Say what to do instead of quoting a JSON error full of NUL bytes.
  if (text.slice(0, 64).includes('\u0000') || text.startsWith('\uFFFD\uFFFD')) {
    throw new ScenarioError(`${where(fileName)}the file is UTF-16 — save it as UTF-8`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw new ScenarioError(`${where(fileName)}not valid JSON (${reason})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ScenarioError(
      `${where(fileName)}not a scenario: expected a JSON object with "format": "${SCENARIO_FORMAT}"`,
    );
  }
  const format = (raw as Record<string, unknown>).format;
  if (format === undefined) {
    throw new ScenarioError(`${where(fileName)}missing "format" (expected "${SCENARIO_FORMAT}")`);
  }
  if (format !== SCENARIO_FORMAT) {
    throw new ScenarioError(
      `${where(fileName)}unsupported format ${JSON.stringify(format)} (expected "${SCENARIO_FORMAT}")`,
    );
  }
  const result = ScenarioSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'document';
    throw new ScenarioError(
      `${where(fileName)}invalid scenario at ${path}: ${issue?.message ?? 'unexpected shape'}`,
    );
  }
  if (Number.isNaN(new Date(result.data.recordedAt).getTime())) {
    throw new ScenarioError(
      `${where(fileName)}"recordedAt" is not a date: ${JSON.stringify(result.data.recordedAt)}`,
    );
  }
  return result.data;
}

/** Argument order must not matter: `{host, port}` and `{port, host}` are the same request. */
function argsKey(args: ProbeArgs): string {
  return JSON.stringify(
    Object.keys(args)
      .sort()
      .map((k) => [k, args[k]]),
  );
}

function describeArgs(args: ProbeArgs): string {
  return Object.keys(args).length === 0 ? '' : ` with ${JSON.stringify(args)}`;
}

export interface ScenarioExecutorOptions {
  /** Wait each recorded durationMs (the UI replay and the bench); tests leave it off. */
  honourDurations?: boolean;
}

function wait(ms: number, signal: AbortSignal | undefined, probe: RecordedProbe['probe']): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = (): ProbeFailure =>
      new ProbeFailure('cancelled', probe as ProbeFailure['probe'], 'cancelled by the technician');
    if (signal?.aborted) return reject(cancelled());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createScenarioExecutor(
  scenario: Scenario,
  options: ScenarioExecutorOptions = {},
): ProbeExecutor {
  const byRequest = new Map<string, RecordedProbe[]>();
  for (const entry of scenario.probes) {
    const key = `${entry.probe} ${argsKey(entry.args)}`;
    const list = byRequest.get(key) ?? [];
    list.push(entry);
    byRequest.set(key, list);
  }
  const asked = new Map<string, number>();
  return {
    mode: 'replay',
    async run(request, runOptions): Promise<ProbeResult> {
      if (runOptions?.signal?.aborted) {
        throw new ProbeFailure('cancelled', request.probe, 'cancelled by the technician');
      }
      if (scenario.actionsNotRun?.includes(request.probe)) {
        throw new ProbeFailure(
          'not-allowed',
          request.probe,
          `${request.probe} was not allowed when recorded`,
        );
      }
      const key = `${request.probe} ${argsKey(request.args)}`;
      const entries = byRequest.get(key);
      const missing = scenario.source?.notInBundle.find((m) => m.probe === request.probe);
      if ((!entries || entries.length === 0) && missing) {
        throw new ProbeFailure(
          'not-recorded',
          request.probe,
          `${request.probe} is not in the Intune diagnostics bundle: ${missing.why}`,
        );
      }
      if (!entries || entries.length === 0) {
        throw new ProbeFailure(
          'not-recorded',
          request.probe,
          `the scenario has no recorded result for probe ${request.probe}${describeArgs(request.args)}`,
        );
      }
      const index = asked.get(key) ?? 0;
      asked.set(key, index + 1);
      const entry = entries[Math.min(index, entries.length - 1)] as RecordedProbe;
      if (options.honourDurations && entry.result.durationMs > 0) {
        await wait(entry.result.durationMs, runOptions?.signal, entry.probe);
      }
      return { ...entry.result };
    },
  };
}
