import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  excelSerialToIsoDate,
  formatDateVi,
  isoDate,
  isoDateToExcelSerial,
  isValidIsoDate,
  monthOf,
  weekdayNameVi,
  weekdayOf,
} from '@giaoban/core/calendar';

describe('civil dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2018-02-28', 1)).toBe('2018-03-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2018-01-01', -1)).toBe('2017-12-31');
    expect(addDays('2018-01-15', 30)).toBe('2018-02-14');
  });

  it('knows weekdays (Mon=1 … Sun=7) and their Vietnamese names', () => {
    expect(weekdayOf('2018-02-15')).toBe(4); // Thursday
    expect(weekdayOf('2019-04-14')).toBe(7); // Hùng Kings' day 2019 was a Sunday
    expect(weekdayOf('1900-01-01')).toBe(1); // a Monday
    expect(weekdayNameVi('2018-02-18')).toBe('Chủ nhật');
    expect(weekdayNameVi('2018-02-19')).toBe('Thứ Hai');
    expect(weekdayNameVi('2018-02-24')).toBe('Thứ Bảy');
  });

  it('validates and builds dates', () => {
    expect(isValidIsoDate('2018-02-29')).toBe(false);
    expect(isValidIsoDate('2020-02-29')).toBe(true);
    expect(isValidIsoDate('2018-2-3')).toBe(false);
    expect(isValidIsoDate('15/01/2018')).toBe(false);
    expect(() => isoDate(2018, 2, 31)).toThrow(RangeError);
    expect(isoDate(2018, 2, 5)).toBe('2018-02-05');
  });

  it('handles months and formatting', () => {
    expect(monthOf('2018-02-15')).toBe('2018-02');
    expect(addMonths('2018-01', -1)).toBe('2017-12');
    expect(addMonths('2018-11', 14)).toBe('2020-01');
    expect(formatDateVi('2018-02-05')).toBe('05/02/2018');
    expect(daysBetween('2018-12-15', '2019-12-14')).toBe(364);
  });

  it('converts Excel serials in both date systems', () => {
    // Excel shows 43146 as 15/02/2018 and 1 as 01/01/1900; 60 is the fictitious 29/02/1900.
    expect(excelSerialToIsoDate(43146)).toBe('2018-02-15');
    expect(excelSerialToIsoDate(43146.75)).toBe('2018-02-15');
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(0)).toBeNull();
    expect(excelSerialToIsoDate(Number.NaN)).toBeNull();
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDate(43146 - 1462, true)).toBe('2018-02-15');
    expect(isoDateToExcelSerial('2018-02-15')).toBe(43146);
    expect(isoDateToExcelSerial('1900-03-01')).toBe(61);
  });

  it('round-trips serials and day arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const d = excelSerialToIsoDate(serial)!;
        expect(isoDateToExcelSerial(d)).toBe(serial);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 80_000 }), fc.integer({ min: -1000, max: 1000 }), (a, n) => {
        const d = addDays('1970-01-01', a);
        expect(isValidIsoDate(d)).toBe(true);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(weekdayOf(addDays(d, 7 * n))).toBe(weekdayOf(d));
      }),
    );
  });
});
