/**
 * A summary's English, filled as every catalog reads it: ICU MessageFormat (plurals, selects), tags
 * ignored like i18next-icu does, so `<UseStartBeforeLogon>` is text. A message with only `{name}`
 * placeholders reads the same as fillPlaceholders (a plain `{code}` prints 809 as "809"; only a
 * plural's `#` is formatted as a number).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageParams } from './translate.js';

const compiled = new Map<string, IntlMessageFormat>();

export function formatEnglish(message: string, params: MessageParams = {}): string {
  let format = compiled.get(message);
  if (!format) {
    format = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true });
    compiled.set(message, format);
  }
  return String(format.format({ ...params }));
}
