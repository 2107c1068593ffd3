import { describe, expect, it } from 'vitest';
import {
  briefingDate,
  createWorkCalendar,
  holidayDecreeFor,
  holidaysOf,
  HOLIDAY_DECREES,
  weekdayOf,
} from '@giaoban/core/calendar';

const offDays = (year: number, month: string) =>
  holidaysOf(year).filter((h) => h.kind === 'off' && h.date.startsWith(month)).map((h) => h.date);

describe('announced breaks around any holiday', () => {
  const cal = createWorkCalendar();

  it('New Year 2019: Monday 31/12/2018 off, Saturday 05/01/2019 worked', () => {
    expect(cal.isWorkingDay('2018-12-31')).toBe(false);
    expect(cal.holidayOn('2018-12-31')).toMatchObject({ source: 'decree', kind: 'off' });
    expect(cal.holidayOn('2018-12-31')!.name).toContain('nghỉ hoán đổi, làm bù 05/01/2019');
    expect(cal.isWorkingDay('2019-01-01')).toBe(false);
    expect(cal.holidayOn('2019-01-01')!.name).toBe('Tết Dương lịch');
    expect(weekdayOf('2019-01-05')).toBe(6);
    expect(cal.isWorkingDay('2019-01-05')).toBe(true);
    expect(cal.holidayOn('2019-01-05')).toMatchObject({ kind: 'workday', name: 'Làm bù Tết Dương lịch' });
    // The break straddles two years and shows in both.
    expect(offDays(2018, '2018-12')).toEqual(['2018-12-29', '2018-12-30', '2018-12-31']);
  });

  it('30/4–1/5 2019: Monday 29/04 off, Saturday 04/05 worked; a briefing nominally on Saturday 27/04 moves past 29/04 to 02/05', () => {
    expect(offDays(2019, '2019-04-2')).toEqual(['2019-04-27', '2019-04-28', '2019-04-29']);
    expect(cal.isWorkingDay('2019-04-29')).toBe(false);
    expect(cal.isWorkingDay('2019-05-04')).toBe(true);
    // Nominal day 27 (Saturday) → through Monday 29/04 (swapped off) → Thursday 2 May, the next working day, with the reason named.
    const b = briefingDate('2019-04', { day: 27, calendar: cal });
    expect(b.nominal).toBe('2019-04-27');
    expect(b.date).toBe('2019-05-02');
    expect(b.reason).toContain('Nghỉ lễ 30/4 và 1/5');
  });

  it('30/4–1/5 2024: Monday 29/04 off, Saturday 04/05 worked (Công văn 2450/VPCP-KGVX ngày 12/04/2024)', () => {
    expect(cal.isWorkingDay('2024-04-29')).toBe(false);
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-05-02')).toBe(true);
    const d = holidayDecreeFor(2024, 'reunification-labour')!;
    expect(d.announcement).toMatchObject({ issuer: 'Văn phòng Chính phủ', document: '2450/VPCP-KGVX', date: '2024-04-12', verified: true });
    expect(cal.holidayOn('2024-05-04')!.note).toContain('2450/VPCP-KGVX');
  });

  it('30/4–1/5 2025: Friday 02/05 off, Saturday 26/04 worked', () => {
    expect(cal.isWorkingDay('2025-05-02')).toBe(false);
    expect(cal.holidayOn('2025-05-02')!.name).toContain('làm bù 26/04/2025');
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expect(offDays(2025, '2025-05')).toEqual(['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']);
    expect(cal.holidayOn('2025-04-30')!.name).toBe('Ngày Giải phóng miền Nam, thống nhất đất nước');
  });

  it('National Day 2025 is a decree (30/08–02/09 with Monday 01/09), not an estimate', () => {
    const nd = holidaysOf(2025).filter((h) => h.name.includes('Quốc khánh'));
    expect(nd.map((h) => [h.date, h.source])).toEqual([
      ['2025-08-30', 'decree'], ['2025-08-31', 'decree'], ['2025-09-01', 'decree'], ['2025-09-02', 'decree'],
    ]);
    expect(nd[0]!.note).toContain('6150/TB-LĐTBXH');
  });

  it('every announcement is cited: an issuer always, a number and date or an explicit "not verified" basis', () => {
    for (const d of HOLIDAY_DECREES) {
      expect(d.reference.length, `${d.year} ${d.holiday}`).toBeGreaterThan(10);
      if (!d.announcement) continue;
      expect(d.announcement.issuer).toBeTruthy();
      if (!d.announcement.verified) expect(d.announcement.basis, `${d.year} ${d.holiday}`).toMatch(/chưa/);
      else expect(d.announcement.document).toMatch(/^\d+\//);
      // A workday of a swap is a weekly day off; every break's days lie in order.
      for (const w of d.workdays) expect(weekdayOf(w)).toBe(6);
      expect(d.from <= d.to).toBe(true);
    }
  });
});

describe('estimates say why', () => {
  it('the second National Day day is the one that joins a weekend', () => {
    // 2026: 2 Sep is a Wednesday — neither neighbour joins a weekend: 1 Sep, said so.
    const y2026 = holidaysOf(2026).find((h) => h.name.includes('ngày liền kề'))!;
    expect(y2026.date).toBe('2026-09-01');
    expect(y2026.note).toMatch(/không ngày liền kề nào nối với cuối tuần/);
    // 2031: 2 Sep is a Tuesday → Monday 1 Sep joins the weekend before.
    const y2031 = holidaysOf(2031).find((h) => h.name.includes('ngày liền kề'))!;
    expect([y2031.date, y2031.source]).toEqual(['2031-09-01', 'estimate']);
    expect(y2031.note).toContain('nối với ngày nghỉ cuối tuần trước đó');
    // 2030: 2 Sep is a Monday → Tuesday 3 Sep (1 Sep is a Sunday), as decreed in 2024.
    expect(holidaysOf(2030).find((h) => h.name.includes('ngày liền kề'))!.date).toBe('2030-09-03');
    // 2028: 2 Sep is a Saturday → Friday 1 Sep, and Monday 4 Sep compensates the Saturday.
    expect(offDays(2028, '2028-09-0')).toEqual(['2028-09-01', '2028-09-02', '2028-09-04']);
    expect(holidaysOf(2028).find((h) => h.date === '2028-09-04')!.name).toBe('Nghỉ bù Quốc khánh');
  });

  it('Tết 2013 had four days: the Labour Code 2012 came into force on 1 May 2013, after Tết', () => {
    // Tết 2013 = Sunday 10 Feb: 9–12 Feb by the 1994 code (1 + 3 days), compensatory days for Sat 9 and Sun 10.
    const tet = holidaysOf(2013).filter((h) => h.name.includes('Tết Nguyên Đán'));
    expect(tet.filter((h) => !h.name.startsWith('Nghỉ bù')).map((h) => h.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']);
    expect(tet[0]!.note).toContain('ước tính theo Luật 84/2007/QH11');
    expect(tet[0]!.note).toContain('Bộ luật Lao động 2012, Điều 115 (hiệu lực 01/05/2013) chỉ áp dụng sau Tết');
    // Tết 2014 (31 Jan) follows the 2012 code: five days.
    const tet2014 = holidaysOf(2014).filter((h) => h.name.includes('Tết Nguyên Đán') && !h.name.startsWith('Nghỉ bù'));
    expect(tet2014).toHaveLength(5);
  });

  it('a briefing moved by an estimated day says why in its reason', () => {
    const b = briefingDate('2031-09', { day: 1 });
    expect(b.date).toBe('2031-09-03');
    expect(b.reason).toContain('ước tính');
    expect(b.reason).toContain('nối với ngày nghỉ cuối tuần');
  });
});
