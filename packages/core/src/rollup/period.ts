/**
 * The same period a year earlier (cùng kỳ năm trước): the comparison every
 * police report makes. A named period (month, quarter, half, nine months,
 * year) becomes the same named period of the previous year under the same
 * convention, so "Tháng 12/2025" compares with "Tháng 12/2024" and its label
 * says so; a custom range is moved back one year day for day.
 */
import type { IsoDate } from '../model.js';
import { daysInMonth, isoDate, parseIsoDate } from '../calendar/civilDate.js';
import { customPeriod, periodContaining, type ReportingPeriod } from '../calendar/periods.js';
import type { StatisticsPeriod } from '../stats/statistics.js';

/**
 * A date moved by whole years; 29 February becomes 28 February in a common year.
 *
 * @param date - a civil date `YYYY-MM-DD`.
 * @param years - how many years to move (negative: back).
 * @returns the date `years` years away.
 * @example
 * ```ts
 * shiftYears('2025-12-14', -1); // "2024-12-14"
 * shiftYears('2024-02-29', -1); // "2023-02-28"
 * ```
 */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = parseIsoDate(date);
  const ny = y + years;
  return isoDate(ny, m, Math.min(d, daysInMonth(ny, m)));
}

/**
 * The same period of the previous year. A named period keeps its kind and
 * convention (a Decree 09/2019 month cut on the same day, a calendar quarter);
 * a custom range is the same days a year earlier.
 *
 * @param period - this period (a `ReportingPeriod` from `parsePeriodSpec`, or any `from`/`to`).
 * @param cutoffDay - cut-off day of decree months (default: the period's own start day, else 15).
 * @returns the period a year earlier, with its label.
 * @throws {PeriodSpecError} when the period's dates are not valid.
 * @example
 * ```ts
 * samePeriodLastYear(parsePeriodSpec('month:2025-12')).label;    // "Tháng 12/2024 (15/11/2024 – 14/12/2024)"
 * samePeriodLastYear(parsePeriodSpec('half:2025-H1')).from;      // "2024-12-15"
 * samePeriodLastYear(customPeriod('2025-03-01', '2025-05-31')).to; // "2024-05-31"
 * ```
 */
export function samePeriodLastYear(period: StatisticsPeriod, cutoffDay?: number): ReportingPeriod {
  const kind = period.kind;
  const named = kind === 'month' || kind === 'quarter' || kind === 'half' || kind === 'nine-months' || kind === 'year';
  if (named && (period.convention === 'decree' || period.convention === 'calendar')) {
    const calendar = period.convention === 'calendar';
    const cutoff = cutoffDay ?? (calendar ? undefined : parseIsoDate(period.from)[2]);
    // The period's last day a year earlier lies in the same named period of that year.
    return periodContaining(shiftYears(period.to, -1), kind, calendar ? { calendar: true } : { cutoffDay: cutoff });
  }
  return customPeriod(shiftYears(period.from, -1), shiftYears(period.to, -1));
}
