/**
 * Vietnamese public holidays for any year, from three sources in increasing
 * priority (SPEC §2.2): the Labour Code's rules (with Tết marked `estimate`
 * where no decree is known), the decreed breaks shipped as data, and the
 * caller's overrides (the workbook's holiday sheet).
 *
 * @packageDocumentation
 */
import type { Holiday, HolidayOverride, HolidaySource, IsoDate } from '../model.js';
import {
  HOLIDAY_DECREES,
  HOLIDAY_NAMES,
  LABOUR_CODE_ERAS,
  type DecreedHoliday,
  type HolidayDecree,
  type LabourCodeEra,
} from '../data/holidayDecrees.js';
import { addDays, epochDay, fromEpochDay, isoDate, isValidIsoDate } from './civilDate.js';
import { fromLunar, lunarMonthLength, tetDate } from './lunar.js';

/** Options of {@link holidaysOf}. */
export interface HolidayOptions {
  /** Caller-supplied days (source `workbook`); they replace anything on the same date. */
  overrides?: HolidayOverride[];
  /** ISO weekdays that are weekly days off (Mon=1 … Sun=7); default `[6, 7]`. Decides compensatory days. */
  weeklyDaysOff?: readonly number[];
}

/** Default weekly days off: Saturday and Sunday. */
export const DEFAULT_WEEKLY_DAYS_OFF: readonly number[] = [6, 7];

function eraOf(year: number): LabourCodeEra {
  let era = LABOUR_CODE_ERAS[0]!;
  for (const e of LABOUR_CODE_ERAS) if (e.fromYear <= year) era = e;
  return era;
}

/** Decrees indexed by the calendar year of each of their days (a break may straddle years). */
let decreeIndex: Map<number, HolidayDecree[]> | null = null;
function decreesTouching(year: number): HolidayDecree[] {
  if (!decreeIndex) {
    decreeIndex = new Map();
    for (const d of HOLIDAY_DECREES) {
      const years = new Set([+d.from.slice(0, 4), +d.to.slice(0, 4), ...d.workdays.map((w) => +w.slice(0, 4))]);
      for (const y of years) {
        const list = decreeIndex.get(y) ?? [];
        list.push(d);
        decreeIndex.set(y, list);
      }
    }
  }
  return decreeIndex.get(year) ?? [];
}

function decreeFor(year: number, holiday: DecreedHoliday): HolidayDecree | undefined {
  return HOLIDAY_DECREES.find((d) => d.year === year && d.holiday === holiday);
}

/** A day off produced by a rule, before compensatory days are added. */
interface RuleDay {
  date: IsoDate;
  name: string;
  nameEn: string;
  /** Base name used for "Nghỉ bù …". */
  holiday: { vi: string; en: string };
  source: HolidaySource;
}

const LUNAR_DAY_VI = ['', 'mùng 1', 'mùng 2', 'mùng 3', 'mùng 4', 'mùng 5', 'mùng 6', 'mùng 7', 'mùng 8', 'mùng 9', 'mùng 10'];

/** The Tết days by rule for lunar year `year`: the last day(s) of the old year and the first days of the new. */
function tetRuleDays(year: number, era: LabourCodeEra): RuleDay[] {
  const first = tetDate(year);
  const days: RuleDay[] = [];
  const lastLen = lunarMonthLength(year - 1, 12) ?? 30;
  for (let i = -era.tetDaysBefore; i < era.tetDaysFrom; i++) {
    const date = addDays(first, i);
    const vi = i < 0 ? `${lastLen + i + 1} tháng Chạp` : LUNAR_DAY_VI[i + 1]!;
    const en = i < 0 ? `day ${lastLen + i + 1} of the 12th lunar month` : `lunar day ${i + 1}`;
    days.push({ date, name: `${HOLIDAY_NAMES.tet.vi} (${vi})`, nameEn: `${HOLIDAY_NAMES.tet.en} (${en})`, holiday: HOLIDAY_NAMES.tet, source: 'estimate' });
  }
  return days;
}

