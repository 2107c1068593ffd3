import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeStatistics,
  StatisticsFilterError,
  type BriefingRecord,
  type Category,
  type IssueRecord,
  type IssueStatus,
  type RaisedBy,
  type StatisticsPeriod,
} from '@giaoban/core';
import { addDays, createWorkCalendar } from '@giaoban/core/calendar';
import { briefing, catalogue, issue } from './fixtures.js';

// Decree 09/2019 report for January 2025: 15/12/2024 – 14/01/2025.
const jan2025: StatisticsPeriod = { from: '2024-12-15', to: '2025-01-14', convention: 'decree', kind: 'month', label: 'Tháng 01/2025' };

const briefings: BriefingRecord[] = [
  briefing('2024-11-15', 'Nậm Chua', 'Trần Ích Chính'), // November report: outside
  briefing('2024-12-16', 'Nà Khoa', 'Trần Ích Chính', {
    attendance: { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: 15, massOrganizations: ['MTTQ', 'Hội Phụ nữ'] },
  }),
  briefing('2024-12-16', 'Chà Nưa', 'Lò Văn Minh'),
  briefing('2025-01-14', 'Nậm Nhừ', 'Trần Ích Chính', {
    attendance: { areaOfficers: true, communePolice: true, partyStanding: null, peoplesCouncil: null, peoplesCommittee: null, public: true, massOrganizations: [] },
  }),
  briefing('2025-01-15', 'Si Pa Phìn', 'Lò Văn Minh'), // 15th falls into the February report
];

const issues: IssueRecord[] = [
  issue('2024-11-15', 'Nậm Chua'), // outside
  issue('2024-12-16', 'Nà Khoa', { caseState: 'pending', status: 'resolved', resolvedDate: '2024-12-26' }), // 10 days
  issue('2024-12-16', 'Nà Khoa', { category: 'commune-police', caseState: null, raisedBy: 'party-committee' }),
  issue('2024-12-16', 'Nà Khoa', { category: 'mass-organizations', caseState: null, raisedBy: 'mass-organization', status: 'in-progress' }),
  issue('2024-12-16', 'Chà Nưa', { category: 'administrative-procedures', caseState: null, raisedBy: 'public', status: 'resolved', resolvedDate: '2024-12-20' }), // 4 days
  issue('2024-12-16', 'Chà Nưa', { category: null, caseState: null, raisedBy: null, status: 'referred' }),
  issue('2025-01-14', 'Nậm Nhừ', { caseState: null, status: 'in-progress' }),
  issue('2025-01-14', 'Nậm Nhừ', { caseState: 'new', status: 'resolved', resolvedDate: '2025-01-20' }), // resolved after the period: 6 days
  issue('2025-01-15', 'Si Pa Phìn'), // February report
];

const planned = [
  { cluster: 'Cụm 1', date: '2024-12-16', host: 'Nà Khoa', chair: 'Trần Ích Chính' },
  { cluster: 'Cụm 2', date: '2024-12-16', host: 'Chà Nưa', chair: 'Lò Văn Minh' },
  { cluster: 'Cụm 1', date: '2025-01-13', host: 'Nậm Nhừ', chair: 'Trần Ích Chính' }, // held a day late
  { cluster: 'Cụm 2', date: '2025-01-13', host: 'Si Pa Phìn', chair: 'Lò Văn Minh' }, // held on 15/01: not in this period
];

