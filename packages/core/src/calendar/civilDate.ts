/**
 * Civil (Gregorian) calendar dates as `YYYY-MM-DD` strings, with pure integer
 * day arithmetic: no `Date` object is ever created, so the host time zone can
 * never move a day.
 *
 * Why not luxon here: a calendar date in Asia/Ho_Chi_Minh has no instant and no
 * zone to convert, so luxon would add ~20 KB to the calendar bundle and a
 * DateTime per row to the statistics hot loop while deciding nothing. The core
 * therefore ships with no runtime dependency; luxon stays the oracle the tests
 * check these functions against (every date 0001–9999); test/calendar/tz.test.ts
 * re-runs the calendar under other host zones and compares.
 *
 * @packageDocumentation
 */
import type { IsoDate, YearMonth } from '../model.js';
import { GiaobanRangeError } from '../errors.js';
import { ENGLISH_MONTH_NAMES } from '../data/monthNames.js';

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YM_RE = /^(\d{4})-(\d{2})$/;

/** True for a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Number of days in month `m` (1–12) of year `y`.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days-from-civil algorithm; exact integers for any year).
 * @example daysFromCivil(1970, 1, 2) // 1
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date `[year, month, day]` of a day count since 1970-01-01.
 * @example civilFromDays(0) // [1970, 1, 1]
 */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/**
 * Builds an `IsoDate`; throws `RangeError` when the date does not exist.
 * @example isoDate(2018, 2, 15) // "2018-02-15"
 * @throws {GiaobanRangeError} for a day that does not exist
 */
export function isoDate(y: number, m: number, d: number): IsoDate {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new GiaobanRangeError('date.invalid', { vi: `Ngày không tồn tại: ${d}/${m}/${y}`, en: `No such date: ${d}/${m}/${y}` });
  }
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/**
 * True when `s` is a real calendar date written `YYYY-MM-DD`.
 * @example isValidIsoDate('2018-02-29') // false
 */
export function isValidIsoDate(s: string): boolean {
  const m = typeof s === 'string' ? ISO_RE.exec(s) : null;
  if (!m) return false;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True when `s` is a month written `YYYY-MM`. @example isValidYearMonth('2018-13') // false */
export function isValidYearMonth(s: string): boolean {
  const m = typeof s === 'string' ? YM_RE.exec(s) : null;
  return !!m && +m[1]! >= 1 && +m[2]! >= 1 && +m[2]! <= 12;
}

/**
 * The error for a string that is not a real `YYYY-MM-DD` date: a well-formed day the calendar
 * lacks (`2026-02-30`) is named as such, anything else as the wrong form.
 */
function invalidDateError(d: unknown): GiaobanRangeError {
  const m = typeof d === 'string' ? ISO_RE.exec(d) : null;
  const details = { details: { value: d } };
  if (m && +m[1]! >= 1) {
    const y = +m[1]!, mo = +m[2]!;
    if (mo < 1 || mo > 12) return new GiaobanRangeError('date.invalid', { vi: `Ngày "${d}" không có trong lịch (không có tháng ${mo})`, en: `"${d}" does not exist (there is no month ${mo})` }, details);
    const days = daysInMonth(y, mo);
    return new GiaobanRangeError('date.invalid', {
      vi: `Ngày ${m[3]}/${m[2]}/${m[1]} không có trong lịch (tháng ${mo}/${y} có ${days} ngày)`,
      en: `${m[3]}/${m[2]}/${m[1]} does not exist (${mo}/${y} has ${days} days)`,
    }, details);
  }
  return new GiaobanRangeError('date.invalid', { vi: `Ngày không hợp lệ: "${String(d)}" (cần dạng YYYY-MM-DD)`, en: `Invalid date: "${String(d)}" (expected YYYY-MM-DD)` }, details);
}

/**
 * Splits an `IsoDate` into numbers.
 * @throws {GiaobanRangeError} `date.invalid` for a malformed string, or a day the calendar lacks ("30/02/2026 không có trong lịch").
 * @example parseIsoDate('2018-02-15') // [2018, 2, 15]
 * @throws {GiaobanRangeError} for text that is not a real `YYYY-MM-DD` date
 */
export function parseIsoDate(d: IsoDate): [number, number, number] {
  if (!isValidIsoDate(d)) throw invalidDateError(d);
  return [+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10)];
}

/**
 * Splits a `YearMonth` into numbers; throws `RangeError` when malformed.
 * @example parseYearMonth('2018-02') // [2018, 2]
 * @throws {GiaobanRangeError} for text that is not `YYYY-MM`
 */
