import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, customPeriod, isInPeriod, parsePeriodSpec, PeriodSpecError, periodContaining } from '@giaoban/core/calendar';

describe('reporting periods', () => {
  it('follows the decree convention (cut-off 15)', () => {
    const p = (s: string) => { const r = parsePeriodSpec(s); return [r.from, r.to]; };
    expect(p('month:2018-02')).toEqual(['2018-01-15', '2018-02-14']);
    expect(p('month:2018-01')).toEqual(['2017-12-15', '2018-01-14']);
    expect(p('quarter:2018-Q1')).toEqual(['2017-12-15', '2018-03-14']);
    expect(p('quarter:2018-Q3')).toEqual(['2018-06-15', '2018-09-14']);
    expect(p('half:2018-H1')).toEqual(['2017-12-15', '2018-06-14']);
    expect(p('nine-months:2018')).toEqual(['2017-12-15', '2018-09-14']);
    expect(p('year:2018')).toEqual(['2017-12-15', '2018-12-14']);
    expect(parsePeriodSpec('month:2018-02').label).toBe('Tháng 02/2018 (15/01/2018 – 14/02/2018)');
    expect(parsePeriodSpec('quarter:2018-Q1').label).toBe('Quý I/2018 (15/12/2017 – 14/03/2018)');
    expect(parsePeriodSpec('quarter:2018-q1').convention).toBe('decree');
  });

  it('supports calendar periods and other cut-off days', () => {
    const c = (s: string) => { const r = parsePeriodSpec(s, { calendar: true }); return [r.from, r.to]; };
    expect(c('month:2020-02')).toEqual(['2020-02-01', '2020-02-29']);
    expect(c('quarter:2018-Q4')).toEqual(['2018-10-01', '2018-12-31']);
    expect(c('half:2018-H2')).toEqual(['2018-07-01', '2018-12-31']);
    expect(c('nine-months:2018')).toEqual(['2018-01-01', '2018-09-30']);
    const p20 = parsePeriodSpec('month:2018-03', { cutoffDay: 20 });
    expect([p20.from, p20.to]).toEqual(['2018-02-20', '2018-03-19']);
  });

  it('reads custom ranges and rejects bad specs in Vietnamese', () => {
    expect(parsePeriodSpec('2018-01-01..2018-03-31')).toMatchObject({ kind: 'custom', from: '2018-01-01', to: '2018-03-31', label: 'Từ 01/01/2018 đến 31/03/2018' });
    for (const bad of ['2018-03-31..2018-01-01', 'month:2018-13', 'quarter:2018-Q5', 'week:2018-01', '2018-02-30..2018-03-01', 'tháng 2', '']) {
      expect(() => parsePeriodSpec(bad), bad).toThrow(PeriodSpecError);
    }
    try {
      parsePeriodSpec('2018-03-31..2018-01-01');
    } catch (e) {
      expect((e as Error).message).toMatch(/ngày bắt đầu/);
    }
    expect(() => customPeriod('2018-01-02', '2018-01-01')).toThrow(PeriodSpecError);
  });

  it('puts a briefing on the 15th of M into the report of M+1', () => {
    expect(periodContaining('2018-02-15', 'month').label).toBe('Tháng 03/2018 (15/02/2018 – 14/03/2018)');
    expect(periodContaining('2018-02-14', 'month').from).toBe('2018-01-15');
    expect(periodContaining('2018-12-15', 'year').label).toContain('Năm 2019');
    expect(periodContaining('2018-03-15', 'quarter').label).toContain('Quý II/2018');
    expect(periodContaining('2018-12-20', 'month', { calendar: true }).from).toBe('2018-12-01');
    expect(() => periodContaining('2018-10-01', 'nine-months')).toThrow(RangeError);
  });

  it('consecutive months tile time without gaps; the containing period contains the date (property)', () => {
    const day = fc.integer({ min: 0, max: 73_000 }).map((n) => addDays('1901-01-01', n));
    fc.assert(
      fc.property(day, fc.constantFrom('month', 'quarter', 'half', 'year') as fc.Arbitrary<'month' | 'quarter' | 'half' | 'year'>, fc.boolean(), fc.integer({ min: 1, max: 28 }), (d, kind, calendar, cutoffDay) => {
        const p = periodContaining(d, kind, { calendar, cutoffDay });
        expect(isInPeriod(d, p)).toBe(true);
        // The next period starts the day after this one ends.
        const next = periodContaining(addDays(p.to, 1), kind, { calendar, cutoffDay });
        expect(next.from).toBe(addDays(p.to, 1));
      }),
      { numRuns: 1000 },
    );
  });
});
