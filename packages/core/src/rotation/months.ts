/**
 * Month and date helpers local to rotation: pure integer arithmetic on
 * `YYYY-MM` / `YYYY-MM-DD` strings, so no host time zone can move a day.
 */
import type { IsoDate, YearMonth } from '../model.js';
import { GiaobanRangeError } from '../errors.js';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed `YYYY-MM`. */
export function isRotationMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

/** Months since year 0 (for ordering and stepping). */
export function monthIndex(ym: YearMonth): number {
  const m = MONTH_RE.exec(ym);
  if (!m) throw new GiaobanRangeError('month.invalid', { vi: `Tháng không hợp lệ: "${ym}" (cần dạng YYYY-MM)`, en: `Invalid month: "${ym}" (YYYY-MM expected)` });
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Inverse of {@link monthIndex}. */
export function monthFromIndex(i: number): YearMonth {
  const y = Math.floor(i / 12);
  const m = i - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** The month of a date. */
export function monthOfDate(d: IsoDate): YearMonth {
  return d.slice(0, 7);
}

/** First and last day of a month as comparable strings (day 31 is fine for string comparison). */
export function monthBounds(ym: YearMonth): { first: IsoDate; last: IsoDate } {
  return { first: `${ym}-01`, last: `${ym}-31` };
}

/** `mm/yyyy`. */
export function viMonth(ym: YearMonth): string {
  return `${ym.slice(5, 7)}/${ym.slice(0, 4)}`;
}

/** Key of a (month, cluster) pair in maps. */
export function slotKey(month: YearMonth, cluster: string): string {
  return `${month}\u0000${cluster}`;
}
