/** Reading `hvv` flag values shared by the replay and live paths. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { STEP_IDS, type StepId } from '../../common/model.js';
import type { EngineConfig } from '../../common/engine/step-definition.js';
import { parseEndpointsConfig } from '../../common/engine/endpoints.js';
import { LANGUAGES, LanguageSchema, type Language } from '../../common/i18n/languages.js';
import { UsageError, type CliIo } from './io.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function str(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

export function parseOnly(value: string | undefined): StepId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(STEP_IDS as readonly string[]).includes(id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(
      `--only: unknown step ${unknown.join(', ') || '(none given)'}; steps are ${STEP_IDS.join(', ')}`,
    );
  }
  return ids as StepId[];
}

export async function loadConfig(path: string | undefined, io: CliIo): Promise<EngineConfig | undefined> {
  if (path === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not valid JSON' : 'cannot read the file';
    throw new UsageError(`${path}: ${reason}`);
  }
  const outcome = parseEndpointsConfig(raw);
  if (!outcome.ok) throw new UsageError(`${path}: ${outcome.reason}`);
  return outcome.value;
}

/** `--lang`: the HTML/PDF report's language (issue 19); JSON output stays language-neutral. */
export function parseLang(value: string | undefined): Language {
  if (value === undefined) return 'en';
  const parsed = LanguageSchema.safeParse(value.trim().toLowerCase());
  if (!parsed.success)
    throw new UsageError(`--lang: unknown language "${value}"; use one of ${LANGUAGES.join(', ')}`);
  return parsed.data;
}
