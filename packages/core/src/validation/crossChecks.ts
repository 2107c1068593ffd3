/**
 * Checks across rows and tables (the warnings): a briefing on a day off
 * or off its planned date, missing attendance, a commune hosting twice in a
 * month, an issue with no briefing that day, items unresolved too long;
 * and against the catalogue: a chair on leave or chairing twice that day, a
 * host or issue commune that did not exist on that date.
 * They run on records that survived reading (rows with errors are left out).
 */
import type { Commune, IsoDate, YearMonth } from '../model.js';
import { DEADLINE_RULES, type DeadlineRule } from '../data/deadlines.js';
import {
  briefingDate,
  createWorkCalendar,
  daysBetween,
  explainDeadline,
  issueDeadline,
  monthOf,
  weekdayNameVi,
  type BriefingDateOptions,
  type IssueDeadline,
  type WorkCalendar,
} from '../calendar/index.js';
import type { BriefingCells, ReadBriefing } from '../records/readBriefings.js';
import type { FieldName } from '../data/headers.js';
import type { ReadIssue } from '../records/readIssues.js';
import type { PlanRow } from '../records/readPlan.js';
import type { BiText } from '../findings/findingSink.js';
import { msg } from '../findings/messages.js';
import { GiaobanRangeError } from '../errors.js';

const LOCAL_ROLES = [
  ['partyStanding', { vi: 'Thường trực Đảng ủy', en: 'Party standing committee' }],
  ['peoplesCouncil', { vi: 'HĐND', en: "People's Council" }],
  ['peoplesCommittee', { vi: 'UBND', en: "People's Committee" }],
] as const;

/** The village tier's participants a briefing should record (Law 30/2023/QH15 for the security teams). */
const VILLAGE_ROLES = [
  ['villageHeads', { vi: 'Trưởng thôn, bản (tổ trưởng tổ dân phố)', en: 'the village head' }],
  ['securityTeam', { vi: 'Tổ bảo vệ an ninh, trật tự ở cơ sở', en: 'the grassroots security team' }],
] as const;

