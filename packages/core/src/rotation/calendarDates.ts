/**
 * The default date provider: the calendar's briefing date for each month,
 * with a per-cluster nominal day when given. Memoised per (month, day).
 */
import { briefingDate, createWorkCalendar, type BriefingDateOptions } from '../calendar/index.js';
import type { YearMonth } from '../model.js';
import type { RotationDate, RotationDateOptions, RotationDateProvider } from './types.js';

/**
 * Builds the date provider the planner uses when none is injected.
 *
 * @example
 * ```ts
 * const dateOf = calendarDateProvider({ day: 15 }, { 'Cụm 2': 20 });
 * dateOf('2026-02', 'Cụm 1').date; // "2026-02-23" (Tết 2026 break)
 * ```
 */
export function calendarDateProvider(
  options: RotationDateOptions = {},
  clusterDays: Readonly<Record<string, number>> = {},
): RotationDateProvider {
  const cache = new Map<string, RotationDate>();
  // One work calendar for every month and cluster (it memoises years).
  const calendar = options.calendar ?? createWorkCalendar({ weeklyDaysOff: options.weeklyDaysOff, overrides: options.overrides });
  const base: BriefingDateOptions = { calendar };
  if (options.rule !== undefined) base.rule = options.rule;
  return (month: YearMonth, cluster: string) => {
    const day = clusterDays[cluster] ?? options.day ?? 15;
    const key = `${month}|${day}`;
    let d = cache.get(key);
    if (!d) {
      d = briefingDate(month, { ...base, day });
      cache.set(key, d);
    }
    return d;
  };
}
