/**
 * Integer day numbers for `YYYY-MM-DD` strings: the statistics loop compares
 * and subtracts plain integers instead of building a Date per row, and no host
 * time zone can move a day.
 */
import type { IsoDate, YearMonth } from '../model.js';

const ZERO = 48;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil), pure integer arithmetic.
 */
export function civilToDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of an ISO date, or NaN when the text is not `YYYY-MM-DD`. */
export function dayNumberOf(s: IsoDate | null | undefined): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = (s.charCodeAt(0) - ZERO) * 1000 + (s.charCodeAt(1) - ZERO) * 100 + (s.charCodeAt(2) - ZERO) * 10 + (s.charCodeAt(3) - ZERO);
  const m = (s.charCodeAt(5) - ZERO) * 10 + (s.charCodeAt(6) - ZERO);
  const d = (s.charCodeAt(8) - ZERO) * 10 + (s.charCodeAt(9) - ZERO);
  if (!(y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  return civilToDayNumber(y, m, d);
}

/** Year, month and day of a day number (civil_from_days). */
export function dayNumberToCivil(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** ISO date of a day number. */
export function dayNumberToIso(n: number): IsoDate {
  const { y, m, d } = dayNumberToCivil(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `YYYY-MM` of a month index `y * 12 + (m - 1)`. */
export function monthIndexToYearMonth(i: number): YearMonth {
  return `${pad(Math.floor(i / 12), 4)}-${pad((i % 12) + 1, 2)}`;
}
