/**
 * A step's words in the reader's language, at display or export time. What crosses IPC and what
 * sessions store stays English (recordings of every age keep reading the same); each English
 * sentence is looked up by its stable key: the step's own fields by step id, a result's summary by
 * the message id the engine gave it (StepResult.message, docs/CONTRACT-EXTENSIONS.md), and
 * remediation lines by the declared sentence they are. Text no catalog knows stays English.
 */
import type { StepInfo } from '../ipc/contract.js';
import type { ResultMessage, StepResult } from '../model.js';
import { localizeSaidDetails } from './detail-text.js';
import { inEnglish } from '../engine/say.js';
import { LOCALE_KEY } from '../engine/engine-messages.js';
import { keyOfDeclaredEnglish, sourceCatalog, stepKey } from './source-catalog.js';
import type { Translate } from './translate.js';

export function localizeStepInfo(info: StepInfo, tr: Translate): StepInfo {
  const field = (name: string, english: string): string => tr(stepKey(info.id, name), english);
  const action = info.action;
  return {
    ...info,
    title: field('title', info.title),
    instructions: field('instructions', info.instructions),
    why: field('why', info.why),
    source: { ...info.source, section: field('source', info.source.section) },
    ...(action
      ? {
          action: {
            ...action,
            button: field('action.button', action.button),
            dialogTitle: field('action.dialogTitle', action.dialogTitle),
            confirmLabel: field('action.confirmLabel', action.confirmLabel),
            // The `{"vpnConnection"}` placeholders are filled later by actionConfirmText.
            confirm: field('action.confirm', action.confirm),
            whenMissing: Object.fromEntries(
              Object.entries(action.whenMissing).map(([input, text]) => [
                input,
                field(`action.whenMissing.${input}`, text),
              ]),
            ),
          },
        }
      : {}),
  };
}

/** A declared sentence (remediation, RAS fix) in the reader's language; other text unchanged. */
export function localizeLine(line: string, tr: Translate): string {
  const key = keyOfDeclaredEnglish(line);
  return key ? tr(key, line) : line;
}

/** The reader's language, for joining lists (every catalog names its own; English by default). */
function localeOf(tr: Translate): string {
  const tag = tr(LOCALE_KEY, 'en');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A message in the reader's language, its nested messages first. A string or number parameter is
 * data (a name, a code, what the device said) and is never translated, even when it happens to
 * read like a declared word ("on", "hidden"): words the engine means are nested messages.
 * `english` is the fallback when no catalog knows the id (a recording newer than the app), else
 * the English the source catalog declares.
 */
export function localizeMessage(message: ResultMessage, tr: Translate, english?: string): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    if (typeof value === 'number' || typeof value === 'string') params[name] = value;
    else if (Array.isArray(value)) {
      const items = value.map((item) => (typeof item === 'string' ? item : localizeMessage(item, tr)));
      params[name] = new Intl.ListFormat(localeOf(tr), { type: 'unit', style: 'long' }).format(items);
    } else params[name] = localizeMessage(value, tr);
  }
  const declared = sourceCatalog()[message.id];
  return tr(message.id, english ?? (declared ? inEnglish(declared, params) : message.id), params);
}

/** The result's summary and remediation as the reader reads them. */
export function localizeResult(
  result: StepResult,
  tr: Translate,
): Pick<StepResult, 'summary' | 'remediation'> {
  // Built lines carry their messages in parallel; a recording whose arrays disagree is read by English.
  const built =
    result.remediationMessages?.length === result.remediation.length ? result.remediationMessages : [];
  const remediation = result.remediation.map((line, i) => {
    const message = built[i];
    return message ? localizeMessage(message, tr, line) : localizeLine(line, tr);
  });
  return {
    summary: result.message
      ? localizeMessage(result.message, tr, result.summary)
      : localizeLine(result.summary, tr),
    remediation,
  };
}

/** The result's details with the English the engine said by id in the reader's language. */
export function localizeDetails(
  result: Pick<StepResult, 'details' | 'detailMessages'>,
  tr: Translate,
): Record<string, unknown> {
  return localizeSaidDetails(result, (message, english) => localizeMessage(message, tr, english));
}
