import { describe, expect, it } from 'vitest';
import {
  formatHex,
  sameCode,
  toSigned32,
  toUnsigned32,
} from '../../../../../common/engine/parsers/exit-code.js';

describe('exit codes as PowerShell and other recorders store them', () => {
  it("reads wusa's 'not applicable' code the same whether recorded signed or unsigned", () => {
    expect(toUnsigned32(-2145124329)).toBe(2149842967);
    expect(toSigned32(2149842967)).toBe(-2145124329);
    expect(sameCode(-2145124329, 2149842967)).toBe(true);
    expect(sameCode(-2145124329, 0x80240017)).toBe(true);
  });

  it('prints codes in hex the way Microsoft documents them', () => {
    expect(formatHex(-2145124329)).toBe('0x80240017');
    expect(formatHex(2149842967)).toBe('0x80240017');
    expect(formatHex(0x240005)).toBe('0x00240005');
    expect(formatHex(-2147024891)).toBe('0x80070005');
  });

  it('leaves small positive codes such as 3010 or RAS 809 unchanged', () => {
    expect(toUnsigned32(3010)).toBe(3010);
    expect(toSigned32(809)).toBe(809);
    expect(sameCode(3010, 1641)).toBe(false);
  });

  it('wraps values outside 32 bits and treats non-numbers as 0 instead of throwing', () => {
    expect(toUnsigned32(2 ** 32 + 5)).toBe(5);
    expect(toSigned32(0xffffffff)).toBe(-1);
    expect(toUnsigned32(Number.NaN)).toBe(0);
    expect(toUnsigned32(-1)).toBe(4294967295);
  });
});