describe('computeStatistics — January 2025 decree report', () => {
  const s = computeStatistics({ briefings, issues, planned, catalogue, period: jan2025, excludedRows: 3 });

  it('counts briefings planned, held, on the planned date and the communes that hosted', () => {
    expect(s.briefings).toMatchObject({
      planned: 4,
      held: 3,
      onPlannedDate: 2,
      hostedCommunes: 3,
      activeCommunes: 6, // Phìn Hồ merged away in 2024
      withPublic: 2,
      withMassOrganizations: 1,
    });
    expect(s.briefings.byCluster).toEqual({ 'Cụm 1': 2, 'Cụm 2': 1 });
    expect(s.briefings.byLeader).toEqual({ 'Trần Ích Chính': 2, 'Lò Văn Minh': 1 });
    expect(s.communeKinds).toEqual(['xa']);
  });

  it('counts issues by category (all five keys), case state, status, raiser, commune and reporting month', () => {
    expect(s.issues.total).toBe(7);
    expect(s.issues.byCategory).toEqual({
      'security-situation': 3,
      'commune-police': 1,
      'mass-organizations': 1,
      'administrative-procedures': 1,
      other: 1,
    });
    expect(s.issues.uncategorized).toBe(1);
    expect(s.issues.byCaseState).toEqual({ pending: 1, new: 1, unspecified: 1 });
    expect(s.issues.byStatus).toEqual({ answered: 1, 'in-progress': 2, resolved: 3, referred: 1 });
    expect(s.issues.byRaisedBy).toEqual({
      'party-committee': 1,
      government: 3,
      'commune-police': 0,
      public: 1,
      'mass-organization': 1,
      unknown: 1,
    });
    expect(s.issues.byCommune).toEqual({ 'Nà Khoa': 3, 'Nậm Nhừ': 2, 'Nậm Chua': 0, 'Na Cô Sa': 0, 'Chà Nưa': 2, 'Si Pa Phìn': 0 });
    // 16/12 belongs to the January report (cut-off 15), so the whole period is one reporting month.
    expect(s.issues.byMonth).toEqual({ '2025-01': 7 });
    expect(s.issues.answeredOnTheSpotShare).toBeCloseTo(1 / 7, 4);
    expect(s.issues.resolvedShare).toBeCloseTo(4 / 7, 4);
    expect(s.issues.medianDaysToResolve).toBe(6); // 4, 6, 10
    expect(s.excludedRows).toBe(3);
  });

  it('treats items resolved after asOf as open at asOf and flags those past the threshold', () => {
    // asOf = period end 14/01/2025: 16/12 in-progress item is 29 days old → not overdue with 30.
    expect(s.issues.overdueOpen).toBe(0);
    expect(s.openItems.map((o) => [o.commune, o.daysOpen])).toEqual([
      ['Nà Khoa', 29],
      ['Nậm Nhừ', 0],
      ['Nậm Nhừ', 0], // resolved 20/01, after asOf
    ]);
    const later = computeStatistics({ briefings, issues, planned, catalogue, period: jan2025, asOf: '2025-02-01', overdueDays: 30 });
    expect(later.issues.overdueOpen).toBe(1); // 16/12 → 01/02 is 47 days; the 14/01 items are 18 days old or closed
    expect(later.openItems.filter((o) => o.overdue).map((o) => o.ref.row)).toEqual([issues[3]!.ref.row]);
  });

  it('starts the cumulative figures at the decree year start (15/12 of the previous year)', () => {
    expect(s.cumulative.from).toBe('2024-12-15');
    expect(s.cumulative.issues.total).toBe(7);
    const mar = computeStatistics({
      briefings,
      issues,
      planned,
      catalogue,
      period: { from: '2025-02-15', to: '2025-03-14', convention: 'decree' },
    });
    expect(mar.issues.total).toBe(0);
    expect(mar.issues.byMonth).toEqual({ '2025-03': 0 });
    expect(mar.cumulative.from).toBe('2024-12-15');
    expect(mar.cumulative.issues.total).toBe(8); // 7 + the 15/01 item
    expect(mar.cumulative.issues.byMonth).toEqual({ '2025-01': 7, '2025-02': 1, '2025-03': 0 });
    expect(mar.cumulative.briefings.held).toBe(4);
    expect(mar.cumulative.briefings.hostedCommunes).toBe(4);
  });

  it('uses calendar months and 1 January for calendar periods, and honours --since', () => {
    const cal = computeStatistics({ briefings, issues, catalogue, period: { from: '2024-12-01', to: '2025-01-31', convention: 'calendar' } });
    expect(cal.issues.byMonth).toEqual({ '2024-12': 5, '2025-01': 3 });
    expect(cal.cumulative.from).toBe('2024-12-01'); // 1 Jan 2025 is after the period's start
    expect(cal.briefings.planned).toBe(0);
    expect(cal.briefings.onPlannedDate).toBe(0);
    const since = computeStatistics({ briefings, issues, catalogue, period: jan2025, since: '2024-01-01' });
    expect(since.cumulative.from).toBe('2024-01-01');
    expect(since.cumulative.issues.total).toBe(8);
    // Phìn Hồ existed in the first half of 2024.
    expect(since.cumulative.briefings.activeCommunes).toBe(7);
  });

  it('filters by cluster, commune (typed without accents, with "xã") and leader', () => {
    const c2 = computeStatistics({ briefings, issues, planned, catalogue, period: jan2025, filters: { cluster: '2' } });
    expect(c2.filters.cluster).toBe('Cụm 2');
    expect(c2.briefings).toMatchObject({ planned: 2, held: 1, hostedCommunes: 1, activeCommunes: 2 });
    expect(c2.issues.total).toBe(2);
    expect(Object.keys(c2.issues.byCommune)).toEqual(['Chà Nưa', 'Si Pa Phìn']);

    const nk = computeStatistics({ briefings, issues, catalogue, period: jan2025, filters: { commune: 'xa na khoa' } });
    expect(nk.filters.commune).toBe('Nà Khoa');
    expect(nk.issues.total).toBe(3);
    // Nà Khoa hosted on 16/12 and took part (same cluster) in Nậm Nhừ's briefing on 14/01.
    expect(nk.briefings.held).toBe(2);
    expect(nk.briefings.hostedCommunes).toBe(1);
    expect(nk.briefings.activeCommunes).toBe(1);

    const chinh = computeStatistics({ briefings, issues, catalogue, period: jan2025, filters: { leader: 'tran ich chinh' } });
    expect(chinh.briefings.held).toBe(2);
    // Issues raised at his briefings: Nà Khoa 16/12 (3) and Nậm Nhừ 14/01 (2).
    expect(chinh.issues.total).toBe(5);

    expect(() => computeStatistics({ briefings, issues, catalogue, period: jan2025, filters: { commune: 'Nà Khao' } })).toThrow(
      StatisticsFilterError,
    );
    expect(() => computeStatistics({ briefings, issues, catalogue, period: jan2025, filters: { commune: 'Nà Khao' } })).toThrow(/Nà Khao/);
  });

  it('leaves items answered on the spot out of the median days to resolve', () => {
    const rows = [
      issue('2025-01-05', 'Nà Khoa', { status: 'answered', resolvedDate: '2025-01-05' }),
      issue('2025-01-05', 'Nà Khoa', { status: 'answered', resolvedDate: '2025-01-05' }),
      issue('2025-01-05', 'Nà Khoa', { status: 'answered', resolvedDate: '2025-01-05' }),
      issue('2025-01-05', 'Chà Nưa', { status: 'resolved', resolvedDate: '2025-01-12' }),
      issue('2025-01-05', 'Chà Nưa', { status: 'resolved', resolvedDate: '2025-01-25' }),
    ];
    const s = computeStatistics({ briefings: [], issues: rows, catalogue, period: { from: '2025-01-01', to: '2025-01-31' } });
    expect(s.issues.medianDaysToResolve).toBe(13.5); // (7 + 20) / 2, not 0
  });

  it('rejects an inverted period', () => {
    expect(() => computeStatistics({ briefings, issues, catalogue, period: { from: '2025-02-01', to: '2025-01-01' } })).toThrow(RangeError);
  });
});