export function parseYearMonth(ym: YearMonth): [number, number] {
  if (!isValidYearMonth(ym)) throw new GiaobanRangeError('month.invalid', { vi: `Tháng không hợp lệ: "${ym}" (cần dạng YYYY-MM)`, en: `Invalid month: "${ym}" (expected YYYY-MM)` });
  return [+ym.slice(0, 4), +ym.slice(5, 7)];
}

const ZERO = 48; // char code of '0'

/**
 * Day count since 1970-01-01 of a `YYYY-MM-DD` string, or NaN when it is not
 * a real date. Reads char codes instead of a regex because the statistics loop
 * calls it for every record (100,000 issues).
 * @example epochDayOrNaN('1970-01-02') // 1
 * @example epochDayOrNaN('2018-02-30') // NaN
 */
export function epochDayOrNaN(s: IsoDate | null | undefined): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y0 = s.charCodeAt(0) - ZERO, y1 = s.charCodeAt(1) - ZERO, y2 = s.charCodeAt(2) - ZERO, y3 = s.charCodeAt(3) - ZERO;
  const m0 = s.charCodeAt(5) - ZERO, m1 = s.charCodeAt(6) - ZERO, d0 = s.charCodeAt(8) - ZERO, d1 = s.charCodeAt(9) - ZERO;
  // `>>> 0` turns a negative difference into a huge one: one test per character for "is a digit".
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1 || m < 1 || m > 12 || d < 1 || (d > 28 && d > daysInMonth(y, m))) return NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Day count since 1970-01-01 of an `IsoDate`; throws `RangeError` on a malformed date.
 * @example epochDay('1970-01-02') // 1
 * @throws {GiaobanRangeError} for text that is not a real `YYYY-MM-DD` date
 */
export function epochDay(d: IsoDate): number {
  const e = epochDayOrNaN(d);
  if (e !== e) throw invalidDateError(d);
  return e;
}

