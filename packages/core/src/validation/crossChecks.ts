/**
 * Checks across rows and tables (SPEC §4.5 warnings): a briefing on a day off
 * or off its planned date, missing attendance, a commune hosting twice in a
 * month, an issue with no briefing that day, items unresolved too long.
 * They run on records that survived reading (rows with errors are left out).
 */
import type { IsoDate, YearMonth } from '../model.js';
import {
  briefingDate,
  daysBetween,
  monthOf,
  weekdayNameVi,
  type BriefingDateOptions,
  type WorkCalendar,
} from '../calendar/index.js';
import type { ReadBriefing } from '../records/readBriefings.js';
import type { ReadIssue } from '../records/readIssues.js';
import type { PlanRow } from '../records/readPlan.js';
import { msg } from './messages.js';

const LOCAL_ROLES = [
  ['partyStanding', { vi: 'Thường trực Đảng ủy', en: 'Party standing committee' }],
  ['peoplesCouncil', { vi: 'HĐND', en: "People's Council" }],
  ['peoplesCommittee', { vi: 'UBND', en: "People's Committee" }],
] as const;

const FROM_PLAN = { vi: 'theo Lịch giao ban', en: 'in the plan sheet' };
const FROM_RULE = { vi: 'theo quy định (ngày giao ban hằng tháng)', en: 'by the monthly briefing rule' };
const WEEKEND = { vi: 'ngày nghỉ hằng tuần', en: 'weekly day off' };

/** Warnings about held briefings. */
export function checkBriefings(
  briefings: readonly ReadBriefing[],
  plan: readonly PlanRow[],
  calendar: WorkCalendar,
  dateOptions: BriefingDateOptions,
): void {
  const planned = new Map<string, IsoDate>();
  for (const p of plan) {
    planned.set(`${p.month}\u0000c\u0000${p.cluster}`, p.date);
    planned.set(`${p.month}\u0000h\u0000${p.host}`, p.date);
  }
  const ruleMemo = new Map<YearMonth, IsoDate | null>();
  const ruleDate = (m: YearMonth): IsoDate | null => {
    if (!ruleMemo.has(m)) {
      let d: IsoDate | null = null;
      try {
        d = briefingDate(m, { ...dateOptions, calendar }).date;
      } catch {
        d = null;
      }
      ruleMemo.set(m, d);
    }
    return ruleMemo.get(m) ?? null;
  };
  const hosted = new Map<string, number>();
  for (const { record: b, cells, table: t } of briefings) {
    const r = b.ref.row;
    const month = monthOf(b.date);
    if (!calendar.isWorkingDay(b.date)) {
      const h = calendar.holidayOn(b.date);
      const why = h && h.kind === 'off' ? { vi: h.name, en: h.name } : WEEKEND;
      t.report('warning', 'briefing.non-working-day', r, cells.date, msg.nonWorkingDay(t.cell(r, cells.date), b.date, weekdayNameVi(b.date), why));
    }
    let target: IsoDate | null = null;
    let source = FROM_PLAN;
    if (plan.length > 0) {
      target = (b.cluster !== null ? planned.get(`${month}\u0000c\u0000${b.cluster}`) : undefined) ?? planned.get(`${month}\u0000h\u0000${b.host}`) ?? null;
    } else {
      target = ruleDate(month);
      source = FROM_RULE;
    }
    if (target && target !== b.date) {
      t.report('warning', 'briefing.off-plan-date', r, cells.date, msg.offPlan(t.cell(r, cells.date), b.date, target, source));
    }
    if (cells.attendanceKnown) {
      if (b.attendance.communePolice === false) {
        t.report('warning', 'attendance.missing-police', r, cells.police, msg.missingPolice(t.cell(r, cells.police), b.date));
      }
      const missingRoles = LOCAL_ROLES.filter(([k]) => b.attendance[k] === false);
      const missing = missingRoles.map(([, l]) => l);
      if (missingRoles.length) {
        // Point at the first missing role's own column, so the clerk lands on the blank tick.
        const field = cells.local[missingRoles[0]![0]];
        t.report('warning', 'attendance.missing-local-leaders', r, field, msg.missingLocalLeaders(t.cell(r, field), b.date, {
          vi: missing.map((m) => m.vi).join(', '),
          en: missing.map((m) => m.en).join(', '),
        }));
      }
    }
    const hk = `${b.host}\u0000${month}`;
    const first = hosted.get(hk);
    if (first === undefined) hosted.set(hk, r);
    else {
      const [y, m] = month.split('-');
      t.report('warning', 'host.twice-in-month', r, cells.host, msg.hostTwice(t.cell(r, cells.host), b.host, `${m}/${y}`, first));
    }
  }
}

/** Warnings about issues: no briefing that day in that commune, still open after `overdueDays`. */
export function checkIssues(issues: readonly ReadIssue[], briefings: readonly ReadBriefing[], haveBriefingTable: boolean, asOf: IsoDate | null, overdueDays: number): void {
  const held = new Map<string, Set<IsoDate>>();
  const byCommune = new Map<string, IsoDate[]>();
  for (const { record: b } of briefings) {
    for (const c of b.participatingCommunes) {
      let days = held.get(c);
      if (!days) held.set(c, (days = new Set()));
      days.add(b.date);
      const list = byCommune.get(c);
      if (list) list.push(b.date);
      else byCommune.set(c, [b.date]);
    }
  }
  for (const list of byCommune.values()) list.sort();
  // Ages by date: 100,000 issues share a few hundred dates.
  const ages = new Map<IsoDate, number>();
  const ageOf = (d: IsoDate): number => {
    let a = ages.get(d);
    if (a === undefined) ages.set(d, (a = daysBetween(d, asOf!)));
    return a;
  };
  for (const { record: i, table: t } of issues) {
    const r = i.ref.row;
    if (haveBriefingTable && !held.get(i.commune)?.has(i.date)) {
      const near = nearest(byCommune.get(i.commune), i.date);
      t.report('warning', 'issue.no-briefing', r, 'date', msg.noBriefing(t.cell(r, 'date'), i.commune, i.date), near ? msg.nearestBriefing(i.commune, near) : null);
    }
    if (asOf && i.status === 'in-progress' && i.resolvedDate === null) {
      const age = ageOf(i.date);
      if (age > overdueDays) {
        const field = t.has('status') ? 'status' : 'date';
        t.report('warning', 'issue.overdue', r, field, msg.overdue(t.cell(r, field), i.date, age, overdueDays));
      }
    }
  }
}

/** The date in a sorted list closest to `d` (earlier wins a tie). */
function nearest(sorted: IsoDate[] | undefined, d: IsoDate): IsoDate | null {
  if (!sorted || sorted.length === 0) return null;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo];
  const before = sorted[lo - 1];
  if (before === undefined) return after ?? null;
  if (after === undefined) return before;
  return daysBetween(before, d) <= daysBetween(d, after) ? before : after;
}
