/**
 * Deadline arithmetic over the work calendar, by the Civil Code 2015, Art.
 * 147–148: the day the clock starts is not counted; calendar-day periods
 * end on the last day counted, working-day periods on the n-th working
 * day (weekly days off, holidays and swapped days skipped, make-up
 * Saturdays counted); a period whose last day is a weekly day off or a
 * holiday ends at the end of the next working day. Every deadline — legal
 * or the unit's own — goes through {@link countDeadline}.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';
import { CIVIL_CODE_COUNTING, CLOCK_START_LABELS, DAY_COUNT_LABELS, type ClockStart, type DayCount } from '../data/deadlineCounting.js';
import type { DeadlineRule, DeadlineVersion } from '../data/deadlines.js';
import { citeLaw, citeLawEn } from '../data/legalTexts.js';
import { addDays, formatDateEn, formatDateVi, isValidIsoDate, weekdayNameEn, weekdayNameVi } from './civilDate.js';
import type { WorkCalendar } from './workCalendar.js';
import { GiaobanRangeError } from '../errors.js';

/** The longest run of days off we step through looking for a working day (Tết breaks are ≤ 10 days). */
const MAX_RUN = 62;

function noWorkingDay(date: IsoDate): never {
  throw new GiaobanRangeError('working-days.none', { vi: `Không có ngày làm việc nào trong ${MAX_RUN} ngày sau ${date}`, en: `No working day within ${MAX_RUN} days after ${date}` });
}

function checkDate(date: IsoDate): void {
  if (!isValidIsoDate(date)) throw new GiaobanRangeError('date.invalid', { vi: `Ngày không hợp lệ: ${date}`, en: `Invalid date: ${date}` });
}

/** `date` if it is a working day, else the next working day. */
function onOrNextWorkingDay(cal: WorkCalendar, date: IsoDate, from: IsoDate): IsoDate {
  let d = date;
  for (let run = 0; !cal.isWorkingDay(d); run++) {
    if (run >= MAX_RUN) noWorkingDay(from);
    d = addDays(d, 1);
  }
  return d;
}

/**
 * The `n`-th working day after `date` (not counting `date` itself); for `n = 0`,
 * `date` if it is a working day, else the next working day.
 *
 * @param cal - the work calendar
 * @param date - the day the count starts after
 * @param n - working days, a whole number ≥ 0
 * @returns the working day reached
 * @throws {GiaobanRangeError} when `date` is not a valid date, `n` is not a whole number ≥ 0, or no working day
 *   comes within 62 days (a calendar with every weekday off)
 * @example
 * ```ts
 * addWorkingDays(createWorkCalendar(), '2024-04-26', 1); // "2024-05-02" (27/04–01/05 off, 29/04 swapped)
 * addWorkingDays(createWorkCalendar(), '2024-05-03', 1); // "2024-05-04" (the make-up Saturday)
 * ```
 */
export function addWorkingDays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate {
  checkDate(date);
  if (!Number.isInteger(n) || n < 0) throw new GiaobanRangeError('working-days.count', { vi: `Số ngày làm việc phải là số nguyên không âm, nhận được ${n}`, en: `The number of working days must be a whole number ≥ 0, got ${n}` });
  if (n === 0) return onOrNextWorkingDay(cal, date, date);
  let d = date;
  let run = 0;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) {
      left--;
      run = 0;
    } else if (++run > MAX_RUN) noWorkingDay(date);
  }
  return d;
}

/** A deadline as counted: where the period ends and where it ends after Art. 148(5). */
export interface DeadlineCount {
  /** The day the clock starts (not counted). */
  start: IsoDate;
  days: number;
  count: DayCount;
  /** The last day of the period by counting alone. */
  end: IsoDate;
  /** The deadline: `end`, or the next working day when `end` is a weekly day off or a holiday. */
  due: IsoDate;
  /** True when `due` was moved off a day off (Civil Code 2015, Art. 148(5)). */
  moved: boolean;
}

