/**
 * One A1 module: the core's workbook/a1 is the only place column
 * letters and A1 ranges are made or read; the package layer, the add-in and
 * its fake use it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxA1, columnLetter, columnNumber, MAX_SHEET_COLS, parseA1Range, sheetRef, toA1, tryParseA1, tryParseA1Range } from '@giaoban/core';
import { parseBox, topLeftOf } from '../../addin/src/excel/addresses.js';
import { colLetters } from '../../addin/test-support/fakeExcel.js';

describe('the one A1 vocabulary', () => {
  it('columnNumber inverts columnLetter over the whole sheet, and refuses past XFD', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_SHEET_COLS }), (c) => columnNumber(columnLetter(c)) === c && columnNumber(columnLetter(c).toLowerCase()) === c));
    expect([columnNumber('XFD'), columnNumber('XFE'), columnNumber('A1'), columnNumber('')]).toEqual([16_384, null, null, null]);
  });

  it('tryParseA1 and tryParseA1Range say null where the throwing versions throw', () => {
    for (const bad of ['A0', 'XFE1', 'A1048577', '1A', 'Sổ!A1', 'A1:B2:C3', 'A1:']) {
      expect(bad.includes(':') || bad.includes('!') ? tryParseA1Range(bad) : tryParseA1(bad)).toBeNull();
      expect(() => parseA1Range(bad)).toThrow(RangeError);
    }
    expect(tryParseA1Range('$C$12:a1')).toEqual({ top: 1, left: 1, bottom: 12, right: 3 });
  });

  it('boxA1 and sheetRef write what Excel reads', () => {
    expect(boxA1(2, 1, 3, 28)).toBe('A2:AB4');
    expect(boxA1(1, 16_384, 1_048_576, 1)).toBe('XFD1:XFD1048576');
    expect([sheetRef('Tổng hợp'), sheetRef("Lan's list"), sheetRef('A1')]).toEqual(["'Tổng hợp'", "'Lan''s list'", "'A1'"]);
  });

  it('the add-in reads Office addresses with their sheet part through the core', () => {
    expect(parseBox("'Sổ theo dõi'!B3:K120")).toEqual({ row: 3, col: 2, rows: 118, cols: 10 });
    expect(parseBox("'Lan''s!list'!$D$4")).toEqual({ row: 4, col: 4, rows: 1, cols: 1 });
    expect(topLeftOf('Data!K120:B3')).toEqual({ row: 3, col: 2 });
    expect(topLeftOf('Data!#REF!')).toEqual({ row: 1, col: 1 });
  });

  it("the fake's 0-based letters are the core's, shifted by one", () => {
    expect([colLetters(0), colLetters(27), colLetters(16_383)]).toEqual(['A', 'AB', 'XFD']);
    expect(() => colLetters(16_384)).toThrow(RangeError);
    expect(toA1(1, 1)).toBe('A1');
  });
});
