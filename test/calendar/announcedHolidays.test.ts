import { describe, expect, it } from 'vitest';
import { addDays, briefingDate, createWorkCalendar, holidaysOf, weekdayOf } from '@giaoban/core/calendar';
import { ANNOUNCED_YEARS, YEAR_2027, type YearTable } from './fixtures/announcedHolidays.js';

const cal = createWorkCalendar();

/** The weekdays the calendar gives off and the weekend days it makes working days, as MM-DD. */
function weekdaysOffAndWeekendsWorked(year: number): { off: string[]; worked: string[] } {
  const off: string[] = [];
  const worked: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    const weekend = weekdayOf(d) >= 6;
    if (!weekend && !cal.isWorkingDay(d)) off.push(d.slice(5));
    if (weekend && cal.isWorkingDay(d)) worked.push(d.slice(5));
  }
  return { off, worked };
}

describe('every announced day off and make-up day, 2013–2026, as the notices give them', () => {
  it.each(ANNOUNCED_YEARS.map((t) => [t.year, t] as [number, YearTable]))('%i', (year, table) => {
    expect(weekdaysOffAndWeekendsWorked(year), table.sources.join('; ')).toEqual({ off: table.off, worked: table.worked });
  });

  it('2027: the announced Tết and National Day breaks, the rest by statute', () => {
    expect(weekdaysOffAndWeekendsWorked(2027), YEAR_2027.sources.join('; ')).toEqual({ off: YEAR_2027.off, worked: YEAR_2027.worked });
  });

  it('2012: Monday 31/12/2012 was given for New Year 2013 (Công văn 9570/VPCP-KGVX)', () => {
    expect(cal.isWorkingDay('2012-12-31')).toBe(false);
    expect(cal.holidayOn('2012-12-31')!.note).toContain('9570/VPCP-KGVX');
  });
});

describe('the days users trip on', () => {
  it('the February 2013 briefing is not placed inside the Tết break (09–17/02/2013)', () => {
    const b = briefingDate('2013-02');
    expect(b.nominal).toBe('2013-02-15');
    expect(b.date).toBe('2013-02-18');
    expect(b.reason).toContain('nghỉ hoán đổi, làm bù 23/02/2013');
  });

  it('New Year 2026: Friday 02/01 off, Saturday 10/01 worked (Công văn 12729/VPCP-KGVX)', () => {
    expect(cal.holidayOn('2026-01-02')).toMatchObject({ kind: 'off', source: 'decree' });
    expect(cal.holidayOn('2026-01-02')!.note).toContain('12729/VPCP-KGVX ngày 25/12/2025');
    expect(cal.holidayOn('2026-01-10')).toMatchObject({ kind: 'workday', name: 'Làm bù Tết Dương lịch' });
  });

  it('National Day 2026 is announced, not estimated: 29/08–02/09 with Saturday 22/08 worked (Thông báo 9441/TB-BNV)', () => {
    const nd = holidaysOf(2026).filter((h) => h.date >= '2026-08-20' && h.date <= '2026-09-05');
    expect(nd.map((h) => [h.date, h.kind, h.source])).toEqual([
      ['2026-08-22', 'workday', 'decree'],
      ['2026-08-29', 'off', 'decree'],
      ['2026-08-30', 'off', 'decree'],
      ['2026-08-31', 'off', 'decree'],
      ['2026-09-01', 'off', 'decree'],
      ['2026-09-02', 'off', 'decree'],
    ]);
    expect(nd.every((h) => h.note!.includes('9441/TB-BNV ngày 16/10/2025'))).toBe(true);
    expect(nd.find((h) => h.date === '2026-09-02')!.name).toBe('Quốc khánh');
  });

  it('Ngày Văn hóa Việt Nam 24/11/2026 is a day off; 24/11/2025 was not', () => {
    expect(cal.isWorkingDay('2026-11-24')).toBe(false);
    expect(cal.holidayOn('2026-11-24')!.name).toBe('Ngày Văn hóa Việt Nam');
    expect(cal.isWorkingDay('2025-11-24')).toBe(true);
  });

  it('no day of 2013–2026 is an estimate, and none cites an internal note', () => {
    for (let y = 2013; y <= 2026; y++) {
      for (const h of holidaysOf(y)) {
        expect(h.source, `${h.date} ${h.name}`).not.toBe('estimate');
        expect(h.note, `${h.date} ${h.name}`).toBeTruthy();
        expect(h.note).not.toMatch(/SPEC|§/);
      }
    }
  });
});