/**
 * A deadline counted by the Civil Code 2015, Art. 147–148: `days` after
 * `start` (which is not counted), in calendar or working days; a period
 * ending on a weekly day off or a holiday ends on the next working day.
 *
 * @param start - the day of the event the clock starts from
 * @param days - the period, a whole number ≥ 0
 * @param count - calendar days or working days
 * @param cal - the work calendar (holidays, swaps, make-up Saturdays)
 * @returns the period's last day and the deadline
 * @throws {GiaobanRangeError} for an invalid `start` or `days`, or no working day within 62 days
 * @example
 * ```ts
 * countDeadline('2026-10-02', 30, 'calendar', createWorkCalendar());
 * // { end: "2026-11-01" (a Sunday), due: "2026-11-02", moved: true, … }
 * ```
 */
export function countDeadline(start: IsoDate, days: number, count: DayCount, cal: WorkCalendar): DeadlineCount {
  checkDate(start);
  if (!Number.isInteger(days) || days < 0) throw new GiaobanRangeError('deadline.days', { vi: `Số ngày của thời hạn phải là số nguyên không âm, nhận được ${days}`, en: `A deadline's days must be a whole number ≥ 0, got ${days}` });
  const end = count === 'working' ? addWorkingDays(cal, start, days) : addDays(start, days);
  const due = onOrNextWorkingDay(cal, end, start);
  return { start, days, count, end, due, moved: due !== end };
}

/**
 * The deadline `days` after `start` by the Civil Code 2015, Art. 147–148 ({@link countDeadline}).
 *
 * @param start - the day the clock starts (not counted)
 * @param days - the period
 * @param count - calendar days or working days
 * @param cal - the work calendar
 * @returns the deadline (always a working day)
 * @throws {GiaobanRangeError} as {@link countDeadline}
 * @example
 * ```ts
 * deadlineDate('2025-04-25', 5, 'working', createWorkCalendar()); // "2025-05-06" (Sat 26/04 is a make-up day; 30/04–04/05 off)
 * deadlineDate('2025-04-25', 30, 'calendar', createWorkCalendar()); // "2025-05-26" (25/05 is a Sunday)
 * ```
 */
export function deadlineDate(start: IsoDate, days: number, count: DayCount, cal: WorkCalendar): IsoDate {
  return countDeadline(start, days, count, cal).due;
}

/**
 * The version of a kind's law in force for a clock starting on `start`, or
 * null when none is (a kind a workbook adds has no versions: null too).
 *
 * @param rule - the kind's deadline
 * @param start - the day the clock starts
 * @returns the version, or null
 * @example deadlineVersionOn(DEADLINE_RULES.find((r) => r.kind === 'denunciation')!, '2018-12-31')?.days; // 60
 */
export function deadlineVersionOn(rule: DeadlineRule, start: IsoDate): DeadlineVersion | null {
  for (const v of rule.versions ?? []) if (v.validFrom <= start && (v.validTo === null || start <= v.validTo)) return v;
  return null;
}

/** Where an item's clock starts: which event, which day, and a note when the acceptance day was not available. */
export interface ClockStartDay {
  event: ClockStart;
  date: IsoDate;
  /**
   * `no-column`: the kind counts from acceptance but the table has no "Ngày thụ lý" column; `blank`: the
   * cell is blank; the date raised is used instead.
   */
  fallback: 'no-column' | 'blank' | null;
}

/** An item's deadline: the law (version) applied, where the clock started and the count. */
export interface IssueDeadline {
  rule: DeadlineRule;
  /** The version applied; null for a kind a workbook adds, or when no version is in force (then the convention's figures apply). */
  version: DeadlineVersion | null;
  clock: ClockStartDay;
  days: number;
  count: DayCount;
  due: DeadlineCount;
  /** The citation of what set the deadline (Vietnamese and English). */
  source: { vi: string; en: string };
}

/** What an item brings to its deadline. */
export interface DeadlineItem {
  /** The day it was raised (or received). */
  date: IsoDate;
  /** The day it was accepted (Ngày thụ lý), when the workbook records it. */
  acceptedDate?: IsoDate | null;
}

/** Options of {@link issueDeadline}. */
export interface IssueDeadlineOptions {
  /** The item's table has an acceptance-date column (so a blank cell is "not yet accepted"). */
  acceptanceColumn?: boolean;
  /** The rule to fall back to when the kind has no version in force on the item's date (default: the kind's own latest figures). */
  fallback?: DeadlineRule;
  /** Days that replace the rule's (the default kind's `--overdue-days`). */
  days?: number;
  /** Days that replace the fallback rule's, when it applies (the default kind's `--overdue-days`). */
  fallbackDays?: number;
}

