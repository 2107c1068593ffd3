/**
 * Merging holiday sources: later sources win a date, so a workbook's
 * own holiday sheet, given last, overrides a `--holidays` file given before it.
 */
import type { HolidayOverride, IsoDate } from '../model.js';

/**
 * Merges holiday sources into one override list, later sources winning a
 * date (pass them lowest priority first: a file of announcements, then the
 * workbook's own sheet). The result feeds `holidaysOf`/`createWorkCalendar`
 * (`overrides`), which put it above the shipped rules and decrees.
 *
 * @example
 * ```ts
 * mergeHolidaySources(
 *   [{ date: '2027-09-03', name: 'Quốc khánh', kind: 'off' }],
 *   [{ date: '2027-09-03', name: 'Trực lễ', kind: 'workday' }],
 * ); // [{ date: '2027-09-03', name: 'Trực lễ', kind: 'workday' }]
 * ```
 */
export function mergeHolidaySources(...sources: (readonly HolidayOverride[] | null | undefined)[]): HolidayOverride[] {
  const byDate = new Map<IsoDate, HolidayOverride>();
  for (const list of sources) for (const h of list ?? []) byDate.set(h.date, h);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
