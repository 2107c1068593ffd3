/**
 * Follow-up figures (on-time share, backlog, median days open, ageing, overdue by
 * commune and officer, deadlines by kind), against real dates and a naive reference on random records.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeStatistics,
  createWorkCalendar,
  DEADLINE_RULES,
  type IssueRecord,
  type IssueStatus,
} from '@giaoban/core';
import { catalogue, issue } from './fixtures.js';

describe('follow-up figures on real dates', () => {
  const rows: IssueRecord[] = [
    // Raised 02/04/2019, still open: 33 days at 05/05 → 31–60, overdue (30 days).
    issue('2019-04-02', 'Nà Khoa', { status: 'in-progress', officer: 'Đ/c Vàng A Dế' }),
    // A transfer raised Friday 26/04/2019: 5 working days: 29/04–01/05 off; 02, 03, Sat 04 (make-up), 06, 07/05 → due 07/05; open, not overdue.
    issue('2019-04-26', 'Nà Khoa', { status: 'in-progress', kind: 'transfer', officer: 'Vàng A Dế' }),
    // A crime tip of 10/04: 20 days end on 30/04, a holiday (29/04–01/05 off) → due Thursday 02/05 (Civil Code 2015,
    // Art. 148(5)); open at 05/05 → overdue, 25 days old (16–30).
    issue('2019-04-10', 'Chà Nưa', { status: 'in-progress', kind: 'crime-report', officer: null }),
    // Closed on time (answered on the spot) and late (resolved after 30 days).
    issue('2019-04-03', 'Chà Nưa', { status: 'answered' }),
    issue('2019-03-01', 'Chà Nưa', { status: 'resolved', resolvedDate: '2019-04-15' }),
    // A complaint resolved in 40 days: 30 allowed → late; a complex complaint in 40 days → on time (45).
    issue('2019-03-05', 'Nậm Nhừ', { status: 'resolved', resolvedDate: '2019-04-14', kind: 'complaint' }),
    issue('2019-03-05', 'Nậm Nhừ', { status: 'resolved', resolvedDate: '2019-04-14', kind: 'complaint-complex' }),
    // Raised 01/05, 4 days old → ≤15.
    issue('2019-05-01', 'Nậm Nhừ', { status: 'in-progress' }),
  ];
  const s = computeStatistics({ briefings: [], issues: rows, catalogue, period: { from: '2019-03-01', to: '2019-05-31' }, asOf: '2019-05-05' });

  it('counts the backlog, its ages and median, and the overdue by commune and officer', () => {
    expect(s.asOf).toBe('2019-05-05');
    expect(s.issues.backlog).toBe(4);
    // The transfer is due 07/05, two days after 05/05; the item of 01/05 is due 31/05.
    expect(s.issues.dueWithin7Days).toBe(1);
    expect(s.issues.ageing).toEqual({ upTo15: 2, from16To30: 1, from31To60: 1, over60: 0 });
    // Ages 33, 9, 25, 4 → median (9 + 25) / 2.
    expect(s.issues.medianDaysOpen).toBe(17);
    expect(s.issues.overdueOpen).toBe(2);
    expect(s.issues.overdueByCommune).toEqual({ 'Chà Nưa': 1, 'Nà Khoa': 1 });
    // No officer recorded is a count of its own, never an empty-string key.
    expect(s.issues.overdueByOfficer).toEqual({ 'Vàng A Dế': 1 });
    expect(s.issues.overdueWithoutOfficer).toBe(1);
    const transfer = s.openItems.find((o) => o.kind === 'transfer')!;
    expect(transfer).toMatchObject({ due: '2019-05-07', overdue: false, daysOpen: 9 });
    expect(s.openItems.find((o) => o.kind === 'crime-report')).toMatchObject({ due: '2019-05-02', overdue: true });
  });

  it('measures the on-time share of closed items against each kind\'s deadline', () => {
    expect([s.issues.closedOnTime, s.issues.closedLate]).toEqual([2, 2]);
    expect(s.issues.onTimeShare).toBe(0.5);
  });

  it('as of today for the current period, the period end for a past one', () => {
    const period = { from: '2019-04-15', to: '2019-05-14' };
    expect(computeStatistics({ briefings: [], issues: rows, catalogue, period, today: '2019-05-02' }).asOf).toBe('2019-05-02');
    expect(computeStatistics({ briefings: [], issues: rows, catalogue, period, today: '2026-12-01' }).asOf).toBe('2019-05-14');
    expect(computeStatistics({ briefings: [], issues: rows, catalogue, period }).asOf).toBe('2019-05-14');
  });

  it('a workbook\'s general deadline replaces 30 days unless overdueDays is given', () => {
    const general = { ...DEADLINE_RULES[0]!, days: 60 };
    const rules = [general, ...DEADLINE_RULES.slice(1)];
    const own = computeStatistics({ briefings: [], issues: rows, catalogue, period: { from: '2019-03-01', to: '2019-05-31' }, asOf: '2019-05-05', deadlines: rules });
    expect(own.overdueDays).toBe(60);
    expect(own.issues.overdueOpen).toBe(1); // only the crime tip
    const given = computeStatistics({ briefings: [], issues: rows, catalogue, period: { from: '2019-03-01', to: '2019-05-31' }, asOf: '2019-05-05', deadlines: rules, overdueDays: 30 });
    expect(given.issues.overdueOpen).toBe(2);
  });
});

// A deliberately naive reference: Date.UTC, day-by-day stepping for working days, plain arrays.
const cal = createWorkCalendar();
const dayMs = 86_400_000;
const ms = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
function naiveDue(r: IssueRecord, overdueDays: number): number {
  const rule = DEADLINE_RULES.find((x) => x.kind === r.kind) ?? DEADLINE_RULES[0]!;
  // The version of the law in force on the day raised (these records have no acceptance date).
  const v = rule.versions?.find((x) => x.validFrom <= r.date && (x.validTo === null || r.date <= x.validTo));
  const days = rule.kind === 'general' ? overdueDays : (v ?? rule).days;
  let t = ms(r.date);
  if ((v ?? rule).count === 'calendar') t += days * dayMs;
  else {
    for (let left = days; left > 0; ) {
      t += dayMs;
      if (cal.isWorkingDay(iso(t))) left--;
    }
  }
  // Civil Code 2015, Art. 148(5): a period ending on a day off ends on the next working day.
  while (!cal.isWorkingDay(iso(t))) t += dayMs;
  return t;
}
function reference(all: IssueRecord[], from: string, to: string, asOf: string, overdueDays: number) {
  const rows = all.filter((r) => r.date >= from && r.date <= to);
  const isOpen = (r: IssueRecord) =>
    r.date <= asOf && (r.status === 'in-progress' || (r.status !== 'referred' && r.resolvedDate !== null && r.resolvedDate > asOf));
  const open = rows.filter(isOpen);
  const ages = open.map((r) => (ms(asOf) - ms(r.date)) / dayMs).sort((a, b) => a - b);
  const n = ages.length;
  const overdue = open.filter((r) => ms(asOf) > naiveDue(r, overdueDays));
  const closed = rows.filter((r) => !isOpen(r)).flatMap((r) => {
    const at = r.status === 'answered' ? (r.resolvedDate ?? r.date) : r.status === 'in-progress' ? null : r.resolvedDate;
    return at !== null && at <= asOf ? [{ r, at }] : [];
  });
  const onTime = closed.filter(({ r, at }) => ms(at) <= naiveDue(r, overdueDays)).length;
  const group = (f: (r: IssueRecord) => string, skipBlank = false) => {
    const m: Record<string, number> = {};
    for (const r of overdue) if (!skipBlank || f(r) !== '') m[f(r)] = (m[f(r)] ?? 0) + 1;
    return m;
  };
  const dueSoon = open.filter((r) => ms(asOf) <= naiveDue(r, overdueDays) && naiveDue(r, overdueDays) - ms(asOf) <= 7 * dayMs).length;
  return {
    backlog: n,
    dueSoon,
    medianDaysOpen: n === 0 ? null : n % 2 ? ages[(n - 1) / 2]! : (ages[n / 2 - 1]! + ages[n / 2]!) / 2,
    ageing: {
      upTo15: ages.filter((a) => a <= 15).length,
      from16To30: ages.filter((a) => a >= 16 && a <= 30).length,
      from31To60: ages.filter((a) => a >= 31 && a <= 60).length,
      over60: ages.filter((a) => a > 60).length,
    },
    overdueOpen: overdue.length,
    closedOnTime: onTime,
    closedLate: closed.length - onTime,
    overdueByCommune: group((r) => r.commune),
    overdueByOfficer: group((r) => (r.officer ?? '').replace(/^Đ\/c\s+/, ''), true),
    overdueWithoutOfficer: overdue.filter((r) => !r.officer).length,
  };
}

describe('follow-up figures agree with a naive reference on random records', () => {
  const STATUSES: IssueStatus[] = ['answered', 'in-progress', 'resolved', 'referred'];
  const isoDay = fc.integer({ min: ms('2023-01-01') / dayMs, max: ms('2026-12-31') / dayMs }).map((n) => iso(n * dayMs));
  const issueArb = fc.record({
    date: isoDay,
    commune: fc.constantFrom(...catalogue.communes.map((c) => c.name)),
    status: fc.constantFrom(...STATUSES),
    resolveAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    kind: fc.constantFrom(null, 'general', 'complaint', 'complaint-complex', 'denunciation', 'crime-report', 'transfer', 'khác lạ'),
    officer: fc.constantFrom(null, 'Vàng A Dế', 'Đ/c Vàng A Dế', 'Lò Thị Hoa'),
  });
  it('on backlog, ageing, median days open, on-time and overdue breakdowns', () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 150 }), isoDay, isoDay, isoDay, fc.integer({ min: 0, max: 60 }), (raw, a, b, asOf, overdueDays) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const rows = raw.map((r, i) =>
          issue(r.date, r.commune, {
            ref: { sheet: 'Ý kiến', row: i + 2 },
            status: r.status,
            kind: r.kind,
            officer: r.officer,
            resolvedDate: r.resolveAfter === null ? null : iso(ms(r.date) + r.resolveAfter * dayMs),
          }),
        );
        const s = computeStatistics({ briefings: [], issues: rows, catalogue, period: { from, to }, asOf, overdueDays });
        const ref = reference(rows, from, to, asOf, overdueDays);
        const got = s.issues;
        expect(got.backlog).toBe(ref.backlog);
        expect(got.dueWithin7Days).toBe(ref.dueSoon);
        expect(got.medianDaysOpen).toBe(ref.medianDaysOpen);
        expect(got.ageing).toEqual(ref.ageing);
        expect(got.overdueOpen).toBe(ref.overdueOpen);
        expect([got.closedOnTime, got.closedLate]).toEqual([ref.closedOnTime, ref.closedLate]);
        expect(got.overdueByCommune).toEqual(ref.overdueByCommune);
        expect(got.overdueByOfficer).toEqual(ref.overdueByOfficer);
        expect(got.overdueWithoutOfficer).toBe(ref.overdueWithoutOfficer);
        const closed = ref.closedOnTime + ref.closedLate;
        expect(got.onTimeShare).toBe(closed === 0 ? null : Math.round((ref.closedOnTime / closed) * 10000) / 10000);
      }),
      { numRuns: 200 },
    );
  });
});