function clockFor(item: DeadlineItem, start: ClockStart, acceptanceColumn: boolean): ClockStartDay {
  if (start !== 'acceptance') return { event: start, date: item.date, fallback: null };
  if (item.acceptedDate) return { event: 'acceptance', date: item.acceptedDate, fallback: null };
  return { event: 'raised', date: item.date, fallback: acceptanceColumn ? 'blank' : 'no-column' };
}

/**
 * An item's deadline: the kind's law in force when its clock starts (from
 * acceptance where the kind counts from it and the workbook records it,
 * else from the day raised or received), counted by the Civil Code 2015,
 * Art. 147–148.
 *
 * @param item - the day raised and, if known, the day accepted
 * @param rule - the item's kind
 * @param cal - the work calendar
 * @param options - the acceptance column's presence, the fallback rule, replacement days
 * @returns the deadline with its source
 * @throws {GiaobanRangeError} as {@link countDeadline}
 * @example
 * ```ts
 * const complaint = DEADLINE_RULES.find((r) => r.kind === 'complaint')!;
 * issueDeadline({ date: '2026-09-28', acceptedDate: '2026-10-02' }, complaint, createWorkCalendar()).due.due; // "2026-11-02"
 * ```
 */
export function issueDeadline(item: DeadlineItem, rule: DeadlineRule, cal: WorkCalendar, options: IssueDeadlineOptions = {}): IssueDeadline {
  const acceptanceColumn = options.acceptanceColumn ?? false;
  // Each version counts from its own event; the one in force on that day applies (latest first).
  let chosen: { v: DeadlineVersion; clock: ClockStartDay } | null = null;
  for (const v of [...(rule.versions ?? [])].reverse()) {
    const clock = clockFor(item, v.start, acceptanceColumn);
    if (v.validFrom <= clock.date && (v.validTo === null || clock.date <= v.validTo)) {
      chosen = { v, clock };
      break;
    }
  }
  if (chosen) {
    const days = options.days ?? chosen.v.days;
    return {
      rule,
      version: chosen.v,
      clock: chosen.clock,
      days,
      count: chosen.v.count,
      due: countDeadline(chosen.clock.date, days, chosen.v.count, cal),
      source: { vi: chosen.v.source, en: chosen.v.sourceEn },
    };
  }
  // A kind without versions (a workbook's own), or a date before any version: the figures of the
  // kind (or of the fallback, the unit's convention) from the day raised.
  const base = rule.versions && rule.versions.length && options.fallback ? options.fallback : rule;
  const start = base.start ?? 'raised';
  const clock = clockFor(item, start, acceptanceColumn);
  const days = base === rule ? (options.days ?? base.days) : (options.fallbackDays ?? base.days);
  const fallbackNote = base !== rule
    ? { vi: ` (chưa có thời hạn pháp định cho ${rule.label.vi.toLowerCase()} vào ngày ${formatDateVi(clock.date)})`, en: ` (no legal deadline for ${rule.label.en.toLowerCase()} on ${formatDateEn(clock.date)})` }
    : { vi: '', en: '' };
  return {
    rule,
    version: null,
    clock,
    days,
    count: base.count,
    due: countDeadline(clock.date, days, base.count, cal),
    source: { vi: `${base.source}${fallbackNote.vi}`, en: `${base.sourceEn ?? base.source}${fallbackNote.en}` },
  };
}

/**
 * How an item's deadline was reached, in one clause for a finding or a
 * report: "30 ngày kể từ ngày thụ lý 02/10/2026, hạn Chủ nhật 01/11/2026
 * là ngày nghỉ nên chuyển sang Thứ Hai 02/11/2026 (…)".
 *
 * @param d - the deadline
 * @returns Vietnamese and English text
 * @example explainDeadline(issueDeadline(item, complaint, cal)).vi; // "30 ngày kể từ ngày thụ lý 02/10/2026, …"
 */
