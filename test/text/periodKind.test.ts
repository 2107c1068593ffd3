// Period kinds as clerks type them (used by GIAOBAN.KYBAOCAO), and Excel serials in the 1904 date system.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { excelSerialToIsoDate, isoDateToExcelSerial, parsePeriodKind } from '@giaoban/core';

describe('parsePeriodKind', () => {
  it('reads the codes and the Vietnamese words, with or without accents, in any case', () => {
    const cases: [string, string | null][] = [
      ['month', 'month'], ['Tháng', 'month'], ['THANG', 'month'],
      ['quarter', 'quarter'], ['Quý', 'quarter'], ['QUÝ', 'quarter'], ['quy', 'quarter'],
      ['half', 'half'], ['6 tháng', 'half'], ['6 THÁNG', 'half'], ['Nửa năm', 'half'],
      ['nine-months', 'nine-months'], ['9 tháng', 'nine-months'],
      ['year', 'year'], ['Năm', 'year'], ['nam', 'year'],
      ['tuần', null], ['', null], ['quý 2', null],
    ];
    for (const [word, kind] of cases) expect(parsePeriodKind(word), word).toBe(kind);
  });
});

describe('isoDateToExcelSerial in the 1904 system', () => {
  it('1904-01-01 is 0 and every date is 1,462 less than in the 1900 system (from March 1900)', () => {
    expect(isoDateToExcelSerial('1904-01-01', true)).toBe(0);
    expect(isoDateToExcelSerial('2018-02-15', true)).toBe(43146 - 1462);
    fc.assert(
      fc.property(fc.date({ min: new Date('1904-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const s = isoDateToExcelSerial(iso, true);
        expect(s).toBe(isoDateToExcelSerial(iso) - 1462);
        expect(excelSerialToIsoDate(s, true)).toBe(iso);
      }),
    );
  });
});
