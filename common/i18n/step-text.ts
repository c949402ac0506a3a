/**
 * A step's words in the reader's language, at display or export time. What crosses IPC and what
 * sessions store stays English (recordings of every age keep reading the same); each English
 * sentence is looked up by its stable key: the step's own fields by step id, a result's summary by
 * the message id the engine gave it (StepResult.message, docs/CONTRACT-EXTENSIONS.md), and
 * remediation lines by the declared sentence they are. Text no catalog knows stays English.
 */
import type { StepInfo } from '../ipc/contract.js';
import type { StepResult } from '../model.js';
import { keyOfDeclaredEnglish, stepKey } from './source-catalog.js';
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

/** The result's summary and remediation as the reader reads them. */
export function localizeResult(
  result: StepResult,
  tr: Translate,
): Pick<StepResult, 'summary' | 'remediation'> {
  const message = result.message;
  if (!message) {
    return {
      summary: localizeLine(result.summary, tr),
      remediation: result.remediation.map((line) => localizeLine(line, tr)),
    };
  }
  // A parameter may itself be a declared sentence (a RAS error's meaning).
  const params = Object.fromEntries(
    Object.entries(message.params).map(([k, v]) => [k, typeof v === 'string' ? localizeLine(v, tr) : v]),
  );
  return {
    summary: tr(message.id, result.summary, params),
    remediation: result.remediation.map((line) => localizeLine(line, tr)),
  };
}
