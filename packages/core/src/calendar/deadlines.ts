/**
 * Deadline arithmetic over the work calendar (issue 14): calendar-day
 * deadlines are plain addition; working-day deadlines count only working days
 * (weekly days off, holidays and swapped days skipped, make-up Saturdays
 * counted), so they never land on a day off.
 */
import type { IsoDate } from '../model.js';
import type { DayCount } from '../data/deadlines.js';
import { addDays, isValidIsoDate } from './civilDate.js';
import type { WorkCalendar } from './workCalendar.js';
import { GiaobanRangeError } from '../errors.js';

/** The longest run of days off we step through looking for a working day (Tết breaks are ≤ 10 days). */
const MAX_RUN = 62;

function noWorkingDay(date: IsoDate): never {
  throw new GiaobanRangeError('working-days.none', { vi: `Không có ngày làm việc nào trong ${MAX_RUN} ngày sau ${date}`, en: `No working day within ${MAX_RUN} days after ${date}` });
}

/**
 * The `n`-th working day after `date` (not counting `date` itself); for `n = 0`,
 * `date` if it is a working day, else the next working day.
 *
 * @throws {RangeError} when `date` is not a valid date, `n` is not a whole number ≥ 0, or no working day
 *   comes within 62 days (a calendar with every weekday off)
 * @example
 * ```ts
 * addWorkingDays(createWorkCalendar(), '2024-04-26', 1); // "2024-05-02" (27/04–01/05 off, 29/04 swapped)
 * addWorkingDays(createWorkCalendar(), '2024-05-03', 1); // "2024-05-04" (the make-up Saturday)
 * ```
 */
export function addWorkingDays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate {
  if (!isValidIsoDate(date)) throw new GiaobanRangeError('date.invalid', { vi: `Ngày không hợp lệ: ${date}`, en: `Invalid date: ${date}` });
  if (!Number.isInteger(n) || n < 0) throw new GiaobanRangeError('working-days.count', { vi: `Số ngày làm việc phải là số nguyên không âm, nhận được ${n}`, en: `The number of working days must be a whole number ≥ 0, got ${n}` });
  let d = date;
  let run = 0;
  if (n === 0) {
    while (!cal.isWorkingDay(d)) {
      if (++run > MAX_RUN) noWorkingDay(date);
      d = addDays(d, 1);
    }
    return d;
  }
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) {
      left--;
      run = 0;
    } else if (++run > MAX_RUN) noWorkingDay(date);
  }
  return d;
}

/**
 * The deadline `days` after `start`, counted in calendar days (plain addition)
 * or working days ({@link addWorkingDays}).
 *
 * @throws {RangeError} as {@link addWorkingDays}, or for an invalid `start`
 * @example
 * ```ts
 * deadlineDate('2025-04-25', 5, 'working', createWorkCalendar()); // "2025-05-06" (Sat 26/04 is a make-up day; 30/04–04/05 off)
 * deadlineDate('2025-04-25', 30, 'calendar', createWorkCalendar()); // "2025-05-25"
 * ```
 */
export function deadlineDate(start: IsoDate, days: number, count: DayCount, cal: WorkCalendar): IsoDate {
  if (count === 'working') return addWorkingDays(cal, start, days);
  if (!isValidIsoDate(start)) throw new GiaobanRangeError('date.invalid', { vi: `Ngày không hợp lệ: ${start}`, en: `Invalid date: ${start}` });
  return addDays(start, days);
}

// The deadline table itself is exported from the main entry (records/), keeping the calendar entry small.
export type { DayCount } from '../data/deadlines.js';

/**
 * The civil date in Vietnam (UTC+7, no daylight saving since 1975) of an
 * instant — for a caller's "today"; the core itself reads no clock.
 *
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
