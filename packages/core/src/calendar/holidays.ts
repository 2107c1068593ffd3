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
import { addDays, epochDay, formatDateVi, fromEpochDay, isoDate, isValidIsoDate } from './civilDate.js';
import { fromLunar, lunarMonthLength, tetDate } from './lunar.js';
import { GiaobanRangeError } from '../errors.js';

/** Options of {@link holidaysOf}. */
export interface HolidayOptions {
  /** Caller-supplied days (source `workbook`); they replace anything on the same date. */
  overrides?: readonly HolidayOverride[];
  /** ISO weekdays that are weekly days off (Mon=1 … Sun=7); default `[6, 7]`. Decides compensatory days. */
  weeklyDaysOff?: readonly number[];
}

/** Default weekly days off: Saturday and Sunday. */
export const DEFAULT_WEEKLY_DAYS_OFF: readonly number[] = [6, 7];

/** The era whose law governs a holiday falling on `date` (a law applies from the day it came into force). */
function eraOn(date: IsoDate): LabourCodeEra {
  let era = LABOUR_CODE_ERAS[0]!;
  for (const e of LABOUR_CODE_ERAS) if (e.inForce <= date) era = e;
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

type BiName = { readonly vi: string; readonly en: string };

/** A day off produced by a rule, before compensatory days are added. */
interface RuleDay {
  date: IsoDate;
  name: string;
  nameEn: string;
  /** Base name used for "Nghỉ bù …". */
  holiday: BiName;
  source: HolidaySource;
  /** Which announced break would replace this day. */
  occasion: DecreedHoliday;
  /** Why an estimate is what it is (estimates only). */
  note?: BiName;
}

const LUNAR_DAY_VI = ['', 'mùng 1', 'mùng 2', 'mùng 3', 'mùng 4', 'mùng 5', 'mùng 6', 'mùng 7', 'mùng 8', 'mùng 9', 'mùng 10'];

const WEEKDAY_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Why Tết is estimated as it is: the era's law, and for Tết 2013 why it still had four days. */
function tetNote(first: IsoDate, era: LabourCodeEra): BiName {
  const days = era.tetDaysBefore + era.tetDaysFrom;
  const next = LABOUR_CODE_ERAS.find((e) => e.inForce > first && e.tetDaysBefore + e.tetDaysFrom !== days);
  const before =
    next && +next.inForce.slice(0, 4) === +first.slice(0, 4)
      ? { vi: `; ${next.law} chỉ áp dụng sau Tết năm nay (mùng 1 Tết là ${formatDateVi(first)})`, en: `; ${next.law} applies only after this Tết (lunar new year ${first})` }
      : { vi: '', en: '' };
  return {
    vi: `ước tính theo ${era.law}: ${String(days).padStart(2, '0')} ngày (${era.tetDaysBefore} ngày cuối năm, ${era.tetDaysFrom} ngày đầu năm âm lịch), cộng ngày nghỉ bù; chưa có thông báo lịch nghỉ của Thủ tướng Chính phủ${before.vi}`,
    en: `estimated from ${era.law}: ${days} days (${era.tetDaysBefore} at the end, ${era.tetDaysFrom} at the start of the lunar year) plus compensatory days; no Prime Minister's announcement known${before.en}`,
  };
}

/** The Tết days by rule for lunar year `year`: the last day(s) of the old year and the first days of the new. */
function tetRuleDays(year: number): RuleDay[] {
  const first = tetDate(year);
  const era = eraOn(first);
  const note = tetNote(first, era);
  const days: RuleDay[] = [];
  const lastLen = lunarMonthLength(year - 1, 12) ?? 30;
  for (let i = -era.tetDaysBefore; i < era.tetDaysFrom; i++) {
    const date = addDays(first, i);
    const vi = i < 0 ? `${lastLen + i + 1} tháng Chạp` : LUNAR_DAY_VI[i + 1]!;
    const en = i < 0 ? `day ${lastLen + i + 1} of the 12th lunar month` : `lunar day ${i + 1}`;
    days.push({ date, name: `${HOLIDAY_NAMES.tet.vi} (${vi})`, nameEn: `${HOLIDAY_NAMES.tet.en} (${en})`, holiday: HOLIDAY_NAMES.tet, source: 'estimate', occasion: 'tet', note });
  }
  return days;
}

/**
 * The estimated second National Day day (Labour Code 2019, Art. 112(1)(đ):
 * 2 Sep and one adjacent day, chosen each year by the Prime Minister): the
 * adjacent working day that joins a weekly day off where one does — as
 * announced for 2021 (Fri 3 Sep), 2024 (Tue 3 Sep after a Monday 2 Sep) and
 * 2025 (Mon 1 Sep) — else 1 Sep, as announced for 2022 and 2023.
 */
function nationalDayAdjacent(year: number, weeklyOff: readonly number[]): RuleDay {
  const off = (e: number) => weeklyOff.includes(weekdayOfEpoch(e));
  const sep2 = epochDay(isoDate(year, 9, 2));
  const before = sep2 - 1;
  const after = sep2 + 1;
  let pick: number;
  let why: BiName;
  if (!off(before) && off(before - 1)) {
    pick = before;
    why = { vi: 'nối với ngày nghỉ cuối tuần trước đó', en: 'it joins the weekend before' };
  } else if (!off(after) && off(after + 1)) {
    pick = after;
    why = { vi: 'nối với ngày nghỉ cuối tuần sau đó', en: 'it joins the weekend after' };
  } else if (off(before) && !off(after)) {
    pick = after;
    why = { vi: `ngày 01/09 đã là ngày nghỉ hằng tuần, ngày 02/09 nối với cuối tuần`, en: '1 Sep is already a weekly day off; 2 Sep joins the weekend' };
  } else if (off(after) && !off(before)) {
    pick = before;
    why = { vi: 'ngày 03/09 đã là ngày nghỉ hằng tuần, ngày 01/09 nối với cuối tuần', en: '3 Sep is already a weekly day off; 1 Sep joins the weekend' };
  } else {
    pick = before;
    why = { vi: 'không ngày liền kề nào nối với cuối tuần; chọn ngày trước như các năm 2022, 2023', en: 'neither adjacent day joins a weekend; the day before, as announced for 2022 and 2023' };
  }
  const date = fromEpochDay(pick);
  const wd = weekdayOfEpoch(pick);
  return {
    date,
    name: `${HOLIDAY_NAMES.nationalDay.vi} (ngày liền kề)`,
    nameEn: `${HOLIDAY_NAMES.nationalDay.en} (adjacent day)`,
    holiday: HOLIDAY_NAMES.nationalDay,
    source: 'estimate',
    occasion: 'national-day',
    note: {
      vi: `ước tính: Bộ luật Lao động 2019, Điều 112 cho nghỉ ngày 02/09 và 01 ngày liền kề do Thủ tướng Chính phủ quyết định; chọn ${WEEKDAY_VI[wd]} ${formatDateVi(date)} vì ${why.vi}; chưa có thông báo`,
      en: `estimated: Labour Code 2019, Art. 112 gives 2 Sep and one adjacent day chosen by the Prime Minister; ${WEEKDAY_EN[wd]} ${date} because ${why.en}; no announcement known`,
    },
  };
}

function plain(date: IsoDate, holiday: BiName, occasion: DecreedHoliday): RuleDay {
  return { date, name: holiday.vi, nameEn: holiday.en, holiday, source: 'rule', occasion };
}

const OCCASION_NAMES: Record<DecreedHoliday, BiName> = {
  'new-year': HOLIDAY_NAMES.newYear,
  tet: HOLIDAY_NAMES.tet,
  'hung-kings': HOLIDAY_NAMES.hungKings,
  'reunification-labour': { vi: 'Nghỉ lễ 30/4 và 1/5', en: '30 April and 1 May holidays' },
  'national-day': HOLIDAY_NAMES.nationalDay,
};

/** The holiday's own name on its own date inside a break (1/1, 30/4, 1/5), or null for the other days. */
function ownDayName(d: HolidayDecree, date: IsoDate): BiName | null {
  const md = date.slice(5);
  if (d.holiday === 'new-year' && md === '01-01') return HOLIDAY_NAMES.newYear;
  if (d.holiday === 'reunification-labour' && md === '04-30') return HOLIDAY_NAMES.reunification;
  if (d.holiday === 'reunification-labour' && md === '05-01') return HOLIDAY_NAMES.labour;
  return null;
}

function decreeDays(d: HolidayDecree, weeklyOff: readonly number[]): { off: Holiday[]; work: Holiday[] } {
  const base = OCCASION_NAMES[d.holiday];
  const note = { note: d.reference, noteEn: d.reference };
  const swapVi = d.workdays.length ? ` (nghỉ hoán đổi, làm bù ${d.workdays.map(formatDateVi).join(', ')})` : '';
  const swapEn = d.workdays.length ? ` (swapped day off, worked on ${d.workdays.join(', ')})` : '';
  const off: Holiday[] = [];
  for (let e = epochDay(d.from), end = epochDay(d.to); e <= end; e++) {
    const date = fromEpochDay(e);
    const own = ownDayName(d, date) ?? base;
    // A weekday inside a break that has a make-up Saturday (other than the holiday itself) is the swapped day.
    const swapped = ownDayName(d, date) === null && swapVi !== '' && !weeklyOff.includes(weekdayOfEpoch(e));
    off.push({
      date,
      name: swapped ? `${own.vi}${swapVi}` : own.vi,
      nameEn: swapped ? `${own.en}${swapEn}` : own.en,
      kind: 'off',
      source: 'decree',
      ...note,
    });
  }
  // "Làm bù Tết Dương lịch"; the 30/4–1/5 break reads "Làm bù dịp lễ 30/4 và 1/5".
  const makeUp = d.holiday === 'reunification-labour' ? { vi: 'dịp lễ 30/4 và 1/5', en: 'the 30 April and 1 May holidays' } : base;
  const work = d.workdays.map<Holiday>((date) => ({
    date,
    name: `${HOLIDAY_NAMES.makeUpPrefix.vi} ${makeUp.vi}`,
    nameEn: `${HOLIDAY_NAMES.makeUpPrefix.en} ${makeUp.en}`,
    kind: 'workday',
    source: 'decree',
    ...note,
  }));
  return { off, work };
}

function weekdayOfEpoch(e: number): number {
  return ((((e + 3) % 7) + 7) % 7) + 1;
}

/** The year's holidays by rule and decree, before overrides: sorted, one per day. */
function lawHolidays(year: number, weeklyOff: readonly number[]): Holiday[] {
  const byDate = new Map<IsoDate, Holiday>();
  const needsComp: RuleDay[] = [];
  const isWeeklyOff = (d: IsoDate) => weeklyOff.includes(weekdayOfEpoch(epochDay(d)));
  const decreed = (h: DecreedHoliday) => decreeFor(year, h) !== undefined;

  // Decreed breaks are final: they already contain their compensatory and swapped days.
  for (const d of decreesTouching(year)) {
    const { off, work } = decreeDays(d, weeklyOff);
    for (const h of [...off, ...work]) if (+h.date.slice(0, 4) === year) byDate.set(h.date, h);
  }

  const ruleDays: RuleDay[] = [];
  if (!decreed('new-year')) ruleDays.push(plain(isoDate(year, 1, 1), HOLIDAY_NAMES.newYear, 'new-year'));
  if (!decreed('tet')) ruleDays.push(...tetRuleDays(year));
  const hung = fromLunar({ year, month: 3, day: 10, leap: false });
  if (eraOn(hung).hungKings && !decreed('hung-kings')) ruleDays.push(plain(hung, HOLIDAY_NAMES.hungKings, 'hung-kings'));
  if (!decreed('reunification-labour')) {
    ruleDays.push(plain(isoDate(year, 4, 30), HOLIDAY_NAMES.reunification, 'reunification-labour'));
    ruleDays.push(plain(isoDate(year, 5, 1), HOLIDAY_NAMES.labour, 'reunification-labour'));
  }
  // Before 2021 a decreed National Day break did not exist in the data: 2 Sep by rule.
  const nd = isoDate(year, 9, 2);
  if (!(eraOn(nd).nationalDayDays === 2 && decreed('national-day'))) {
    if (eraOn(nd).nationalDayDays === 2) ruleDays.push(nationalDayAdjacent(year, weeklyOff));
    ruleDays.push(plain(nd, HOLIDAY_NAMES.nationalDay, 'national-day'));
  }
  ruleDays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  for (const r of ruleDays) {
    const existing = byDate.get(r.date);
    if (existing) {
      // Two holidays on one day (e.g. a decreed break): keep the first, the second earns a compensatory day.
      if (existing.source !== 'decree') needsComp.push(r);
      continue;
    }
    const h: Holiday = { date: r.date, name: r.name, kind: 'off', source: r.source, nameEn: r.nameEn };
    if (r.note) {
      h.note = r.note.vi;
      h.noteEn = r.note.en;
    }
    byDate.set(r.date, h);
    if (isWeeklyOff(r.date)) needsComp.push(r);
  }

  // Labour Code 2019 Art. 111(3) (and its predecessors): a holiday on a weekly day off
  // gives a day off on the next working day.
  for (const r of needsComp) {
    let e = epochDay(r.date) + 1;
    while (byDate.has(fromEpochDay(e)) || weeklyOff.includes(weekdayOfEpoch(e))) e++;
    const date = fromEpochDay(e);
    const h: Holiday = {
      date,
      name: `${HOLIDAY_NAMES.compensatoryPrefix.vi} ${r.holiday.vi}`,
      nameEn: `${HOLIDAY_NAMES.compensatoryPrefix.en} ${r.holiday.en}`,
      kind: 'off',
      source: r.source,
    };
    if (r.note) {
      h.note = r.note.vi;
      h.noteEn = r.note.en;
    }
    byDate.set(date, h);
  }
  return [...byDate.values()].filter((h) => +h.date.slice(0, 4) === year).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Holidays by law are pure functions of (year, weekly days off): memoised. */
const lawCache = new Map<string, Holiday[]>();

/**
 * Validates and sorts weekly days off (default `[6, 7]`); throws `RangeError` when invalid.
 * @example normalizeWeeklyDaysOff([7, 6, 6]) // [6, 7]
 * @throws {GiaobanRangeError} for a weekday outside 1–7
 */
export function normalizeWeeklyDaysOff(w?: readonly number[] | undefined): number[] {
  const list = [...new Set(w ?? DEFAULT_WEEKLY_DAYS_OFF)].sort();
  if (list.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || list.length > 6) {
    throw new GiaobanRangeError('weekly-days-off.invalid', { vi: `Ngày nghỉ hằng tuần không hợp lệ: ${JSON.stringify(w)} (mỗi ngày từ 1 đến 7, nhiều nhất 6 ngày)`, en: `Invalid weekly days off: ${JSON.stringify(w)} (each 1–7, at most 6 of them)` });
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
 * @throws {GiaobanRangeError} for a year outside the calendar's range or weekly days off outside 1–7
 */
export function holidaysOf(year: number, options: HolidayOptions = {}): Holiday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new GiaobanRangeError('year.out-of-range', { vi: `Năm ${year} nằm ngoài phạm vi 1900–2100`, en: `Year ${year} is outside 1900–2100` });
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
    const h: Holiday = { date: o.date, name: o.name, kind: o.kind === 'workday' ? 'workday' : 'off', source: 'workbook' };
    if (o.reference) h.note = h.noteEn = o.reference;
    byDate.set(o.date, h);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The announced break (data) behind a year's holiday, if one is known.
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
export type { HolidayDecree, DecreedHoliday, LabourCodeEra, HolidayAnnouncement } from '../data/holidayDecrees.js';
export type { Holiday, HolidayOverride, HolidayKind, HolidaySource, IsoDate, YearMonth, DateRule } from '../model.js';
