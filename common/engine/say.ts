/**
 * A verdict summary said once in English (in the step's `messages`) and carried with its message
 * id and parameters, so the app and the report can show it in the reader's language while JSON
 * outputs keep the English sentence (docs/I18N.md).
 */
import type { ResultMessage, StepId } from '../model.js';
import { fillPlaceholders, type MessageParams } from '../i18n/translate.js';
import { formatEnglish } from '../i18n/english-icu.js';

/**
 * A parameter is a value (a name, a count, data the device gave) or words the engine built: a
 * nested message, or a list of them the reader's language joins (step-text.ts#localizeResult).
 */
export type StepMessage = ResultMessage;
export type MessageParam = StepMessage['params'][string];

/** What say() gives: the English sentence (for JSON) and the message that translates it. */
export interface Said {
  summary: string;
  message: StepMessage;
}

/**
 * Said sentences (or data: a port, a name) as one parameter; `separator` joins their English as
 * JSON has always read it, the reader's language joins the translations its own way.
 */
export interface SaidList {
  items: readonly (Said | string)[];
  separator: string;
}

export type SayParam = string | number | Said | SaidList;

export const listOf = (items: readonly (Said | string)[], separator = ', '): SaidList => ({
  items,
  separator,
});

const isList = (value: SayParam): value is SaidList => typeof value === 'object' && 'items' in value;

export const summaryKey = (step: StepId, name: string): string => `step.${step}.summary.${name}`;

const ICU_CHOICE = /\{\s*\w+\s*,\s*(?:plural|select)\s*,/;

/**
 * Plain `{name}` messages are filled exactly as before plurals came (translate.ts), so the English
 * JSON outputs carry cannot drift; only a message with a plural or select needs ICU's choice.
 */
export function inEnglish(text: string, params: MessageParams): string {
  if (!ICU_CHOICE.test(text)) return fillPlaceholders(text, params);
  return formatEnglish(text, params);
}

/** The English of each parameter, and what the message carries for it. */
export function splitParams(params: Readonly<Record<string, SayParam>>): {
  english: MessageParams;
  carried: Record<string, MessageParam>;
} {
  const english: Record<string, string | number> = {};
  const carried: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'object') {
      english[name] = value;
      carried[name] = value;
    } else if (isList(value)) {
      english[name] = value.items
        .map((item) => (typeof item === 'string' ? item : item.summary))
        .join(value.separator);
      carried[name] = value.items.map((item) => (typeof item === 'string' ? item : item.message));
    } else {
      english[name] = value.summary;
      carried[name] = value.message;
    }
  }
  return { english, carried };
}

/** A sentence by its catalog id: the English filled in, and the message that translates it. */
export function sayById(id: string, english: string, params: Readonly<Record<string, SayParam>> = {}): Said {
  const split = splitParams(params);
  return { summary: inEnglish(english, split.english), message: { id, params: split.carried } };
}

/** `{ summary, message }` for a Verdict: the English sentence and what translates it. */
export function say<M extends Readonly<Record<string, string>>>(
  step: StepId,
  messages: M,
  name: keyof M & string,
  params: Readonly<Record<string, SayParam>> = {},
): Said {
  return sayById(summaryKey(step, name), messages[name] ?? name, params);
}

/**
 * Remediation built for one verdict: the English lines (JSON) and, in parallel, the message of
 * each line said with say() (null for a declared sentence, found by its English).
 */
export function remediate(lines: readonly (string | Said)[]): {
  remediation: string[];
  remediationMessages?: (StepMessage | null)[];
} {
  const remediation = lines.map((line) => (typeof line === 'string' ? line : line.summary));
  if (lines.every((line) => typeof line === 'string')) return { remediation };
  return {
    remediation,
    remediationMessages: lines.map((line) => (typeof line === 'string' ? null : line.message)),
  };
}

/** Another step named by its title, in the reader's language (catalog key `step.<id>.title`). */
export const stepTitle = (step: { id: StepId; title: string }): Said =>
  sayById(`step.${step.id}.title`, step.title);
