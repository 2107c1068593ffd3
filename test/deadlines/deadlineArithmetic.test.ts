import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addWorkingDays, civilDateInVietnam, createWorkCalendar, daysBetween, deadlineDate, fromEpochDay, epochDay } from '@giaoban/core/calendar';
import { DEADLINE_RULES } from '@giaoban/core';

const cal = createWorkCalendar();
// Dates over the years the shipped decrees cover, and a little beyond.
const date = fc.integer({ min: epochDay('2016-01-01'), max: epochDay('2031-12-31') }).map(fromEpochDay);
const days = fc.integer({ min: 0, max: 90 });

describe('deadline arithmetic over the work calendar', () => {
  it('real dates: the 30/4–1/5 swaps of 2024 and 2025', () => {
    // Friday 26/04/2024 + 1 working day: 27/04–01/05 off (Monday 29/04 swapped) → Thursday 02/05.
    expect(addWorkingDays(cal, '2024-04-26', 1)).toBe('2024-05-02');
    // Friday 03/05/2024 + 1: Saturday 04/05/2024 is the make-up working day.
    expect(addWorkingDays(cal, '2024-05-03', 1)).toBe('2024-05-04');
    // A transfer received Friday 25/04/2025 is due in 5 working days: 26/04 (make-up), 28, 29/04, then 05, 06/05.
    const transfer = DEADLINE_RULES.find((r) => r.kind === 'transfer')!;
    expect(deadlineDate('2025-04-25', transfer.days, transfer.count, cal)).toBe('2025-05-06');
    expect(cal.isWorkingDay('2025-05-02')).toBe(false);
    // Calendar days: a crime tip received 29/04/2019 has 20 days, which end on Sunday 19/05: due Monday 20/05
    // (Civil Code 2015, Art. 148(5)).
    expect(deadlineDate('2019-04-29', 20, 'calendar', cal)).toBe('2019-05-20');
  });

  it('a working-day deadline never lands on a day off (n ≥ 1), nor does n = 0', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        const due = addWorkingDays(cal, d, n);
        expect(cal.isWorkingDay(due)).toBe(true);
        if (n >= 1) expect(due > d).toBe(true);
      }),
    );
  });

  it('counts exactly n working days in (start, due]', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const due = addWorkingDays(cal, d, n);
        let count = 0;
        for (let x = addDays(d, 1); x <= due; x = addDays(x, 1)) if (cal.isWorkingDay(x)) count++;
        expect(count).toBe(n);
      }),
    );
  });

  it('adding n working days is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(date, days, days, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(cal, d, lo) <= addWorkingDays(cal, d, hi)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), days, (d, shift, n) => {
        const later = addDays(d, shift);
        expect(addWorkingDays(cal, d, n) <= addWorkingDays(cal, later, n)).toBe(true);
      }),
    );
  });

  it('n working days then m more equals n + m at once', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (d, n, m) => {
        expect(addWorkingDays(cal, addWorkingDays(cal, d, n), m)).toBe(addWorkingDays(cal, d, n + m));
      }),
    );
  });

  it('calendar-day deadlines are plain addition, moved to the next working day when that is a day off', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        const due = deadlineDate(d, n, 'calendar', cal);
        expect(daysBetween(d, due) >= n).toBe(true);
        expect(cal.isWorkingDay(due)).toBe(true);
        for (let x = addDays(d, n); x < due; x = addDays(x, 1)) expect(cal.isWorkingDay(x)).toBe(false);
      }),
    );
  });

  it('honours a workbook\'s own day off and make-up day', () => {
    const own = createWorkCalendar({ overrides: [{ date: '2027-03-15', name: 'Nghỉ', kind: 'off' }, { date: '2027-03-20', name: 'Làm bù', kind: 'workday' }] });
    // Friday 12/03/2027 + 1: Monday 15/03 is off → Tuesday 16/03; Friday 19/03 + 1 → Saturday 20/03.
    expect(addWorkingDays(own, '2027-03-12', 1)).toBe('2027-03-16');
    expect(addWorkingDays(own, '2027-03-19', 1)).toBe('2027-03-20');
  });

  it('rejects a negative or fractional count and an invalid date', () => {
    expect(() => addWorkingDays(cal, '2025-01-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2025-02-30', 1)).toThrow(/không hợp lệ/);
    const none = createWorkCalendar({ weeklyDaysOff: [1, 2, 3, 4, 5, 6] });
    // Only Sundays are worked; New Year (a weekly day off here) gives Sunday 05/01 off in compensation.
    expect(none.holidayOn('2025-01-05')?.name).toBe('Nghỉ bù Tết Dương lịch');
    expect(addWorkingDays(none, '2025-01-01', 1)).toBe('2025-01-12');
  });
});

describe('deadline data', () => {
  it('cites a legal source for every kind', () => {
    const by = Object.fromEntries(DEADLINE_RULES.map((r) => [r.kind, r]));
    expect(by['general']).toMatchObject({ days: 30, count: 'calendar' });
    expect(by['complaint']).toMatchObject({ days: 30, count: 'calendar' });
    expect(by['complaint']!.source).toContain('Luật Khiếu nại 2011 (02/2011/QH13), Điều 28');
    expect(by['complaint-complex']).toMatchObject({ days: 45 });
    expect(by['denunciation']!.source).toContain('Luật Tố cáo 2018 (25/2018/QH14), Điều 30, khoản 1');
    expect(by['denunciation']!.extension).not.toBeNull();
    expect(by['crime-report']).toMatchObject({ days: 20, count: 'calendar' });
    expect(by['crime-report']!.source).toContain('Bộ luật Tố tụng hình sự 2015 (101/2015/QH13), Điều 147, khoản 1');
    expect(by['crime-report']!.extension!.vi).toContain('02 tháng');
    expect(by['transfer']).toMatchObject({ days: 5, count: 'working' });
    expect(by['transfer']!.versions![0]).toMatchObject({ verified: true, source: 'Luật Tố cáo 2018 (25/2018/QH14), Điều 24, khoản 2' });
    for (const r of DEADLINE_RULES) expect(r.source.length).toBeGreaterThan(20);
  });
});

describe('today in Vietnam (for the as-of date)', () => {
  it('is the UTC+7 civil date of the instant', () => {
    expect(civilDateInVietnam(Date.UTC(2025, 0, 14, 16, 59))).toBe('2025-01-14'); // 23:59 in Hà Nội
    expect(civilDateInVietnam(Date.UTC(2025, 0, 14, 17, 0))).toBe('2025-01-15'); // 00:00 in Hà Nội
  });
});
