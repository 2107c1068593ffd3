/**
 * The first steps of computeStatistics on their own: the window (period,
 * cumulative start, as-of day) and the reporting month of each day. The
 * figures themselves are covered end to end in the other stats tests.
 */
import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay, type Catalogue, type StatisticsInput } from '@giaoban/core/internal';
import { monthBuckets, resolveWindow } from '../../packages/core/src/stats/computeStatistics.js';

const catalogue: Catalogue = {
  communes: [{ name: 'Nà Khoa', cluster: 'Cụm 1' } as Catalogue['communes'][number]],
  leaders: [],
  absences: [],
  holidays: [],
};

function input(period: StatisticsInput['period'], extra: Partial<StatisticsInput> = {}): StatisticsInput {
  return { briefings: [], issues: [], catalogue, period, ...extra };
}

const iso = (dn: number) => fromEpochDay(dn);

describe('resolveWindow', () => {
  it('opens the cumulative window on 1 January for a calendar period, and ages items at its end', () => {
    const w = resolveWindow(input({ from: '2025-03-01', to: '2025-03-31', convention: 'calendar' }));
    expect([iso(w.since), iso(w.from), iso(w.to), iso(w.asOf)]).toEqual(['2025-01-01', '2025-03-01', '2025-03-31', '2025-03-31']);
    expect(w.overdueDays).toBe(30);
  });

  it('under the decree, opens it on 15 December of the year before — or of this year once the cut-off is passed', () => {
    const march = resolveWindow(input({ from: '2025-02-15', to: '2025-03-14', convention: 'decree' }));
    expect(iso(march.since)).toBe('2024-12-15');
    const lateDecember = resolveWindow(input({ from: '2025-12-15', to: '2025-12-31', convention: 'decree' }));
    expect(iso(lateDecember.since)).toBe('2025-12-15');
  });

  it('never starts the cumulative window after the period, and clamps today into the period', () => {
    const w = resolveWindow(input({ from: '2025-03-01', to: '2025-03-31' }, { since: '2025-06-01', today: '2025-03-10' }));
    expect(iso(w.since)).toBe('2025-03-01');
    expect(iso(w.asOf)).toBe('2025-03-10');
    const future = resolveWindow(input({ from: '2025-03-01', to: '2025-03-31' }, { today: '2025-01-05' }));
    expect(iso(future.asOf)).toBe('2025-03-01');
  });

  it('refuses a reversed or invalid period with a Vietnamese message naming it', () => {
    expect(() => resolveWindow(input({ from: '2025-03-31', to: '2025-03-01' }))).toThrow(/Kỳ báo cáo không hợp lệ: 2025-03-31\.\.2025-03-01/);
    expect(() => resolveWindow(input({ from: '2025-02-01', to: '2025-02-30' }))).toThrow(RangeError);
    expect(() => resolveWindow(input({ from: '2025-03-01', to: '2025-03-31' }, { since: '2025-13-01' }))).toThrow(/lũy kế/);
  });
});

describe('monthBuckets', () => {
  it('counts a day on or after the cut-off in the next reporting month under the decree, not otherwise', () => {
    const since = epochDay('2024-12-10');
    const to = epochDay('2025-01-20');
    const decree = monthBuckets({ since, to, decree: true, cutoffDay: 15 });
    const calendar = monthBuckets({ since, to, decree: false, cutoffDay: 15 });
    const dec14 = epochDay('2024-12-14');
    const dec15 = epochDay('2024-12-15');
    expect(decree.bucketOf(dec15) - decree.bucketOf(dec14)).toBe(1);
    expect(calendar.bucketOf(dec15) - calendar.bucketOf(dec14)).toBe(0);
    // The per-day table agrees with bucketOf over the whole window.
    expect(decree.dayBucket.length).toBe(to - since + 1);
    for (let dn = since; dn <= to; dn++) expect(decree.dayBucket[dn - since]).toBe(decree.bucketOf(dn));
  });
});
