import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnLetter, parseA1, parseA1Range, toA1 } from '@giaoban/core';

describe('A1 addresses', () => {
  it('names columns the way Excel does', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(columnLetter(52)).toBe('AZ');
    expect(columnLetter(703)).toBe('AAA');
    expect(columnLetter(16384)).toBe('XFD');
    expect(toA1(12, 3)).toBe('C12');
  });

  it('parses absolute and lower-case addresses and ranges', () => {
    expect(parseA1('$AB$7')).toEqual({ row: 7, col: 28 });
    expect(parseA1('xfd1048576')).toEqual({ row: 1048576, col: 16384 });
    expect(parseA1Range('E4:K4')).toEqual({ top: 4, left: 5, bottom: 4, right: 11 });
    expect(parseA1Range('B5:A4')).toEqual({ top: 4, left: 1, bottom: 5, right: 2 });
  });

  it('rejects addresses outside the sheet or malformed', () => {
    for (const bad of ['A0', 'XFE1', 'A1048577', '1A', '', 'A1:B2:C3']) {
      expect(() => (bad.includes(':') ? parseA1Range(bad) : parseA1(bad))).toThrow(RangeError);
    }
    expect(() => toA1(0, 1)).toThrow(RangeError);
    expect(() => columnLetter(16385)).toThrow(RangeError);
  });

  it('round-trips every cell of the sheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }), (row, col) => {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });
});
