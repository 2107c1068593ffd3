/**
 * Working days: Monday–Friday by default (configurable weekly days off), minus
 * holidays and compensatory days, plus make-up working days.
 *
 * @packageDocumentation
 */
import type { Holiday, HolidayOverride, IsoDate } from '../model.js';
import { weekdayOf } from './civilDate.js';
import { holidaysOf, holidayYearBasis, normalizeWeeklyDaysOff, type HolidayYearBasis } from './holidays.js';

const HOLIDAY_MIN_YEAR = 1900;
const HOLIDAY_MAX_YEAR = 2100;

/** How to build a {@link WorkCalendar}. */
export interface WorkCalendarOptions {
  /** ISO weekdays off every week (Mon=1 … Sun=7); default `[6, 7]`. */
  weeklyDaysOff?: readonly number[];
  /** Caller-supplied holidays and make-up days (source `workbook`), which win over rules and decrees. */
  overrides?: readonly HolidayOverride[];
}

/** Answers "is this a working day?" for any date 1900–2100. */
export interface WorkCalendar {
  isWorkingDay(d: IsoDate): boolean;
  /** The holiday-calendar entry of a day (a day off or a make-up working day), if any. */
  holidayOn(d: IsoDate): Holiday | undefined;
  /** True when `d` falls on a weekly day off (whatever the holidays say). */
  isWeeklyDayOff(d: IsoDate): boolean;
  /** The weekly days off this calendar uses. */
  readonly weeklyDaysOff: readonly number[];
  /** Whether a year's holidays (1900–2100) are announced or estimated, with this calendar's own days. */
  yearBasis(year: number): HolidayYearBasis;
}

/**
 * Builds a working-day calendar; years are computed lazily and memoised.
 * @example
 * ```ts
 * const cal = createWorkCalendar();
 * cal.isWorkingDay('2018-02-15'); // false — Tết break
 * cal.holidayOn('2018-09-02')?.name; // "Quốc khánh"
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const weeklyDaysOff = normalizeWeeklyDaysOff(options.weeklyDaysOff);
  const overrides = options.overrides ?? [];
  const years = new Map<number, Map<IsoDate, Holiday>>();
  const yearMap = (y: number): Map<IsoDate, Holiday> => {
    let m = years.get(y);
    if (!m) {
      // Outside 1900–2100 no holiday is known, only the weekly days off: a date adjusted across the
      // range's edge (1 Jan 1900 'preceding' lands in December 1899) still gets an answer.
      const known = y >= HOLIDAY_MIN_YEAR && y <= HOLIDAY_MAX_YEAR;
      m = new Map(known ? holidaysOf(y, { overrides, weeklyDaysOff }).map((h) => [h.date, h] as const) : []);
      years.set(y, m);
    }
    return m;
  };
  const holidayOn = (d: IsoDate) => yearMap(+d.slice(0, 4)).get(d);
  const bases = new Map<number, HolidayYearBasis>();
  const yearBasis = (y: number): HolidayYearBasis => {
    let b = bases.get(y);
    if (!b) bases.set(y, (b = holidayYearBasis(y, { overrides, weeklyDaysOff })));
    return b;
  };
  const isWeeklyDayOff = (d: IsoDate) => weeklyDaysOff.includes(weekdayOf(d));
  return {
    weeklyDaysOff,
    holidayOn,
    isWeeklyDayOff,
    yearBasis,
    isWorkingDay(d) {
      const h = holidayOn(d);
      if (h) return h.kind === 'workday';
      return !isWeeklyDayOff(d);
    },
  };
}