export function explainDeadline(d: IssueDeadline): { vi: string; en: string } {
  const n = String(d.days).padStart(2, '0');
  const start = CLOCK_START_LABELS[d.clock.event];
  const fallbackVi = d.clock.fallback === 'no-column' ? ' (sổ không có cột Ngày thụ lý)' : d.clock.fallback === 'blank' ? ' (chưa ghi ngày thụ lý)' : '';
  const fallbackEn = d.clock.fallback === 'no-column' ? ' (the workbook has no "Ngày thụ lý" column)' : d.clock.fallback === 'blank' ? ' (no acceptance date entered)' : '';
  const c = d.due;
  const movedVi = c.moved
    ? `; ngày cuối ${weekdayNameVi(c.end)} ${formatDateVi(c.end)} là ngày nghỉ nên hạn là ${weekdayNameVi(c.due)} ${formatDateVi(c.due)} (${citeLaw(CIVIL_CODE_COUNTING.law, CIVIL_CODE_COUNTING.place)})`
    : `; hạn ${formatDateVi(c.due)}`;
  const movedEn = c.moved
    ? `; the last day, ${weekdayNameEn(c.end)} ${formatDateEn(c.end)}, is a day off, so it is due ${weekdayNameEn(c.due)} ${formatDateEn(c.due)} (${citeLawEn(CIVIL_CODE_COUNTING.law, CIVIL_CODE_COUNTING.place)})`
    : `; due ${formatDateEn(c.due)}`;
  return {
    vi: `${n} ${DAY_COUNT_LABELS[d.count].vi} kể từ ${start.vi} ${formatDateVi(d.clock.date)}${fallbackVi}${movedVi}`,
    en: `${d.days} ${DAY_COUNT_LABELS[d.count].en} from ${start.en}, ${formatDateEn(d.clock.date)}${fallbackEn}${movedEn}`,
  };
}

// The deadline table itself is exported from the main entry (records/), keeping the calendar entry small.
export type { ClockStart, DayCount } from '../data/deadlineCounting.js';
export type { DeadlineVersion } from '../data/deadlines.js';

/**
 * The civil date in Vietnam (UTC+7, no daylight saving since 1975) of an
 * instant — for a caller's "today"; the core itself reads no clock.
 *
 * @param epochMs - milliseconds since 1970-01-01T00:00Z
 * @returns the date in Hà Nội
 * @example
 * ```ts
 * civilDateInVietnam(Date.UTC(2025, 0, 14, 18, 0)); // "2025-01-15" (01:00 in Hà Nội)
 * ```
 */
export function civilDateInVietnam(epochMs: number): IsoDate {
  return new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The `n`-th working day before `date` (not counting `date` itself); for `n = 0`,
 * `date` if it is a working day, else the working day before it. The mirror of
 * {@link addWorkingDays}: an invitation sent `n` working days ahead of a briefing
 * is dated on a working day, never on a Sunday, a holiday or the Tết break.
 *
 * @throws {RangeError} when `date` is not a valid date, `n` is not a whole number ≥ 0, or no working day
 *   comes within 62 days before (a calendar with every weekday off)
 * @example
 * ```ts
 * subtractWorkingDays(createWorkCalendar(), '2026-01-15', 5); // "2026-01-08"
 * subtractWorkingDays(createWorkCalendar(), '2026-02-23', 5); // "2026-02-09" (14–22/02 is the Tết break)
 * ```
 */
export function subtractWorkingDays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate {
  if (!isValidIsoDate(date)) throw new GiaobanRangeError('date.invalid', { vi: `Ngày không hợp lệ: ${date}`, en: `Invalid date: ${date}` });
  if (!Number.isInteger(n) || n < 0) throw new GiaobanRangeError('working-days.count', { vi: `Số ngày làm việc phải là số nguyên không âm, nhận được ${n}`, en: `The number of working days must be a whole number ≥ 0, got ${n}` });
  const none = (): never => {
    throw new GiaobanRangeError('working-days.none', { vi: `Không có ngày làm việc nào trong ${MAX_RUN} ngày trước ${date}`, en: `No working day within ${MAX_RUN} days before ${date}` });
  };
  let d = date;
  let run = 0;
  if (n === 0) {
    while (!cal.isWorkingDay(d)) {
      if (++run > MAX_RUN) none();
      d = addDays(d, -1);
    }
    return d;
  }
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (cal.isWorkingDay(d)) {
      left--;
      run = 0;
    } else if (++run > MAX_RUN) none();
  }
  return d;
}
