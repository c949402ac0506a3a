/**
 * The English of everything declared in code, keyed by stable ids: each step's title, why,
 * instructions, default remediation and action copy (keyed by step id), each RAS error's meaning
 * and fixes (keyed by RAS code), the verdict's words (keyed by verdict and step id) and the
 * engine's own sentences (`engine.*`, engine/engine-messages.ts). The step
 * declarations stay the source of truth; the English catalog is this plus catalogs/en/ui.ts, and
 * every other language must translate exactly these keys (test/unit/common/i18n/catalogs.test.ts).
 */
import { CHECKLIST } from '../engine/checklist.js';
import { RAS_ERRORS, rasKey } from '../engine/rules/ras-errors.js';
import { VERDICT_TEXT_SOURCE } from '../engine/verdict-text.js';
import { engineCatalogEntries } from '../engine/engine-messages.js';
import type { StepDefinition } from '../engine/step-definition.js';

export type Catalog = Readonly<Record<string, string>>;

export const stepKey = (id: string, field: string): string => `step.${id}.${field}`;
export { rasKey };

function stepEntries(step: StepDefinition): [string, string][] {
  const entries: [string, string][] = [
    [stepKey(step.id, 'title'), step.title],
    [stepKey(step.id, 'instructions'), step.instructions],
    [stepKey(step.id, 'why'), step.why],
    // The Microsoft Learn section the step cites, as Microsoft's localized pages title it.
    [stepKey(step.id, 'source'), step.source.section],
  ];
  for (const [status, lines] of Object.entries(step.remediation)) {
    lines.forEach((line, i) => entries.push([stepKey(step.id, `remediation.${status}.${i}`), line]));
  }
  for (const [name, english] of Object.entries(step.messages ?? {})) {
    entries.push([stepKey(step.id, `summary.${name}`), english]);
  }
  const action = step.action;
  if (action) {
    entries.push(
      [stepKey(step.id, 'action.button'), action.button],
      [stepKey(step.id, 'action.dialogTitle'), action.dialogTitle],
      [stepKey(step.id, 'action.confirmLabel'), action.confirmLabel],
      [stepKey(step.id, 'action.confirm'), action.confirm],
    );
    for (const [input, text] of Object.entries(action.whenMissing)) {
      entries.push([stepKey(step.id, `action.whenMissing.${input}`), text]);
    }
  }
  return entries;
}

/** RAS fixes are shared between codes: each distinct sentence is keyed once, by its first code. */
function rasEntries(): [string, string][] {
  const entries: [string, string][] = [];
  const seen = new Set<string>();
  for (const [code, info] of Object.entries(RAS_ERRORS)) {
    entries.push([rasKey(Number(code), 'meaning'), info.meaning]);
    info.fix.forEach((line, i) => {
      if (seen.has(line)) return;
      seen.add(line);
      entries.push([rasKey(Number(code), `fix.${i}`), line]);
    });
  }
  return entries;
}

let built: Catalog | null = null;

export function sourceCatalog(): Catalog {
  built ??= Object.freeze(
    Object.fromEntries([
      ...CHECKLIST.flatMap(stepEntries),
      ...rasEntries(),
      ...VERDICT_TEXT_SOURCE,
      ...engineCatalogEntries(),
    ]),
  );
  return built;
}

let reverse: ReadonlyMap<string, string> | null = null;

/**
 * The key of a declared English sentence, for text that crosses IPC or is stored as English
 * (a result's remediation lines, recordings made before catalogs existed).
 */
export function keyOfDeclaredEnglish(text: string): string | undefined {
  if (!reverse) {
    const map = new Map<string, string>();
    for (const [key, english] of Object.entries(sourceCatalog())) {
      if (!map.has(english)) map.set(english, key);
    }
    reverse = map;
  }
  return reverse.get(text);
}