/** The `IsoDate` of a day count since 1970-01-01. @example fromEpochDay(1) // "1970-01-02" */
export function fromEpochDay(n: number): IsoDate {
  const [y, m, d] = civilFromDays(n);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Adds `n` days (negative to go back).
 * @example addDays('2018-02-28', 1) // "2018-03-01"
 */
export function addDays(d: IsoDate, n: number): IsoDate {
  return fromEpochDay(epochDay(d) + n);
}

/**
 * ISO weekday: Monday = 1 … Sunday = 7.
 * @example weekdayOf('2018-02-15') // 4 (Thursday)
 */
export function weekdayOf(d: IsoDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(d) + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * Days from `a` to `b` (b − a).
 * @example daysBetween('2018-01-15', '2018-02-14') // 30
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return epochDay(b) - epochDay(a);
}

/**
 * The month of a date.
 * @example monthOf('2018-02-15') // "2018-02"
 */
export function monthOf(d: IsoDate): YearMonth {
  parseIsoDate(d);
  return d.slice(0, 7);
}

/**
 * Builds a `YearMonth`; throws `RangeError` when invalid.
 * @example yearMonth(2018, 2) // "2018-02"
 * @throws {GiaobanRangeError} for a month outside 1–12
 */
export function yearMonth(y: number, m: number): YearMonth {
  if (!Number.isInteger(y) || !Number.isInteger(m) || y < 1 || y > 9999 || m < 1 || m > 12) {
    throw new GiaobanRangeError('month.invalid', { vi: `Tháng không tồn tại: ${m}/${y}`, en: `No such month: ${m}/${y}` });
  }
  return `${pad4(y)}-${pad2(m)}`;
}

/**
 * Adds `n` months to a month.
 * @example addMonths('2018-01', -1) // "2017-12"
 */
export function addMonths(ym: YearMonth, n: number): YearMonth {
  const [y, m] = parseYearMonth(ym);
  const idx = y * 12 + (m - 1) + n;
  return yearMonth(Math.floor(idx / 12), (((idx % 12) + 12) % 12) + 1);
}

/**
 * The month of a month index `year * 12 + (month - 1)` (how the statistics bucket days).
 * @example yearMonthFromIndex(2018 * 12 + 1) // "2018-02"
 */
export function yearMonthFromIndex(i: number): YearMonth {
  return `${pad4(Math.floor(i / 12))}-${pad2((((i % 12) + 12) % 12) + 1)}`;
}

/**
 * Formats a date the Vietnamese way, `dd/mm/yyyy`.
 * @example formatDateVi('2018-02-05') // "05/02/2018"
 */
export function formatDateVi(d: IsoDate): string {
  const [y, m, dd] = parseIsoDate(d);
  return `${pad2(dd)}/${pad2(m)}/${pad4(y)}`;
}

/**
 * Formats a date the English way, day first with the month in words, so no reader mistakes
 * the day for the month.
 * @example formatDateEn('2018-02-05') // "5 February 2018"
 */
export function formatDateEn(d: IsoDate): string {
  const [y, m, dd] = parseIsoDate(d);
  return `${dd} ${ENGLISH_MONTH_NAMES[m - 1]} ${pad4(y)}`;
}

/**
 * A date as text in `lang`: `dd/mm/yyyy` in Vietnamese, "5 February 2018" in English.
 * @example formatDateIn('2018-02-05', 'en') // "5 February 2018"
 */
export function formatDateIn(d: IsoDate, lang: 'vi' | 'en'): string {
  return lang === 'en' ? formatDateEn(d) : formatDateVi(d);
}

/**
 * A month `YYYY-MM` as text in `lang`: `mm/yyyy` in Vietnamese, "February 2018" in English.
 * @example formatMonthIn('2018-02', 'en') // "February 2018"
 */
export function formatMonthIn(ym: YearMonth, lang: 'vi' | 'en'): string {
  const [y, m] = parseYearMonth(ym);
  return lang === 'en' ? `${ENGLISH_MONTH_NAMES[m - 1]} ${pad4(y)}` : `${pad2(m)}/${pad4(y)}`;
}

/** Vietnamese weekday names, index 1 = Monday. */
export const WEEKDAY_NAMES_VI = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;
/** English weekday names, index 1 = Monday. */
export const WEEKDAY_NAMES_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Vietnamese weekday name of a date.
 * @example weekdayNameVi('2018-02-18') // "Chủ nhật"
 */
export function weekdayNameVi(d: IsoDate): string {
  return WEEKDAY_NAMES_VI[weekdayOf(d)];
}

/**
 * English weekday name of a date.
 * @example weekdayNameEn('2018-02-18') // "Sunday"
 */
export function weekdayNameEn(d: IsoDate): string {
  return WEEKDAY_NAMES_EN[weekdayOf(d)];
}

/**
 * The weekday name of a date in `lang`.
 * @example weekdayNameIn('2018-02-18', 'vi') // "Chủ nhật"
 */
export function weekdayNameIn(d: IsoDate, lang: 'vi' | 'en'): string {
  return lang === 'en' ? weekdayNameEn(d) : weekdayNameVi(d);
}

// Excel 1900 system: serial 1 = 1900-01-01, serial 60 = the fictitious
// 1900-02-29 (Lotus bug), serial 61 = 1900-03-01.
const EXCEL_1900_BASE = daysFromCivil(1899, 12, 30);
const EXCEL_1904_BASE = daysFromCivil(1904, 1, 1);

/**
 * The date of an Excel serial (time of day ignored). Returns null for serials
 * that are no date (< 1, not finite, the fictitious 1900-02-29, beyond 9999).
 * @example excelSerialToIsoDate(43146) // "2018-02-15"
 * @example excelSerialToIsoDate(0, true) // "1904-01-01"
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): IsoDate | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return null;
  // A tiny epsilon so float noise just under midnight (43146.9999999999) keeps its day.
  const whole = Math.floor(serial + 1e-9);
  let day: number;
  if (date1904) {
    if (whole < 0) return null;
    day = EXCEL_1904_BASE + whole;
  } else {
    if (whole < 1 || whole === 60) return null;
    day = whole < 60 ? EXCEL_1900_BASE + whole + 1 : EXCEL_1900_BASE + whole;
  }
  const [y] = civilFromDays(day);
  if (y > 9999) return null;
  return fromEpochDay(day);
}

/**
 * The Excel serial of a date: 1900 system by default, or the 1904 system
 * (serial 0 = 1904-01-01) of workbooks made by old Excel for Mac.
 * @example isoDateToExcelSerial('2018-02-15') // 43146
 * @example isoDateToExcelSerial('2018-02-15', true) // 41684
 */
export function isoDateToExcelSerial(d: IsoDate, date1904 = false): number {
  if (date1904) return epochDay(d) - EXCEL_1904_BASE;
  const day = epochDay(d) - EXCEL_1900_BASE;
  return day < 61 ? day - 1 : day;
}