/** Where a village briefing's attendance is written: the free-text column, else the first role column. */
function villageField(cells: BriefingCells): FieldName | undefined {
  return cells.local.partyStanding ?? cells.police;
}

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
      // The decree calendars cover 1900–2100: a briefing outside them has no rule date to compare with.
      const y = Number(m.slice(0, 4));
      const d: IsoDate | null = y >= 1900 && y <= 2100 ? briefingDate(m, { ...dateOptions, calendar }).date : null;
      ruleMemo.set(m, d);
    }
    return ruleMemo.get(m) ?? null;
  };
  const hosted = new Map<string, number>();
  const chaired = new Map<string, { sheet: string; row: number; cell: string }>();
  for (const { record: b, cells, table: t, catalogue: cat } of briefings) {
    const r = b.ref.row;
    const month = monthOf(b.date);
    // A host from another cluster: the briefing still counts for its own cluster.
    const hostCluster = cat.commune(b.host)?.cluster ?? null;
    if (b.cluster !== null && hostCluster && hostCluster !== b.cluster) {
      t.report('host.outside-cluster', r, cells.host, msg.hostOutsideCluster(t.cell(r, cells.host), b.host, hostCluster, b.cluster));
    }
    const gone = cat.inactiveOn(b.host, b.date);
    if (gone) {
      t.report('commune.inactive', r, cells.host, msg.communeInactive(t.cell(r, cells.host), gone.name, b.date, gone.validFrom, gone.validTo), mergedHint(gone, b.date));
    }
    if (b.chair !== null) {
      const away = cat.absenceOn(b.chair, b.date);
      if (away) {
        t.report('chair.absent', r, cells.chair, msg.chairAbsent(t.cell(r, cells.chair), b.chair, b.date, away.from, away.to, away.reason));
      }
      const ck = `${b.chair}\u0000${b.date}`;
      const first = chaired.get(ck);
      if (first === undefined) chaired.set(ck, { sheet: b.ref.sheet, row: r, cell: t.cell(r, cells.chair) });
      else {
        const where = first.sheet === b.ref.sheet ? { vi: `dòng ${first.row}`, en: `row ${first.row}` } : { vi: `trang ${first.sheet}, ô ${first.cell}`, en: `sheet ${first.sheet}, cell ${first.cell}` };
        t.report('chair.double-booked', r, cells.chair, msg.chairDoubleBooked(t.cell(r, cells.chair), b.chair, b.date, where));
      }
    }
    if (!calendar.isWorkingDay(b.date)) {
      const h = calendar.holidayOn(b.date);
      const why = h && h.kind === 'off' ? { vi: h.name, en: h.name } : WEEKEND;
      t.report('briefing.non-working-day', r, cells.date, msg.nonWorkingDay(t.cell(r, cells.date), b.date, weekdayNameVi(b.date), why));
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
      t.report('briefing.off-plan-date', r, cells.date, msg.offPlan(t.cell(r, cells.date), b.date, target, source));
    }
    if (cells.attendanceKnown && cat.villages) {
      // The village tier: the commune police chief chairs; the village's head and its security team attend.
      const missing = VILLAGE_ROLES.filter(([k]) => b.attendance[k] !== true).map(([, l]) => l);
      if (missing.length) {
        t.report('attendance.missing-local-leaders', r, villageField(cells), msg.missingVillageRoles(t.cell(r, villageField(cells)), b.date, {
          vi: missing.map((m) => m.vi).join(', '),
          en: missing.map((m) => m.en).join(', '),
        }));
      }
    } else if (cells.attendanceKnown) {
      if (b.attendance.communePolice === false) {
        t.report('attendance.missing-police', r, cells.police, msg.missingPolice(t.cell(r, cells.police), b.date));
      }
      const missingRoles = LOCAL_ROLES.filter(([k]) => b.attendance[k] === false);
      const missing = missingRoles.map(([, l]) => l);
      if (missingRoles.length) {
        // Point at the first missing role's own column, so the clerk lands on the blank tick.
        const field = cells.local[missingRoles[0]![0]];
        t.report('attendance.missing-local-leaders', r, field, msg.missingLocalLeaders(t.cell(r, field), b.date, {
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
      t.report('host.twice-in-month', r, cells.host, msg.hostTwice(t.cell(r, cells.host), b.host, `${m}/${y}`, first));
    }
  }
}

/** How deadlines are decided for {@link checkIssues}. */
export interface DeadlineContext {
  rules: readonly DeadlineRule[];
  calendar: WorkCalendar;
  /** `--overdue-days` was given: it then sets the default kind's days (over the workbook's table). */
  overdueDaysGiven?: boolean;
}

/**
 * Warnings about issues: no briefing that day in that commune, still open
 * past the deadline of its kind — the law in force when its clock started
 * (from acceptance where the kind counts from it and the table has a "Ngày
 * thụ lý" column, else from the day raised), counted by the Civil Code 2015,
 * Art. 147–148 — to `asOf`, which the message names with the date the clock
 * started from. The default kind (the unit's convention) has `overdueDays`
 * days.
 */
export function checkIssues(
  issues: readonly ReadIssue[],
  briefings: readonly ReadBriefing[],
  haveBriefingTable: boolean,
  asOf: IsoDate | null,
  overdueDays: number,
  deadlines?: DeadlineContext,
): void {
  const rules = deadlines?.rules ?? DEADLINE_RULES;
  const calendar = deadlines?.calendar ?? createWorkCalendar();
  const byKind = new Map(rules.map((r) => [r.kind, r] as const));
  const generalRule = byKind.get('general') ?? DEADLINE_RULES[0]!;
  const defaultDays = deadlines?.overdueDaysGiven || !byKind.has('general') || !deadlines ? overdueDays : generalRule.days;
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
  // Ages by date and deadlines by (date, acceptance, kind): 100,000 issues share a few hundred of each.
  const ages = new Map<IsoDate, number>();
  const ageOf = (d: IsoDate): number => {
    let a = ages.get(d);
    if (a === undefined) ages.set(d, (a = daysBetween(d, asOf!)));
    return a;
  };
  const dues = new Map<string, IssueDeadline | null>();
  const dueOf = (i: ReadIssue['record'], acceptanceColumn: boolean): IssueDeadline | null => {
    const rule = (i.kind ? byKind.get(i.kind) : undefined) ?? generalRule;
    const key = `${i.date}|${i.acceptedDate ?? ''}|${acceptanceColumn ? 1 : 0}|${rule.kind}`;
    let due = dues.get(key);
    if (due === undefined) {
      due = safeDeadline(() => issueDeadline(i, rule, calendar, { acceptanceColumn, fallback: generalRule, fallbackDays: defaultDays, ...(rule === generalRule ? { days: defaultDays } : {}) }));
      dues.set(key, due);
    }
    return due;
  };
  for (const { record: i, table: t, catalogue: cat, communeField } of issues) {
    const r = i.ref.row;
    const gone = cat.inactiveOn(i.commune, i.date);
    if (gone) {
      t.report('commune.inactive', r, communeField, msg.communeInactive(t.cell(r, communeField), gone.name, i.date, gone.validFrom, gone.validTo), mergedHint(gone, i.date));
    }
    if (haveBriefingTable && !held.get(i.commune)?.has(i.date)) {
      const near = nearest(byCommune.get(i.commune), i.date);
      t.report('issue.no-briefing', r, 'date', msg.noBriefing(t.cell(r, 'date'), i.commune, i.date), near ? msg.nearestBriefing(i.commune, near) : null);
    }
    if (asOf && i.status === 'in-progress' && i.resolvedDate === null) {
      const due = dueOf(i, t.has('acceptedDate'));
      if (due !== null && asOf > due.due.due) {
        const field = t.has('status') ? 'status' : 'date';
        t.report('issue.overdue', r, field, msg.overdue(t.cell(r, field), i.date, ageOf(i.date), asOf, { label: due.rule.label, how: explainDeadline(due), source: due.source }));
      }
    }
  }
}

/** The deadline, or null where the calendar cannot count it (working days past 2100, no working day in sight): no overdue check then. */
function safeDeadline(count: () => IssueDeadline): IssueDeadline | null {
  try {
    return count();
  } catch (e) {
    if (e instanceof GiaobanRangeError) return null;
    throw e;
  }
}

/** "Merged into X" when the commune is gone because of a merger (only after its end date). */
function mergedHint(c: Commune, on: IsoDate): BiText | null {
  return c.mergedInto && c.validTo !== null && on > c.validTo ? msg.communeMergedInto(c.name, c.mergedInto) : null;
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
