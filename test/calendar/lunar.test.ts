import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  formatLunarDate,
  fromLunar,
  leapMonthOf,
  lunarMonthLength,
  tetDate,
  toLunar,
} from '@giaoban/core/calendar';
import { EXPECTED_VIETNAMESE_HUNG_KINGS, EXPECTED_VIETNAMESE_TET } from './fixtures/publishedVietnameseDates.js';

// Published Vietnamese dates of Tết and Hùng Kings' day (10/3 lunar), 2017–2026.
const PUBLISHED_DATES: [number, string, string][] = [
  [2017, '2017-01-28', '2017-04-06'],
  [2018, '2018-02-16', '2018-04-25'],
  [2019, '2019-02-05', '2019-04-14'],
  [2020, '2020-01-25', '2020-04-02'],
  [2021, '2021-02-12', '2021-04-21'],
  [2022, '2022-02-01', '2022-04-10'],
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
];

describe('Vietnamese lunar calendar', () => {
  it.each(PUBLISHED_DATES)('matches the published dates for %i', (year, tet, hung) => {
    expect(tetDate(year)).toBe(tet);
    expect(fromLunar({ year, month: 3, day: 10, leap: false })).toBe(hung);
    expect(toLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(toLunar(hung)).toEqual({ year, month: 3, day: 10, leap: false });
  });

  it('uses UTC+7 where Vietnam differs from China (1985, 2007, 2030)', () => {
    expect(tetDate(1985)).toBe('1985-01-21'); // China: 20 Feb
    expect(tetDate(2007)).toBe('2007-02-17'); // China: 18 Feb
    expect(tetDate(2030)).toBe('2030-02-02'); // China: 3 Feb
    expect(toLunar('2007-02-18')).toEqual({ year: 2007, month: 1, day: 2, leap: false });
    // The switch: 1968's Tết (Mậu Thân) was 29 Jan in the North at UTC+7, 30 Jan at UTC+8.
    expect(tetDate(1968)).toBe('1968-01-29');
  });

  it('matches the published Tết dates 1901–2100', () => {
    const wrong = EXPECTED_VIETNAMESE_TET.filter(([y, d]) => tetDate(y) !== d).map(([y, d]) => `${y}: ${d} ≠ ${tetDate(y)}`);
    expect(wrong).toEqual([]);
    expect(EXPECTED_VIETNAMESE_TET.length).toBe(200);
  });

  it('matches the published Hùng Kings days 1901–2100', () => {
    const ours = (y: number) => fromLunar({ year: y, month: 3, day: 10, leap: false });
    const wrong = EXPECTED_VIETNAMESE_HUNG_KINGS.filter(([y, d]) => ours(y) !== d).map(([y, d]) => `${y}: ${d} ≠ ${ours(y)}`);
    expect(wrong).toEqual([]);
  });

  it('places leap months by the no-principal-term rule', () => {
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2018)).toBeNull();
    // 2033: the famous leap 11th month.
    expect(leapMonthOf(2033)).toBe(11);
    expect(toLunar('2020-05-23')).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(fromLunar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
    expect(fromLunar({ year: 2020, month: 4, day: 1, leap: false })).toBe('2020-04-23');
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => fromLunar({ year: 2018, month: 4, day: 1, leap: true })).toThrow(RangeError);
    expect(() => fromLunar({ year: 2018, month: 13, day: 1, leap: false })).toThrow(RangeError);
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => lunarMonthLength(2018, m) === 29)!;
    expect(() => fromLunar({ year: 2018, month: short, day: 30, leap: false })).toThrow(RangeError);
    expect(() => tetDate(1700)).toThrow(RangeError);
  });

  it('says a solar day the calendar lacks does not exist, not that its form is wrong', () => {
    const err = (f: () => unknown): { code: string; vi: string; en: string } => {
      try {
        f();
      } catch (e) {
        return e as { code: string; vi: string; en: string };
      }
      throw new Error('did not throw');
    };
    const feb30 = err(() => toLunar('2026-02-30'));
    expect(feb30).toBeInstanceOf(RangeError);
    expect(feb30.code).toBe('date.invalid');
    expect(feb30.vi).toBe('Ngày 30/02/2026 không có trong lịch (tháng 2/2026 có 28 ngày)');
    expect(feb30.en).toBe('30/02/2026 does not exist (2/2026 has 28 days)');
    expect(err(() => toLunar('2024-02-30')).vi).toContain('tháng 2/2024 có 29 ngày');
    expect(err(() => toLunar('2026-13-01')).vi).toBe('Ngày "2026-13-01" không có trong lịch (không có tháng 13)');
    // A string of the wrong form is still named as such.
    expect(err(() => toLunar('30/02/2026')).vi).toBe('Ngày không hợp lệ: "30/02/2026" (cần dạng YYYY-MM-DD)');
  });

  it('formats lunar dates in Vietnamese and English', () => {
    expect(formatLunarDate({ year: 2018, month: 1, day: 1, leap: false })).toBe('ngày 1 tháng Giêng năm Mậu Tuất (2018)');
    expect(formatLunarDate({ year: 2020, month: 4, day: 3, leap: true }, 'en')).toBe('day 3 of leap month 4, year Canh Tý (2020)');
    expect(formatLunarDate({ year: 2007, month: 12, day: 30, leap: false })).toContain('tháng Chạp năm Đinh Hợi');
  });

  const solarDay = fc.integer({ min: 0, max: 73_049 }).map((n) => addDays('1900-02-01', n)); // 1900-02-01 … 2100-02-01

  it('round-trips solar → lunar → solar over 1900–2100 (property)', () => {
    fc.assert(
      fc.property(solarDay, (d) => {
        expect(fromLunar(toLunar(d))).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips lunar → solar → lunar (property)', () => {
    const lunar = fc.record({
      year: fc.integer({ min: 1901, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    });
    fc.assert(
      fc.property(lunar, (l) => {
        let solar: string;
        try {
          solar = fromLunar(l);
        } catch (e) {
          expect(e).toBeInstanceOf(RangeError);
          expect(l.day === 30 || (l.leap && leapMonthOf(l.year) !== l.month)).toBe(true);
          return;
        }
        expect(toLunar(solar)).toEqual(l);
      }),
      { numRuns: 2000 },
    );
  });

  it('has 29- or 30-day months and 12 or 13 months a year, 1900–2100', () => {
    for (let y = 1901; y <= 2100; y++) {
      const next = tetDate(y + 1);
      const yearDays = daysBetween(tetDate(y), next);
      const leap = leapMonthOf(y);
      const months = leap ? 13 : 12;
      expect(yearDays, `year ${y}`).toBe(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].reduce((s, m) => s + lunarMonthLength(y, m)!, 0) + (leap ? lunarMonthLength(y, leap, true)! : 0),
      );
      expect(months === 12 ? [353, 354, 355] : [383, 384, 385], `year ${y} has ${yearDays} days`).toContain(yearDays);
      for (let m = 1; m <= 12; m++) expect([29, 30]).toContain(lunarMonthLength(y, m));
    }
  });

  it('counts days consecutively within a lunar month (property)', () => {
    fc.assert(
      fc.property(solarDay, (d) => {
        const a = toLunar(d);
        const b = toLunar(addDays(d, 1));
        if (b.day !== 1) expect(b).toEqual({ ...a, day: a.day + 1 });
        else expect([29, 30]).toContain(a.day);
      }),
      { numRuns: 2000 },
    );
  });
});
