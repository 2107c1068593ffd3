/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy:
 * a month begins on the local day of a true new moon; month 11 is the month
 * containing the winter solstice; a year (from month 11 to month 11) of 13
 * months repeats, as a leap month, the first month containing no principal
 * solar term (no multiple of 30° of solar longitude). Local time is UTC+7
 * from 1968 and UTC+8 before (the convention Vietnam's calendar followed),
 * which is why Tết sometimes differs from the Chinese New Year.
 *
 * Written from Meeus' formulas (see astronomy.ts); verified 1900–2100.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';
import { civilFromDays, daysFromCivil, epochDay, fromEpochDay } from './civilDate.js';
import { newMoonIndexNear, newMoonJd, sunLongitude } from './astronomy.js';
import { GiaobanRangeError } from '../errors.js';

/** A date of the Vietnamese lunar calendar. `leap` marks the repeated (nhuận) month. */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Julian Day of 1970-01-01 00:00 UT. */
const JD_UNIX_EPOCH = 2440587.5;
/** Epoch day of 1968-01-01, when Vietnam's calendar moved from UTC+8 to UTC+7. */
const UTC7_FROM = daysFromCivil(1968, 1, 1);
/** Supported solar years (astronomy verified on 1900–2100; ΔT fits hold 1860–2150). */
export const LUNAR_MIN_YEAR = 1850;
export const LUNAR_MAX_YEAR = 2199;

function offsetHoursForDay(e: number): number {
  return e < UTC7_FROM ? 8 : 7;
}

/** Local (Vietnam) epoch day on which a UT Julian Day falls. */
function localDayOfJd(jd: number): number {
  const utc8 = Math.floor(jd - JD_UNIX_EPOCH + 8 / 24);
  return utc8 < UTC7_FROM ? utc8 : Math.floor(jd - JD_UNIX_EPOCH + 7 / 24);
}

/** UT Julian Day of local midnight starting epoch day `e`. */
function localMidnightJd(e: number): number {
  return e + JD_UNIX_EPOCH - offsetHoursForDay(e) / 24;
}

const newMoonDayCache = new Map<number, number>();
/** Local epoch day of new moon number k: the first day of that lunar month. */
function monthStart(k: number): number {
  let v = newMoonDayCache.get(k);
  if (v === undefined) {
    v = localDayOfJd(newMoonJd(k));
    newMoonDayCache.set(k, v);
  }
  return v;
}

/** Principal-term sector (0–11) of the Sun at the local midnight starting day `e`. */
function sectorAt(e: number): number {
  return Math.floor(sunLongitude(localMidnightJd(e)) / 30);
}

/** The new-moon number k whose lunar month contains epoch day `e`. */
function monthIndexOf(e: number): number {
  let k = newMoonIndexNear(e + JD_UNIX_EPOCH + 0.5);
  while (monthStart(k) > e) k--;
  while (monthStart(k + 1) <= e) k++;
  return k;
}

const month11Cache = new Map<number, number>();
/** k of lunar month 11 that contains the winter solstice of Gregorian year `y`. */
function month11(y: number): number {
  let v = month11Cache.get(y);
  if (v === undefined) {
    v = monthIndexOf(daysFromCivil(y, 12, 31));
    // The month holding 31 Dec holds the solstice unless it began after it.
    if (sunLongitude(localMidnightJd(monthStart(v))) >= 270) v--;
    month11Cache.set(y, v);
  }
  return v;
}

/** One lunar "sui": from month 11 of solar year y to month 11 of y + 1. */
interface Sui {
  /** k of the first month (month 11 of lunar year `y`). */
  start: number;
  /** 12 or 13. */
  months: number;
  /** Offset from `start` of the leap month, or -1. */
  leapOffset: number;
}

const suiCache = new Map<number, Sui>();
function sui(y: number): Sui {
  let v = suiCache.get(y);
  if (v === undefined) {
    const start = month11(y);
    const months = month11(y + 1) - start;
    let leapOffset = -1;
    if (months === 13) {
      for (let i = 1; i < 13; i++) {
        if (sectorAt(monthStart(start + i)) === sectorAt(monthStart(start + i + 1))) {
          leapOffset = i;
          break;
        }
      }
    }
    v = { start, months, leapOffset };
    suiCache.set(y, v);
  }
  return v;
}

function checkYear(y: number, what: string): void {
  if (!Number.isInteger(y) || y < LUNAR_MIN_YEAR || y > LUNAR_MAX_YEAR) {
    throw new GiaobanRangeError('lunar.out-of-range', {
      vi: `${what} ${y} nằm ngoài phạm vi âm lịch ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`,
      en: `Year ${y} is outside the supported lunar range ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`,
    });
  }
}

/**
 * The Vietnamese lunar date of a solar date.
 * @param d a civil date `YYYY-MM-DD`
 * @returns the lunar year, month, day and whether the month is a leap month
 * @throws {GiaobanRangeError} `date.invalid` when `d` is malformed or does not exist (`2026-02-30`:
 *   "Ngày 30/02/2026 không có trong lịch (tháng 2/2026 có 28 ngày)"); `lunar.out-of-range` outside the supported years
 * @example toLunar('2007-02-17') // { year: 2007, month: 1, day: 1, leap: false }
 */
export function toLunar(d: IsoDate): LunarDate {
  const e = epochDay(d);
  const [y] = civilFromDays(e);
  checkYear(y, 'Năm');
  const sy = monthStart(month11(y)) <= e ? y : y - 1;
  const s = sui(sy);
  const k = monthIndexOf(e);
  const offset = k - s.start;
  const effective = s.leapOffset >= 0 && offset >= s.leapOffset ? offset - 1 : offset;
  return {
    year: effective < 2 ? sy : sy + 1,
    month: ((effective + 10) % 12) + 1,
    day: e - monthStart(k) + 1,
    leap: offset === s.leapOffset,
  };
}

/** Lunar month start (epoch day) and length for a lunar year/month; null if no such month. */
function lunarMonthSpan(year: number, month: number, leap: boolean): { start: number; length: number } | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  // Months 11 and 12 of lunar year L open the sui of solar year L; months 1–10 close the sui of L − 1.
  const sy = month >= 11 ? year : year - 1;
  const effective = month >= 11 ? month - 11 : month + 1;
  const s = sui(sy);
  let offset: number;
  if (leap) {
    if (s.leapOffset !== effective + 1) return null;
    offset = s.leapOffset;
  } else {
    offset = s.leapOffset >= 0 && s.leapOffset <= effective ? effective + 1 : effective;
  }
  const start = monthStart(s.start + offset);
  return { start, length: monthStart(s.start + offset + 1) - start };
}

