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

export class CheckError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CheckError';
  }
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s`;
}

/** Runs a probe and rejects when the engine gave up waiting for it. */
export async function askCompleted(ctx: StepContext, request: ProbeRequest): Promise<ProbeResult> {
  const result = await ctx.probe(request);
  if (result.timedOut) {
    throw new CheckError(`The ${request.probe} probe timed out after ${formatSeconds(result.durationMs)}.`);
  }
  if (!isExitCode(result.exitCode)) {
    throw new CheckError(
      `The exit code of ${request.probe} was not understood: ${showRaw(result.exitCode)} is not a 32-bit exit code.`,
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
    throw new CheckError(
      `The ${request.probe} probe failed with exit code ${result.exitCode}${said ? `: ${said}` : '.'}`,
    );
  }
  const outcome = readPowerShellJson(result.stdout, schema, shape);
  if (!outcome.ok) {
    throw new CheckError(`The output of ${request.probe} was not understood: ${outcome.reason}.`, {
      raw: excerpt(result.stdout.slice(0, 4096), 400),
    });
  }
  return outcome.value;
}
