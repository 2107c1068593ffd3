import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  briefingDate,
  briefingDates,
  createWorkCalendar,
  holidaysOf,
  isoDate,
  tetDate,
  weekdayOf,
  type DateRule,
} from '@giaoban/core/calendar';

const dates = (year: number, pred: (name: string) => boolean = () => true) =>
  holidaysOf(year).filter((h) => h.kind === 'off' && pred(h.name)).map((h) => h.date);

describe('holidays', () => {
  it('uses the announced Tết break instead of the statute', () => {
    const tet2018 = holidaysOf(2018).filter((h) => h.name === 'Tết Nguyên Đán');
    expect(tet2018.map((h) => h.date)).toEqual(['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-17', '2018-02-18', '2018-02-19', '2018-02-20']);
    expect(new Set(tet2018.map((h) => h.source))).toEqual(new Set(['decree']));
    const spec: [number, string, string][] = [
      [2017, '2017-01-26', '2017-02-01'], [2019, '2019-02-02', '2019-02-10'], [2020, '2020-01-23', '2020-01-29'],
      [2021, '2021-02-10', '2021-02-16'], [2022, '2022-01-29', '2022-02-06'], [2023, '2023-01-20', '2023-01-26'],
      [2024, '2024-02-08', '2024-02-14'], [2025, '2025-01-25', '2025-02-02'], [2026, '2026-02-14', '2026-02-22'],
    ];
    for (const [y, from, to] of spec) {
      const tet = holidaysOf(y).filter((h) => h.name === 'Tết Nguyên Đán').map((h) => h.date);
      expect(tet[0], String(y)).toBe(from);
      expect(tet.at(-1), String(y)).toBe(to);
    }
  });

  it('estimates Tết by rule where no decree is known: last day of the lunar year + 4 days, with compensatory days', () => {
    // Tết 2030 is Saturday 2 Feb: 1–5 Feb off, Sat 2 and Sun 3 give two compensatory days (6, 7 Feb).
    const tet = holidaysOf(2030).filter((h) => h.name.includes('Tết Nguyên Đán'));
    expect(tet.map((h) => h.date)).toEqual(['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07']);
    expect(tet.every((h) => h.source === 'estimate')).toBe(true);
    expect(tet[0]!.name).toBe('Tết Nguyên Đán (29 tháng Chạp)');
    expect(tet[5]!.name).toBe('Nghỉ bù Tết Nguyên Đán');
    expect(tet[0]!.date).toBe(addDays(tetDate(2030), -1));
  });

  it('gives National Day 1 day before 2021 and 2 days since (decrees for 2021–2024)', () => {
    expect(dates(2019, (n) => n.includes('Quốc khánh'))).toEqual(['2019-09-02']);
    // 2 Sep 2018 was a Sunday: compensatory Monday 3 Sep.
    expect(dates(2018, (n) => n.includes('Quốc khánh'))).toEqual(['2018-09-02', '2018-09-03']);
    expect(dates(2022, (n) => n.includes('Quốc khánh'))).toEqual(['2022-09-01', '2022-09-02', '2022-09-03', '2022-09-04']);
    expect(dates(2024, (n) => n.includes('Quốc khánh'))).toEqual(['2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03']);
    // No announcement for 2032: 2 Sep (Thursday) by statute; the estimated adjacent day is Friday 3 Sep,
    // the one that joins the weekend (as announced for 2021, also a Thursday).
    const nd2032 = holidaysOf(2032).filter((h) => h.name.includes('Quốc khánh'));
    expect(nd2032.map((h) => [h.date, h.source])).toEqual([['2032-09-02', 'rule'], ['2032-09-03', 'estimate']]);
  });

  it('adds compensatory days for fixed holidays on weekends (Art. 111(3))', () => {
    // Hùng Kings 2019 fell on Sunday 14 April: Monday 15 April off.
    expect(holidaysOf(2019).find((h) => h.date === '2019-04-15')?.name).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    // 30 April and 1 May 2022 were Saturday and Sunday: Monday 2 and Tuesday 3 May off.
    expect(dates(2022).filter((d) => d.startsWith('2022-05') || d === '2022-04-30')).toEqual(['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03']);
    // 1 January 2017 was a Sunday.
    expect(holidaysOf(2017).find((h) => h.date === '2017-01-02')?.name).toBe('Nghỉ bù Tết Dương lịch');
    // With Sunday as the only weekly day off, a Saturday holiday earns nothing.
    const sundayOnly = holidaysOf(2022, { weeklyDaysOff: [7] }).filter((h) => h.date.startsWith('2022-05'));
    expect(sundayOnly.map((h) => h.date)).toEqual(['2022-05-01', '2022-05-02']);
  });

  it('follows the Labour Code eras: no Hùng Kings day before 2007, Tết 4 days before 2013', () => {
    expect(dates(2006, (n) => n.includes('Hùng'))).toEqual([]);
    expect(dates(2007, (n) => n.includes('Hùng'))).toEqual(['2007-04-26']);
    // Tết 2010 = Sunday 14 Feb: 13–16 Feb by rule (4 days), Sat/Sun give 17, 18 Feb.
    expect(dates(2010, (n) => n.includes('Tết Nguyên Đán'))).toEqual(['2010-02-13', '2010-02-14', '2010-02-15', '2010-02-16', '2010-02-17', '2010-02-18']);
  });

  it('lets workbook overrides win over rules and decrees', () => {
    const hs = holidaysOf(2018, {
      overrides: [
        { date: '2018-02-20', name: 'Trực Tết', kind: 'workday' },
        { date: '2018-02-24', name: 'Làm bù Tết', kind: 'workday' },
        { date: '2018-03-16', name: 'Nghỉ đột xuất', kind: 'off' },
        { date: '2019-01-02', name: 'other year', kind: 'off' },
      ],
    });
    expect(hs.find((h) => h.date === '2018-02-20')).toEqual({ date: '2018-02-20', name: 'Trực Tết', kind: 'workday', source: 'workbook' });
    expect(hs.find((h) => h.date === '2018-03-16')?.source).toBe('workbook');
    expect(hs.some((h) => h.date === '2019-01-02')).toBe(false);
    const cal = createWorkCalendar({ overrides: [{ date: '2018-02-24', name: 'Làm bù', kind: 'workday' }] });
    expect(cal.isWorkingDay('2018-02-24')).toBe(true); // a Saturday decreed to be worked
    expect(cal.isWorkingDay('2018-02-25')).toBe(false);
  });

  it('has one sorted entry per day for every year 1900–2100', () => {
    for (let y = 1900; y <= 2100; y++) {
      const hs = holidaysOf(y);
      const ds = hs.map((h) => h.date);
      expect(ds).toEqual([...new Set(ds)].sort());
      expect(ds.every((d) => d.startsWith(String(y)))).toBe(true);
      expect(ds).toContain(isoDate(y, 1, 1));
    }
    expect(() => holidaysOf(1899)).toThrow(RangeError);
  });
});