function plain(date: IsoDate, holiday: { vi: string; en: string }, source: HolidaySource): RuleDay {
  return { date, name: holiday.vi, nameEn: holiday.en, holiday, source };
}

function decreeDays(d: HolidayDecree): { off: Holiday[]; work: Holiday[] } {
  const base = d.holiday === 'tet' ? HOLIDAY_NAMES.tet : HOLIDAY_NAMES.nationalDay;
  const off: Holiday[] = [];
  for (let e = epochDay(d.from), end = epochDay(d.to); e <= end; e++) {
    off.push({ date: fromEpochDay(e), name: base.vi, nameEn: base.en, kind: 'off', source: 'decree' });
  }
  const work = d.workdays.map<Holiday>((date) => ({
    date,
    name: `${HOLIDAY_NAMES.makeUpPrefix.vi} ${base.vi}`,
    nameEn: `${HOLIDAY_NAMES.makeUpPrefix.en} ${base.en}`,
    kind: 'workday',
    source: 'decree',
  }));
  return { off, work };
}

function weekdayOfEpoch(e: number): number {
  return ((((e + 3) % 7) + 7) % 7) + 1;
}

/** The year's holidays by rule and decree, before overrides: sorted, one per day. */
function lawHolidays(year: number, weeklyOff: readonly number[]): Holiday[] {
  const era = eraOf(year);
  const byDate = new Map<IsoDate, Holiday>();
  const needsComp: RuleDay[] = [];
  const isWeeklyOff = (d: IsoDate) => weeklyOff.includes(weekdayOfEpoch(epochDay(d)));

  // Decreed breaks are final: they already contain their compensatory days.
  const tetDecree = decreeFor(year, 'tet');
  const ndDecree = era.nationalDayDays === 2 ? decreeFor(year, 'national-day') : undefined;
  for (const d of decreesTouching(year)) {
    const { off, work } = decreeDays(d);
    for (const h of [...off, ...work]) if (+h.date.slice(0, 4) === year) byDate.set(h.date, h);
  }

  const ruleDays: RuleDay[] = [plain(isoDate(year, 1, 1), HOLIDAY_NAMES.newYear, 'rule')];
  if (!tetDecree) ruleDays.push(...tetRuleDays(year, era));
  if (era.hungKings) ruleDays.push(plain(fromLunar({ year, month: 3, day: 10, leap: false }), HOLIDAY_NAMES.hungKings, 'rule'));
  ruleDays.push(plain(isoDate(year, 4, 30), HOLIDAY_NAMES.reunification, 'rule'));
  ruleDays.push(plain(isoDate(year, 5, 1), HOLIDAY_NAMES.labour, 'rule'));
  if (!ndDecree) {
    // The PM picks the adjacent day each year (1 or 3 Sep); the estimate takes 1 Sep, as decreed in 2022 and 2023.
    if (era.nationalDayDays === 2) {
      ruleDays.push({ ...plain(isoDate(year, 9, 1), HOLIDAY_NAMES.nationalDay, 'estimate'), name: `${HOLIDAY_NAMES.nationalDay.vi} (ngày liền kề)`, nameEn: `${HOLIDAY_NAMES.nationalDay.en} (adjacent day)` });
    }
    ruleDays.push(plain(isoDate(year, 9, 2), HOLIDAY_NAMES.nationalDay, 'rule'));
  }
  ruleDays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  for (const r of ruleDays) {
    const existing = byDate.get(r.date);
    if (existing) {
      // Two holidays on one day (e.g. a decreed break): keep the first, the second earns a compensatory day.
      if (existing.source !== 'decree') needsComp.push(r);
      continue;
    }
    byDate.set(r.date, { date: r.date, name: r.name, kind: 'off', source: r.source, nameEn: r.nameEn });
    if (isWeeklyOff(r.date)) needsComp.push(r);
  }

  // Labour Code 2019 Art. 111(3) (and its predecessors): a holiday on a weekly day off
  // gives a day off on the next working day.
  for (const r of needsComp) {
    let e = epochDay(r.date) + 1;
    while (byDate.has(fromEpochDay(e)) || weeklyOff.includes(weekdayOfEpoch(e))) e++;
    const date = fromEpochDay(e);
    byDate.set(date, {
      date,
      name: `${HOLIDAY_NAMES.compensatoryPrefix.vi} ${r.holiday.vi}`,
      nameEn: `${HOLIDAY_NAMES.compensatoryPrefix.en} ${r.holiday.en}`,
      kind: 'off',
      source: r.source,
    });
  }
  return [...byDate.values()].filter((h) => +h.date.slice(0, 4) === year).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Holidays by law are pure functions of (year, weekly days off): memoised. */
const lawCache = new Map<string, Holiday[]>();

/**
 * Validates and sorts weekly days off (default `[6, 7]`); throws `RangeError` when invalid.
 * @example normalizeWeeklyDaysOff([7, 6, 6]) // [6, 7]
 */
export function normalizeWeeklyDaysOff(w?: readonly number[] | undefined): number[] {
  const list = [...new Set(w ?? DEFAULT_WEEKLY_DAYS_OFF)].sort();
  if (list.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || list.length > 6) {
    throw new RangeError(`Ngày nghỉ hằng tuần không hợp lệ: ${JSON.stringify(w)} (weekly days off must be 1–7, at most 6 of them)`);
  }
  return list;
}

/**
 * Every holiday-calendar day of `year` (1900–2100): days off and make-up
 * working days, one entry per calendar day, sorted by date.
 *
 * @example
 * ```ts
 * holidaysOf(2018).filter((h) => h.date.startsWith('2018-02')).map((h) => h.date);
 * // ["2018-02-14", …, "2018-02-20"] — the decreed Tết break
 * holidaysOf(2030).find((h) => h.date === '2030-02-02')?.source; // "estimate"
 * ```
 */
export function holidaysOf(year: number, options: HolidayOptions = {}): Holiday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new RangeError(`Năm ${year} nằm ngoài phạm vi 1900–2100 (year outside 1900–2100)`);
  }
  const weeklyOff = normalizeWeeklyDaysOff(options.weeklyDaysOff);
  const key = `${year}|${weeklyOff.join('')}`;
  let law = lawCache.get(key);
  if (!law) {
    law = lawHolidays(year, weeklyOff);
    lawCache.set(key, law);
  }
  const mine = (options.overrides ?? []).filter((o) => isValidIsoDate(o.date) && +o.date.slice(0, 4) === year);
  if (mine.length === 0) return law.map((h) => ({ ...h }));
  const byDate = new Map(law.map((h) => [h.date, { ...h }]));
  for (const o of mine) {
    byDate.set(o.date, { date: o.date, name: o.name, kind: o.kind === 'workday' ? 'workday' : 'off', source: 'workbook' });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The decree (data) behind a year's Tết or National Day break, if one is known.
 * @example holidayDecreeFor(2018, 'tet')?.from // "2018-02-14"
 */
export function holidayDecreeFor(year: number, holiday: DecreedHoliday): HolidayDecree | undefined {
  return decreeFor(year, holiday);
}

/** Labels of holiday sources, Vietnamese and English. */
export const HOLIDAY_SOURCE_LABELS: Record<HolidaySource, { vi: string; en: string }> = {
  rule: { vi: 'Bộ luật Lao động', en: 'Labour Code rule' },
  estimate: { vi: 'ước tính (chưa có quyết định)', en: 'estimate (no decree known)' },
  decree: { vi: 'quyết định nghỉ lễ', en: 'decreed break' },
  workbook: { vi: 'sổ theo dõi (sheet ngày nghỉ)', en: 'workbook holiday sheet' },
};

// Re-exported so the calendar entry point is self-sufficient.
export { HOLIDAY_DECREES, HOLIDAY_DATA_VERSION, LABOUR_CODE_ERAS } from '../data/holidayDecrees.js';
export type { HolidayDecree, DecreedHoliday, LabourCodeEra } from '../data/holidayDecrees.js';
export type { Holiday, HolidayOverride, HolidayKind, HolidaySource, IsoDate, YearMonth, DateRule } from '../model.js';