// A deliberately naive reference: string comparisons and Date.UTC, no buckets.
const workCalendar = createWorkCalendar();
function reference(all: IssueRecord[], from: string, to: string, asOf: string, overdueDays: number) {
  const rows = all.filter((r) => r.date >= from && r.date <= to);
  const count = <K extends string>(keys: readonly K[], f: (r: IssueRecord) => K) =>
    Object.fromEntries(keys.map((k) => [k, rows.filter((r) => f(r) === k).length]));
  const dayMs = 86_400_000;
  const ms = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  const durations = rows
    .filter((r) => r.resolvedDate !== null && r.resolvedDate >= r.date && r.status !== 'answered')
    .map((r) => (ms(r.resolvedDate!) - ms(r.date)) / dayMs)
    .sort((a, b) => a - b);
  const n = durations.length;
  const median = n === 0 ? null : n % 2 ? durations[(n - 1) / 2]! : (durations[n / 2 - 1]! + durations[n / 2]!) / 2;
  const isOpen = (r: IssueRecord) =>
    r.date <= asOf && (r.status === 'in-progress' || (r.status !== 'referred' && r.resolvedDate !== null && r.resolvedDate > asOf));
  return {
    total: rows.length,
    byCategory: count(CATS, (r) => r.category ?? 'other'),
    byStatus: count(STATUSES, (r) => r.status),
    byRaisedBy: count([...RAISERS, 'unknown'] as const, (r) => r.raisedBy ?? 'unknown'),
    medianDaysToResolve: median,
    // Overdue after the deadline: `overdueDays` after the day raised, moved off a day off to the next working day.
    overdueOpen: rows.filter((r) => {
      let due = addDays(r.date, overdueDays);
      while (!workCalendar.isWorkingDay(due)) due = addDays(due, 1);
      return isOpen(r) && asOf > due;
    }).length,
  };
}
const CATS: Category[] = ['security-situation', 'commune-police', 'mass-organizations', 'administrative-procedures', 'other'];
const STATUSES: IssueStatus[] = ['answered', 'in-progress', 'resolved', 'referred'];
const RAISERS: RaisedBy[] = ['party-committee', 'government', 'commune-police', 'public', 'mass-organization'];

