// An invitation is dated a number of working days before its briefing: the day
// counted back over the work calendar never lands on a weekend, a holiday, the Tết
// break or a swapped day off, and a make-up Saturday counts as a working day.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkCalendar, subtractWorkingDays } from '@giaoban/core/calendar';

const cal = createWorkCalendar();

describe('subtractWorkingDays', () => {
  it('counts back over weekends: five working days before Monday 15/12/2025 is Monday 08/12', () => {
    expect(subtractWorkingDays(cal, '2025-12-15', 5)).toBe('2025-12-08');
    expect(subtractWorkingDays(cal, '2025-12-15', 1)).toBe('2025-12-12');
  });

  it('steps over the Tết break of 2026 (14–22/02): five working days before 23/02 is 09/02', () => {
    expect(subtractWorkingDays(cal, '2026-02-23', 5)).toBe('2026-02-09');
    for (let n = 1; n <= 10; n++) expect(cal.isWorkingDay(subtractWorkingDays(cal, '2026-02-23', n))).toBe(true);
  });

  it('counts a make-up Saturday of the workbook and skips a day off it announces', () => {
    const own = createWorkCalendar({
      overrides: [
        { date: '2026-03-07', name: 'Làm bù', kind: 'workday' },
        { date: '2026-03-11', name: 'Nghỉ theo quyết định của tỉnh', kind: 'off' },
      ],
    });
    // Back from Monday 16/03: 13, 12, (11 off), 10, 09, (08 Sunday), 07 make-up Saturday.
    expect(subtractWorkingDays(own, '2026-03-16', 5)).toBe('2026-03-07');
  });

  it('with 0, keeps a working day and moves a day off back to the working day before', () => {
    expect(subtractWorkingDays(cal, '2025-12-15', 0)).toBe('2025-12-15');
    expect(subtractWorkingDays(cal, '2025-12-14', 0)).toBe('2025-12-12');
  });

  it('mirrors addWorkingDays on working days', () => {
    for (const d of ['2025-01-06', '2025-04-28', '2025-09-08', '2026-02-09', '2026-05-04']) {
      for (const n of [1, 3, 5, 10]) expect(subtractWorkingDays(cal, addWorkingDays(cal, d, n), n)).toBe(d);
    }
  });

  it('refuses a bad date or count in both languages', () => {
    expect(() => subtractWorkingDays(cal, '2025-02-30', 1)).toThrow(/Ngày không hợp lệ/);
    expect(() => subtractWorkingDays(cal, '2025-02-10', -1)).toThrow(RangeError);
    // Seventy days off in a row before 10/02/2025: no working day to date the paper on.
    const days = Array.from({ length: 70 }, (_, i) => new Date(Date.UTC(2025, 1, 9 - i)).toISOString().slice(0, 10));
    const closed = createWorkCalendar({ overrides: days.map((date) => ({ date, name: 'Nghỉ', kind: 'off' as const })) });
    expect(() => subtractWorkingDays(closed, '2025-02-10', 1)).toThrow(/Không có ngày làm việc nào trong 62 ngày trước 2025-02-10/);
  });
});
