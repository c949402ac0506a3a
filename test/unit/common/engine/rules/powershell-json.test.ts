import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  normalisePowerShellValue,
  readPowerShellJson,
} from '../../../../../common/engine/rules/powershell-json.js';

const Item = z.object({ Name: z.string(), When: z.string().nullish() });

describe('reading structured probe output', () => {
  it('wraps a single object where the contract expects an array (Windows PowerShell unwrapping)', () => {
    expect(readPowerShellJson('{"Name":"a"}', z.array(Item), 'array')).toEqual({
      ok: true,
      value: [{ Name: 'a' }],
    });
  });

  it('reads empty output and null as an empty array', () => {
    expect(readPowerShellJson('', z.array(Item), 'array')).toEqual({ ok: true, value: [] });
    expect(readPowerShellJson('null', z.array(Item), 'array')).toEqual({ ok: true, value: [] });
  });

  it('unwraps the {value, Count} form of an array', () => {
    expect(
      readPowerShellJson('{"value":[{"Name":"a"},{"Name":"b"}],"Count":2}', z.array(Item), 'array'),
    ).toMatchObject({
      ok: true,
      value: [{ Name: 'a' }, { Name: 'b' }],
    });
  });

  it('converts "/Date(ms)/" dates, plain or wrapped with DateTime, to ISO-8601', () => {
    expect(normalisePowerShellValue('/Date(1767225600000)/')).toBe('2026-01-01T00:00:00.000Z');
    expect(normalisePowerShellValue('/Date(1767225600000+0100)/')).toBe('2026-01-01T00:00:00.000Z');
    expect(
      normalisePowerShellValue({ value: '/Date(1767225600000)/', DateTime: 'Thursday, January 1, 2026' }),
    ).toBe('2026-01-01T00:00:00.000Z');
    const parsed = readPowerShellJson(
      '[{"Name":"a","When":"\\/Date(1767225600000)\\/"}]',
      z.array(Item),
      'array',
    );
    expect(parsed).toEqual({ ok: true, value: [{ Name: 'a', When: '2026-01-01T00:00:00.000Z' }] });
  });

  it('explains output that is not JSON or not the expected shape', () => {
    expect(readPowerShellJson('WARNING: something', Item, 'object')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not JSON'),
    });
    expect(readPowerShellJson('{"Name": 3}', Item, 'object')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Name'),
    });
    expect(readPowerShellJson('', Item, 'object')).toMatchObject({
      ok: false,
      reason: 'the probe printed nothing',
    });
  });

  it('reads output that starts with a byte order mark', () => {
    expect(readPowerShellJson('\uFEFF{"Name":"a"}', Item, 'object')).toEqual({
      ok: true,
      value: { Name: 'a' },
    });
  });
});

describe('hostile nesting', () => {
  it('says "output nested too deeply" for 10,000 nested arrays instead of a stack overflow', () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    const outcome = readPowerShellJson(deep, z.array(z.unknown()), 'array');
    expect(outcome).toEqual({ ok: false, reason: 'output nested too deeply' });
  });
});