describe('computeStatistics agrees with a naive reference on random records', () => {
  const isoDay = fc.integer({ min: Date.UTC(2023, 0, 1) / 86_400_000, max: Date.UTC(2026, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const issueArb = fc.record({
    date: isoDay,
    commune: fc.constantFrom(...catalogue.communes.map((c) => c.name)),
    category: fc.option(fc.constantFrom(...CATS), { nil: null }),
    status: fc.constantFrom(...STATUSES),
    raisedBy: fc.option(fc.constantFrom(...RAISERS), { nil: null }),
    resolveAfter: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  });
  it('on totals, breakdowns, median and overdue counts', () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 200 }), isoDay, isoDay, fc.integer({ min: 0, max: 60 }), (raw, a, b, overdueDays) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const rows = raw.map((r, i) =>
          issue(r.date, r.commune, {
            ref: { sheet: 'Ý kiến', row: i + 2 },
            category: r.category,
            caseState: null,
            status: r.status,
            raisedBy: r.raisedBy,
            resolvedDate:
              r.resolveAfter === null ? null : new Date(Date.UTC(+r.date.slice(0, 4), +r.date.slice(5, 7) - 1, +r.date.slice(8, 10) + r.resolveAfter)).toISOString().slice(0, 10),
          }),
        );
        const s = computeStatistics({ briefings: [], issues: rows, catalogue, period: { from, to }, overdueDays });
        const ref = reference(rows, from, to, to, overdueDays);
        expect(s.issues.total).toBe(ref.total);
        expect(s.issues.byCategory).toEqual(ref.byCategory);
        expect(s.issues.byStatus).toEqual(ref.byStatus);
        expect(s.issues.byRaisedBy).toEqual(ref.byRaisedBy);
        expect(s.issues.medianDaysToResolve).toBe(ref.medianDaysToResolve);
        expect(s.issues.overdueOpen).toBe(ref.overdueOpen);
        expect(Object.values(s.issues.byMonth).reduce((x, y) => x + y, 0)).toBe(ref.total);
        expect(Object.values(s.issues.byCommune).reduce((x, y) => x + y, 0)).toBe(ref.total);
      }),
      { numRuns: 300 },
    );
  });
});
