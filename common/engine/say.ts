/**
 * A verdict summary said once in English (in the step's `messages`) and carried with its message
 * id and parameters, so the app and the report can show it in the reader's language while JSON
 * outputs keep the English sentence (docs/I18N.md).
 */
import type { StepId } from '../model.js';
import { fillPlaceholders, type MessageParams } from '../i18n/translate.js';
import { formatEnglish } from '../i18n/english-icu.js';

export interface StepMessage {
  id: string;
  params: Record<string, string | number>;
}

export const summaryKey = (step: StepId, name: string): string => `step.${step}.summary.${name}`;

const ICU_CHOICE = /\{\s*\w+\s*,\s*(?:plural|select)\s*,/;

/**
 * Plain `{name}` messages are filled exactly as before plurals came (translate.ts), so the English
 * JSON outputs carry cannot drift; only a message with a plural or select needs ICU's choice.
 */
function inEnglish(text: string, params: MessageParams): string {
  if (!ICU_CHOICE.test(text)) return fillPlaceholders(text, params);
  return formatEnglish(text, params);
}

/** `{ summary, message }` for a Verdict: the English sentence and what translates it. */
export function say<M extends Readonly<Record<string, string>>>(
  step: StepId,
  messages: M,
  name: keyof M & string,
  params: MessageParams = {},
): { summary: string; message: StepMessage } {
  return {
    summary: inEnglish(messages[name] ?? name, params),
    message: { id: summaryKey(step, name), params: { ...params } },
  };
}
