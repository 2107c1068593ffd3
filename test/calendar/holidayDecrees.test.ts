import { describe, expect, it } from 'vitest';
import {
  briefingDate,
  createWorkCalendar,
  holidayDecreeFor,
  holidaysOf,
  holidayYearBasis,
  HOLIDAY_DECREES,
  LEGAL_TEXTS,
  STATUTORY_HOLIDAYS,
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
    expect(cal.holidayOn('2018-12-31')!.note).toBe('Công văn 6519/VPCP-KGVX ngày 11/07/2018 của Văn phòng Chính phủ');
    expect(cal.holidayOn('2018-12-31')!.noteEn).toBe('Official letter 6519/VPCP-KGVX of 11/07/2018, the Government Office');
    expect(cal.holidayOn('2019-01-01')!.name).toBe('Tết Dương lịch');
    expect(weekdayOf('2019-01-05')).toBe(6);
    expect(cal.holidayOn('2019-01-05')).toMatchObject({ kind: 'workday', name: 'Làm bù Tết Dương lịch' });
    // The break straddles two years and shows in both.
    expect(offDays(2018, '2018-12')).toEqual(['2018-12-29', '2018-12-30', '2018-12-31']);
  });

  it('30/4–1/5 2019: a briefing nominally on Saturday 27/04 moves past the swapped Monday 29/04 to 02/05', () => {
    expect(offDays(2019, '2019-04-2')).toEqual(['2019-04-27', '2019-04-28', '2019-04-29']);
    const b = briefingDate('2019-04', { day: 27, calendar: cal });
    expect(b.date).toBe('2019-05-02');
    expect(b.reason).toContain('Nghỉ lễ 30/4 và 1/5');
  });

  it('30/4–1/5 2024 cites Công văn 2450/VPCP-KGVX ngày 12/04/2024', () => {
    const d = holidayDecreeFor(2024, 'reunification-labour')!;
    expect(d.announcement).toMatchObject({ issuer: 'Văn phòng Chính phủ', document: 'Công văn 2450/VPCP-KGVX', date: '2024-04-12', verified: true });
    expect(cal.holidayOn('2024-05-04')!.note).toContain('2450/VPCP-KGVX');
  });

  it('a holiday keeps its own name inside a break: Hùng Kings 28/04/2015 inside the 28/04–03/05 break', () => {
    expect(cal.holidayOn('2015-04-28')!.name).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.holidayOn('2015-04-29')!.name).toContain('nghỉ hoán đổi, làm bù 25/04/2015');
    expect(cal.holidayOn('2015-04-30')!.name).toBe('Ngày Giải phóng miền Nam, thống nhất đất nước');
  });
});