describe('briefing dates', () => {
  it('moves 1 January 1900 back into December 1899 by "preceding" (fast-check seed 122181563), knowing only weekends there', () => {
    const b = briefingDate('1900-01', { day: 1, rule: 'preceding' });
    expect(b).toMatchObject({ nominal: '1900-01-01', date: '1899-12-29', moved: true });
    expect(weekdayOf(b.date)).toBe(5);
    expect(b.reason).toContain('Tết Dương lịch');
  });

  it('moves February 2018 out of the decreed Tết break, naming it', () => {
    const b = briefingDate('2018-02');
    expect(b).toMatchObject({ month: '2018-02', nominal: '2018-02-15', date: '2018-02-21', moved: true });
    expect(b.reason).toContain('15/02/2018');
    expect(b.reason).toContain('Tết Nguyên Đán');
    expect(b.reason).toContain('21/02/2018');
    expect(b.reasonEn).toContain('Lunar New Year');
  });

  it('names the weekend and keeps working days', () => {
    const sep = briefingDate('2018-09');
    expect(sep.date).toBe('2018-09-17');
    expect(sep.reason).toContain('Thứ Bảy');
    expect(briefingDate('2018-03')).toEqual({ month: '2018-03', nominal: '2018-03-15', date: '2018-03-15', moved: false, reason: null, reasonEn: null });
  });

  it('applies the five rules', () => {
    // 15 Sep 2018 is a Saturday.
    const r = (rule: DateRule, month = '2018-09', day = 15) => briefingDate(month, { rule, day }).date;
    expect(r('following')).toBe('2018-09-17');
    expect(r('preceding')).toBe('2018-09-14');
    expect(r('none')).toBe('2018-09-15');
    // 28 Apr 2018 is a Saturday; 30 Apr and 1 May are holidays: following leaves April.
    expect(r('following', '2018-04', 28)).toBe('2018-05-02');
    expect(r('modified-following', '2018-04', 28)).toBe('2018-04-27');
    // 1 Sep 2019 is a Sunday, 2 Sep a holiday; preceding leaves September.
    expect(r('preceding', '2019-09', 1)).toBe('2019-08-30');
    expect(r('modified-preceding', '2019-09', 1)).toBe('2019-09-03');
    expect(briefingDate('2019-09', { rule: 'modified-preceding', day: 1 }).reason).toContain('tháng trước');
  });

  it('honours the configured weekly days off and nominal day', () => {
    expect(briefingDate('2018-09', { weeklyDaysOff: [7] }).date).toBe('2018-09-15'); // Saturday is worked
    expect(briefingDate('2018-09', { day: 10 }).date).toBe('2018-09-10');
    expect(() => briefingDate('2018-09', { day: 29 })).toThrow(RangeError);
    expect(() => briefingDate('2018-13')).toThrow(RangeError);
  });

  it('returns 12 dates a year', () => {
    const bs = briefingDates(2018);
    expect(bs.map((b) => b.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}`));
    expect(bs[1]!.date).toBe('2018-02-21');
  });

  const arbMonth = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);
  const arbOpts = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    rule: fc.constantFrom<DateRule>('following', 'preceding', 'modified-following', 'modified-preceding'),
    weeklyDaysOff: fc.constantFrom([6, 7], [7], [5, 6], [1, 7]),
  });

  it('adjusted dates are working days; modified rules stay in the month (property)', () => {
    fc.assert(
      fc.property(arbMonth, arbOpts, (month, opts) => {
        const b = briefingDate(month, opts);
        const cal = createWorkCalendar(opts);
        expect(cal.isWorkingDay(b.date)).toBe(true);
        expect(b.moved).toBe(b.date !== b.nominal);
        if (b.moved) expect(b.reason).toMatch(/Dời sang/);
        if (opts.rule.startsWith('modified-')) expect(b.date.slice(0, 7)).toBe(month);
        if (opts.rule === 'following') expect(b.date >= b.nominal).toBe(true);
        if (opts.rule === 'preceding') expect(b.date <= b.nominal).toBe(true);
        // No working day is skipped between the nominal and the chosen date.
        const step = b.date >= b.nominal ? 1 : -1;
        for (let d = b.nominal; d !== b.date; d = addDays(d, step)) expect(cal.isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('every month 1900–2100 has a briefing date (property over years)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (y) => {
        const bs = briefingDates(y);
        expect(bs).toHaveLength(12);
        for (const b of bs) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(b.date));
      }),
      { numRuns: 60 },
    );
  });
});
