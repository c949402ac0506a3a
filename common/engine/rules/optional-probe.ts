/**
 * A structured probe that older recordings do not hold (an extension probe): `null` when the
 * recording has no result for it, so the step decides exactly as it did before the probe existed.
 * Any other failure is the probe's own and still stops the step (askStructured).
 */
import type { z } from 'zod';
import { ProbeFailure, type ProbeRequest } from '../../model.js';
import type { StepContext } from '../step-definition.js';
import { askStructured } from './probe-call.js';

export async function askIfRecorded<T>(
  ctx: StepContext,
  request: ProbeRequest,
  schema: z.ZodType<T>,
  shape: 'array' | 'object',
): Promise<T | null> {
  try {
    return await askStructured(ctx, request, schema, shape);
  } catch (error) {
    if (error instanceof ProbeFailure && error.kind === 'not-recorded') return null;
    throw error;
  }
}
