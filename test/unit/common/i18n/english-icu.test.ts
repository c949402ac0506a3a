/** The engine's English ICU subset says what intl-messageformat says for the same message. */
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatEnglish } from '../../../../common/i18n/english-icu.js';
import type { MessageParams } from '../../../../common/i18n/translate.js';

const icu = (text: string, params: MessageParams): string =>
  String(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).format(params));

describe('formatEnglish', () => {
  const cases: [string, MessageParams][] = [
    [
      '{count, plural, one {# registration shares} other {# registrations share}} serial {serial}.',
      { count: 1, serial: 'X1' },
    ],
    [
      '{count, plural, one {# registration shares} other {# registrations share}} serial {serial}.',
      { count: 3, serial: 'X1' },
    ],
    ['{count, plural, =0 {none} one {# item} other {# items}}', { count: 0 }],
    ['{count, plural, one {# item} other {# items}}', { count: 1234 }],
    [
      'Registered{tagged, select, yes { (group tag {groupTag})} other {}}: ok.',
      { tagged: 'yes', groupTag: 'Sales' },
    ],
    [
      'Registered{tagged, select, yes { (group tag {groupTag})} other {}}: ok.',
      { tagged: 'no', groupTag: '' },
    ],
    [
      "The device's events say {x}; '{literal}' and it''s {n, plural, one {'#' #} other {'#' #}}",
      { x: 'y', n: 2 },
    ],
  ];
  it.each(cases)('%s with %o', (text, params) => {
    expect(formatEnglish(text, params)).toBe(icu(text, params));
  });

  it('fills a plain number as is, as the English summaries always did', () => {
    expect(formatEnglish('exit code {code}', { code: 3010 })).toBe('exit code 3010');
  });

  it('refuses what it does not know rather than saying it wrong', () => {
    expect(() => formatEnglish('{d, date, short}', { d: 1 })).toThrow(/Unsupported/);
    expect(() => formatEnglish('text } more', {})).toThrow(/Unmatched/);
  });
});
