/**
 * How a step asks for a probe. Anything that keeps the step from deciding (a timeout, a script that
 * threw, output not understood) becomes a CheckError, which the scheduler turns into an `error`
 * verdict carrying this message. A verdict is never guessed from a result the engine cannot read.
 */
import type { z } from 'zod';
import type { ProbeRequest, ProbeResult } from '../../model.js';
import type { StepContext } from '../step-definition.js';
import { excerpt } from '../parsers/native-text.js';
import { readPowerShellJson } from './powershell-json.js';
import { isExitCode, showRaw } from '../parsers/strict-values.js';
import type { StepMessage } from '../say.js';
import { engineSays } from '../engine-messages.js';

export class CheckError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
    /** The message as a catalog id + params (say() or engineSays()), so the verdict translates. */
    readonly said?: StepMessage,
  ) {
    super(message);
    this.name = 'CheckError';
  }
}

/** A CheckError whose sentence was said through a catalog (`say(...)` or `engineSays(...)`). */
export function checkError(
  said: { summary: string; message: StepMessage },
  details: Record<string, unknown> = {},
): CheckError {
  return new CheckError(said.summary, details, said.message);
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s`;
}

/** Runs a probe and rejects when the engine gave up waiting for it. */
export async function askCompleted(ctx: StepContext, request: ProbeRequest): Promise<ProbeResult> {
  const result = await ctx.probe(request);
  if (result.timedOut) {
    throw checkError(
      engineSays('probeTimedOut', { probe: request.probe, duration: formatSeconds(result.durationMs) }),
    );
  }
  if (!isExitCode(result.exitCode)) {
    throw checkError(
      engineSays('exitCodeNotUnderstood', { probe: request.probe, raw: showRaw(result.exitCode) }),
      { raw: result.exitCode },
    );
  }
  return result;
}

/** Runs a structured probe (a bundled script printing JSON) and validates its output. */
export async function askStructured<T>(
  ctx: StepContext,
  request: ProbeRequest,
  schema: z.ZodType<T>,
  shape: 'array' | 'object',
): Promise<T> {
  const result = await askCompleted(ctx, request);
  if (result.exitCode !== 0) {
    const said = excerpt((result.stderr || result.stdout).slice(0, 4096));
    // The code as text: a translation's ICU would group a number ("-2 147 024 891").
    const params = { probe: request.probe, code: String(result.exitCode) };
    throw checkError(
      said ? engineSays('probeFailedSaid', { ...params, output: said }) : engineSays('probeFailed', params),
    );
  }
  const outcome = readPowerShellJson(result.stdout, schema, shape);
  if (!outcome.ok) {
    throw checkError(engineSays('outputNotUnderstood', { probe: request.probe, reason: outcome.reason }), {
      raw: excerpt(result.stdout.slice(0, 4096), 400),
    });
  }
  return outcome.value;
}
