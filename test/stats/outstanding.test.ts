// The items still open at the as-of day — the report's "chưa giải quyết xong" and
// "quá hạn" — are every item raised by the period's end, whatever year: an item of
// last year still open is backlog, though it is not in this year's cumulative figures.
import { describe, expect, it } from 'vitest';
import { computeStatistics, parsePeriodSpec, type IssueRecord } from '@giaoban/core';
import { briefing, catalogue, issue } from './fixtures.js';

// February 2025 (15/01 – 14/02/2025); the reporting year starts on 15/12/2024.
const period = parsePeriodSpec('month:2025-02');
const open = (date: string, commune: string, over: Partial<IssueRecord> = {}) => issue(date, commune, { status: 'in-progress', ...over });

const issues: IssueRecord[] = [
  open('2024-10-15', 'Nà Khoa'), // last year, still open: 122 days at 14/02 → overdue
  open('2024-11-15', 'Chà Nưa'), // last year, Cụm 2, still open → overdue
  issue('2024-11-15', 'Nà Khoa', { status: 'resolved', resolvedDate: '2025-02-20' }), // closed after the as-of day: open then
  issue('2024-11-15', 'Nậm Nhừ', { status: 'resolved', resolvedDate: '2025-01-05' }), // closed before: not open
  issue('2024-12-01', 'Nậm Nhừ', { status: 'referred' }), // handed over: not the unit's backlog
  open('2025-01-20', 'Nậm Nhừ'), // this period, 25 days: open, not overdue
  open('2025-02-20', 'Nà Khoa'), // after the period: the next report's
];
const briefings = [briefing('2024-10-15', 'Nà Khoa', 'Trần Ích Chính'), briefing('2025-01-20', 'Nậm Nhừ', 'Trần Ích Chính')];

describe('outstanding items at the as-of day', () => {
  it('counts last year\'s open items beside this year\'s, and only items open that day', () => {
    const s = computeStatistics({ briefings, issues, catalogue, period });
    expect(s.asOf).toBe('2025-02-14');
    expect(s.cumulative.from).toBe('2024-12-15');
    expect(s.cumulative.issues.backlog).toBe(1);
    expect(s.cumulative.issues.overdueOpen).toBe(0);
    expect(s.outstanding).toEqual({ open: 4, overdue: 3 });
    expect(s.openItems.map((o) => [o.date, o.commune, o.daysOpen, o.overdue])).toEqual([
      ['2024-10-15', 'Nà Khoa', 122, true],
      ['2024-11-15', 'Chà Nưa', 91, true],
      ['2024-11-15', 'Nà Khoa', 91, true],
      ['2025-01-20', 'Nậm Nhừ', 25, false],
    ]);
  });

  it('keeps to the cluster filter, and to the as-of day asked for', () => {
    const cum1 = computeStatistics({ briefings, issues, catalogue, period, filters: { cluster: 'Cụm 1' } });
    expect(cum1.outstanding).toEqual({ open: 3, overdue: 2 });
    // On 20/02 the resolved item is closed; the period's item is 31 days old (overdue); the item of 20/02 is after the period.
    const later = computeStatistics({ briefings, issues, catalogue, period, asOf: '2025-02-20' });
    expect(later.outstanding).toEqual({ open: 3, overdue: 3 });
  });
});