describe('shipped data cites its sources', () => {
  it('every announcement has an issuer, and a number and date — or says it is unverified and why', () => {
    for (const d of HOLIDAY_DECREES) {
      const a = d.announcement;
      const where = `${d.year} ${d.holiday}`;
      expect(a.issuer, where).toMatch(/Văn phòng Chính phủ|Bộ Lao động - Thương binh và Xã hội|Bộ Nội vụ/);
      expect(a.basis.length, where).toBeGreaterThan(15);
      if (a.verified) {
        expect(a.document, where).toMatch(/^(Công văn|Thông báo) \d+\/[A-ZĐ-]+/);
        expect(a.date, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // A notice precedes the break it announces.
        expect(a.date! <= d.from, where).toBe(true);
      } else {
        expect(d.reference, where).toContain('chưa kiểm chứng');
      }
      expect(d.reference, where).not.toMatch(/SPEC|§/);
      for (const w of d.workdays) expect(weekdayOf(w), `${where} ${w}`).toBe(6);
      expect(d.from <= d.to, where).toBe(true);
    }
  });

  it('every statutory holiday cites a law with a number and in-force date, or says why not', () => {
    for (const s of STATUTORY_HOLIDAYS) {
      const law = LEGAL_TEXTS[s.law];
      expect(law, s.law).toBeDefined();
      if (law.verified) {
        expect(law.number, law.title).toMatch(/^\d+\/\d{4}\/(QH\d+)$/);
        expect(law.inForce, law.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        expect(law.basis, law.title).toMatch(/chưa/);
      }
      expect(s.validTo === null || s.validFrom <= s.validTo).toBe(true);
    }
    for (const law of Object.values(LEGAL_TEXTS)) expect(law.basis).not.toMatch(/SPEC|§/);
  });

  it('every year 2013–2027 has at least one announcement in the data', () => {
    for (let y = 2013; y <= 2027; y++) expect(HOLIDAY_DECREES.some((d) => d.year === y), String(y)).toBe(true);
  });
});

describe('estimates say so, with the rule used', () => {
  it('the second National Day day is the one that joins a weekend', () => {
    // 2029: 2 Sep is a Sunday → 3 Sep compensates; the adjacent day chosen is Monday… (1 Sep is a Saturday): 3 Sep.
    // 2031: 2 Sep is a Tuesday → Monday 1 Sep joins the weekend before.
    const y2031 = holidaysOf(2031).find((h) => h.name.includes('ngày liền kề'))!;
    expect([y2031.date, y2031.source]).toEqual(['2031-09-01', 'estimate']);
    expect(y2031.note).toContain('nối với ngày nghỉ cuối tuần trước đó');
    expect(y2031.note).toContain('Bộ luật Lao động 2019 (45/2019/QH14), Điều 112, điểm đ khoản 1');
    // 2030: 2 Sep is a Monday → Tuesday 3 Sep (1 Sep is a Sunday), as announced for 2024.
    expect(holidaysOf(2030).find((h) => h.name.includes('ngày liền kề'))!.date).toBe('2030-09-03');
    // 2028: 2 Sep is a Saturday → Friday 1 Sep, and Monday 4 Sep compensates the Saturday.
    expect(offDays(2028, '2028-09-0')).toEqual(['2028-09-01', '2028-09-02', '2028-09-04']);
    expect(holidaysOf(2028).find((h) => h.date === '2028-09-04')!.name).toBe('Nghỉ bù Quốc khánh');
  });

  it('2028 has no announcement: the year says it is an estimate, which breaks, and by which rule', () => {
    const basis = holidayYearBasis(2028);
    expect(basis.estimated).toBe(true);
    expect(basis.estimates.map((e) => e.occasion)).toEqual(['tet', 'national-day']);
    expect(basis.estimates[0]!.days).toEqual(['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-29', '2028-01-31']);
    expect(basis.note!.vi).toContain('Lịch nghỉ năm 2028 là ước tính');
    expect(basis.note!.vi).toContain('Bộ luật Lao động 2019 (45/2019/QH14), Điều 112, điểm b khoản 1');
    expect(basis.note!.en).toContain('The 2028 holidays are an estimate');
    expect(holidayYearBasis(2026)).toMatchObject({ estimated: false, note: null });
    expect(holidayYearBasis(2026).announcements.map((a) => a.document)).toContain('Thông báo 9441/TB-BNV');
  });

  it('the caller’s announcement of an estimated break replaces the whole estimate', () => {
    // Suppose Tết 2028 is announced as 24–30/01 (a test input, not a real notice).
    const overrides = ['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'].map((date) => ({ date, name: 'Tết Nguyên Đán', kind: 'off' as const }));
    const days = holidaysOf(2028, { overrides }).filter((h) => h.date >= '2028-01-15' && h.date <= '2028-02-15');
    expect(days.map((h) => [h.date, h.source])).toEqual(overrides.map((o) => [o.date, 'workbook']));
    const basis = holidayYearBasis(2028, { overrides });
    expect(basis.estimates.map((e) => e.occasion)).toEqual(['national-day']);
  });
});

describe('statutory holidays follow the law in force on the holiday’s own day', () => {
  it('no Hùng Kings day before 2007', () => {
    expect(holidaysOf(2006).some((h) => h.name.includes('Hùng'))).toBe(false);
    expect(holidaysOf(2007).find((h) => h.name === 'Giỗ Tổ Hùng Vương')!.date).toBe('2007-04-26');
  });

  it('Tết 2012 (no notice found) has the four days of the 1994 code, by law rather than estimated', () => {
    // Tết 2012 = Monday 23/01: 22/01 (a Sunday, 30 Tết) … 25/01, and Thursday 26/01 for the Sunday.
    const tet = holidaysOf(2012).filter((h) => h.name.includes('Tết Nguyên Đán'));
    expect(tet.map((h) => [h.date, h.source])).toEqual([
      ['2012-01-22', 'rule'], ['2012-01-23', 'rule'], ['2012-01-24', 'rule'], ['2012-01-25', 'rule'], ['2012-01-26', 'rule'],
    ]);
    expect(tet[0]!.note).toContain('Bộ luật Lao động 1994, Điều 73: Tết 04 ngày');
  });

  it('Ngày Văn hóa Việt Nam from 2026 only, and on a Saturday (2029) without a compensatory day', () => {
    expect(holidaysOf(2025).some((h) => h.date === '2025-11-24')).toBe(false);
    const h2029 = holidaysOf(2029).filter((h) => h.date.startsWith('2029-11'));
    expect(h2029.map((h) => [h.date, h.name])).toEqual([['2029-11-24', 'Ngày Văn hóa Việt Nam']]);
    expect(h2029[0]!.note).toBe('Nghị quyết của Quốc hội về phát triển văn hóa Việt Nam (28/2026/QH16), Điều 2');
  });

  it('compensatory days cite the compensation rule of their era', () => {
    // A compensatory day of an estimated Tết is itself an estimate and says so.
    expect(holidaysOf(2028).find((h) => h.date === '2028-01-31')).toMatchObject({ name: 'Nghỉ bù Tết Nguyên Đán', source: 'estimate' });
    expect(holidaysOf(2028).find((h) => h.date === '2028-01-31')!.note).toContain('ước tính');
    // A statutory day on a weekend is compensated under the rule of its era.
    expect(holidaysOf(2033).find((h) => h.date === '2033-05-02')).toMatchObject({ name: 'Nghỉ bù Ngày Giải phóng miền Nam, thống nhất đất nước', source: 'rule' });
    expect(holidaysOf(2033).find((h) => h.date === '2033-05-02')!.note).toBe('Nghỉ bù theo Bộ luật Lao động 2019 (45/2019/QH14), Điều 111, khoản 3');
  });
});