/**
 * The solar date of a Vietnamese lunar date; throws `RangeError` when there is
 * no such lunar date (e.g. day 30 of a 29-day month, a leap month that year lacks).
 * @example fromLunar({ year: 2018, month: 3, day: 10, leap: false }) // "2018-04-25" (Hùng Kings)
 * @throws {GiaobanRangeError} for a lunar date that does not exist (a leap month the year lacks, a 30th in a 29-day month) or a year outside the range
 */
export function fromLunar(l: LunarDate): IsoDate {
  checkYear(l.year, 'Năm âm lịch');
  const span = lunarMonthSpan(l.year, l.month, !!l.leap);
  if (!span || !Number.isInteger(l.day) || l.day < 1 || l.day > span.length) {
    throw new GiaobanRangeError('lunar.no-such-date', {
      vi: `Không có ngày âm lịch ${l.day}/${l.month}${l.leap ? ' nhuận' : ''}/${l.year}`,
      en: `No such lunar date: ${l.day}/${l.month}${l.leap ? ' (leap)' : ''}/${l.year}`,
    });
  }
  return fromEpochDay(span.start + l.day - 1);
}

/**
 * Number of days (29 or 30) of a lunar month, or null when the year has no such month.
 * @example lunarMonthLength(2018, 12) // 30
 */
export function lunarMonthLength(year: number, month: number, leap = false): number | null {
  checkYear(year, 'Năm âm lịch');
  return lunarMonthSpan(year, month, leap)?.length ?? null;
}

/**
 * The leap month (1–12) of a lunar year, or null when it has none.
 * @example leapMonthOf(2020) // 4
 */
export function leapMonthOf(year: number): number | null {
  checkYear(year, 'Năm âm lịch');
  // A leap month 11 or 12 belongs to the sui that opens lunar year `year`; other leap months to the sui before.
  const late = sui(year);
  if (late.leapOffset === 1 || late.leapOffset === 2) return late.leapOffset + 10;
  const early = sui(year - 1);
  if (early.leapOffset >= 3) return early.leapOffset - 2;
  return null;
}

/**
 * Tết Nguyên Đán: the solar date of day 1, month 1 of lunar year `year`.
 * @example tetDate(1985) // "1985-01-21" (China: 1985-02-20)
 */
export function tetDate(year: number): IsoDate {
  return fromLunar({ year, month: 1, day: 1, leap: false });
}

/** Heavenly stems (can) and earthly branches (chi) of the sexagenary cycle. */
const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
const MONTH_NAMES_VI = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Chạp'] as const;

/**
 * The can-chi name of a lunar year.
 * @example canChiYear(2018) // "Mậu Tuất"
 */
export function canChiYear(year: number): string {
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

/**
 * A lunar date in words.
 * @example formatLunarDate({ year: 2018, month: 1, day: 1, leap: false }) // "ngày 1 tháng Giêng năm Mậu Tuất (2018)"
 * @example formatLunarDate({ year: 2020, month: 4, day: 3, leap: true }, 'en') // "day 3 of leap month 4, year Canh Tý (2020)"
 */
export function formatLunarDate(l: LunarDate, lang: 'vi' | 'en' = 'vi'): string {
  if (lang === 'en') {
    return `day ${l.day} of ${l.leap ? 'leap ' : ''}month ${l.month}, year ${canChiYear(l.year)} (${l.year})`;
  }
  return `ngày ${l.day} tháng ${MONTH_NAMES_VI[l.month - 1] ?? l.month}${l.leap ? ' nhuận' : ''} năm ${canChiYear(l.year)} (${l.year})`;
}

/**
 * Short numeric form `d/m/yyyy` (with "N" after a leap month), as printed on Vietnamese calendars.
 * @example formatLunarShort({ year: 2020, month: 4, day: 3, leap: true }) // "3/4N/2020"
 */
export function formatLunarShort(l: LunarDate): string {
  return `${l.day}/${l.month}${l.leap ? 'N' : ''}/${l.year}`;
}

/** Checks a lunar date without throwing. @example isValidLunarDate({ year: 2018, month: 12, day: 30, leap: false }) // true */
export function isValidLunarDate(l: LunarDate): boolean {
  try {
    fromLunar(l);
    return true;
  } catch (e) {
    if (e instanceof GiaobanRangeError) return false;
    throw e;
  }
}
