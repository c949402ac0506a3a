import { describe, expect, it } from 'vitest';
import { formatEnglish } from '../../../../common/i18n/english-icu.js';

describe('formatEnglish', () => {
  it('fills names, plurals with # and exact matches, and selects', () => {
    const also = 'Uses X.{n, plural, =0 {} other { Also: {others}.}}';
    expect(formatEnglish(also, { n: 0 })).toBe('Uses X.');
    expect(formatEnglish(also, { n: 2, others: 'a, b' })).toBe('Uses X. Also: a, b.');
    const found = '{count, plural, one {# endpoint is} other {# endpoints are}} up';
    expect(formatEnglish(found, { count: 1 })).toBe('1 endpoint is up');
    expect(formatEnglish(found, { count: 8 })).toBe('8 endpoints are up');
    const via = "Microsoft's chain ({via, select, proxy {through {proxy}} other {direct}}), error {code}";
    expect(formatEnglish(via, { via: 'proxy', proxy: 'p:8080', code: 809 })).toBe(
      "Microsoft's chain (through p:8080), error 809",
    );
    expect(formatEnglish(via, { via: 'direct', code: 0 })).toBe("Microsoft's chain (direct), error 0");
  });

  it('keeps tags as text, and a missing value as its placeholder (as plain messages always did)', () => {
    expect(formatEnglish('<UseStartBeforeLogon> in {file}', { file: 'a.xml' })).toBe(
      '<UseStartBeforeLogon> in a.xml',
    );
    expect(formatEnglish('Connected to {connection}.')).toBe('Connected to {connection}.');
  });
});
