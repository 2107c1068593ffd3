/**
 * Vietnamese public holidays for any year, from three sources in increasing
 * priority: the statutory holidays as dated law (data/statutoryHolidays.ts),
 * the breaks announced each year (data/holidayDecrees.ts), and the caller's
 * own days (a `--holidays` file, the workbook's holiday sheet). Days the
 * Prime Minister decides each year and no announcement covers are marked
 * `estimate`, with the rule used.
 *
 * @packageDocumentation
 */
import type { Holiday, HolidayOverride, HolidaySource, IsoDate } from '../model.js';
import { HOLIDAY_DECREES, type DecreedHoliday, type HolidayAnnouncement, type HolidayDecree } from '../data/holidayDecrees.js';
import { HOLIDAY_NAMES, STATUTORY_HOLIDAYS, type HolidayOccasion, type StatutoryHoliday } from '../data/statutoryHolidays.js';
import { citeLaw, citeLawEn } from '../data/legalTexts.js';
import { addDays, epochDay, formatDateVi, fromEpochDay, isoDate, isValidIsoDate } from './civilDate.js';
import { fromLunar, lunarMonthLength, tetDate } from './lunar.js';
import { GiaobanRangeError } from '../errors.js';

/** Options of {@link holidaysOf}. */
export interface HolidayOptions {
  /**
   * Caller-supplied days (source `workbook`); they replace anything on the same date, and a day off
   * inside the window of an estimated Tết or National Day break replaces that whole estimate.
   */
  overrides?: readonly HolidayOverride[];
  /** ISO weekdays that are weekly days off (Mon=1 … Sun=7); default `[6, 7]`. Decides compensatory days. */
  weeklyDaysOff?: readonly number[];
}

/** Default weekly days off: Saturday and Sunday. */
export const DEFAULT_WEEKLY_DAYS_OFF: readonly number[] = [6, 7];

type BiName = { readonly vi: string; readonly en: string };

/** The announced break each holiday is part of (30 April and 1 May are announced as one break). */
const DECREE_OF: Record<HolidayOccasion, DecreedHoliday> = {
  'new-year': 'new-year',
  tet: 'tet',
  'hung-kings': 'hung-kings',
  reunification: 'reunification-labour',
  labour: 'reunification-labour',
  'national-day': 'national-day',
  'culture-day': 'culture-day',
};

/** The statute that governs a holiday whose own day is `date` (a law applies from the day it came into force). */
function statuteOn(occasion: HolidayOccasion, date: IsoDate): StatutoryHoliday | undefined {
  return STATUTORY_HOLIDAYS.find((s) => s.occasion === occasion && s.validFrom <= date && (s.validTo === null || date <= s.validTo));
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

/** A day off produced by a statute, before compensatory days are added. */
interface RuleDay {
  date: IsoDate;
  name: string;
  nameEn: string;
  /** Base name used for "Nghỉ bù …". */
  holiday: BiName;
  source: HolidaySource;
  occasion: HolidayOccasion;
  statute: StatutoryHoliday;
  /** The citation (rule days) or why the estimate is what it is (estimates). */
  note: BiName;
}

const LUNAR_DAY_VI = ['', 'mùng 1', 'mùng 2', 'mùng 3', 'mùng 4', 'mùng 5', 'mùng 6', 'mùng 7', 'mùng 8', 'mùng 9', 'mùng 10'];
const WEEKDAY_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function weekdayOfEpoch(e: number): number {
  return ((((e + 3) % 7) + 7) % 7) + 1;
}

function lawNote(s: StatutoryHoliday): BiName {
  return { vi: citeLaw(s.law, s.place), en: citeLawEn(s.law, s.place) };
}

/** Why Tết is estimated as it is: the law and the split used, and for a Tết just before a new law why the old one applies. */
function tetNote(first: IsoDate, s: StatutoryHoliday, days: number): BiName {
  const { before, from } = s.day.kind === 'tet' ? s.day : { before: 1, from: 4 };
  const later = STATUTORY_HOLIDAYS.find((x) => x.occasion === 'tet' && x.validFrom > first && +x.validFrom.slice(0, 4) === +first.slice(0, 4));
  const afterVi = later ? `; ${citeLaw(later.law, later.place)} chỉ áp dụng từ ${formatDateVi(later.validFrom)}, sau Tết năm nay (mùng 1 Tết là ${formatDateVi(first)})` : '';
  const afterEn = later ? `; ${citeLawEn(later.law, later.place)} applies only from ${later.validFrom}, after this Tết (lunar new year ${first})` : '';
  if (!s.decidedYearly) {
    return {
      vi: `${citeLaw(s.law, s.place)}: Tết ${String(days).padStart(2, '0')} ngày (${before} ngày cuối năm, ${from} ngày đầu năm âm lịch)${afterVi}`,
      en: `${citeLawEn(s.law, s.place)}: Tết of ${days} days (${before} at the end, ${from} at the start of the lunar year)${afterEn}`,
    };
  }
  return {
    vi: `ước tính theo ${citeLaw(s.law, s.place)}: ${String(days).padStart(2, '0')} ngày Tết (${before} ngày cuối năm, ${from} ngày đầu năm âm lịch), cộng ngày nghỉ bù; Thủ tướng Chính phủ quyết định cụ thể hằng năm, chưa có thông báo${afterVi}`,
    en: `estimated from ${citeLawEn(s.law, s.place)}: ${days} Tết days (${before} at the end, ${from} at the start of the lunar year) plus compensatory days; the Prime Minister fixes them each year and no announcement is known${afterEn}`,
  };
}

/** The Tết days by statute for lunar year `year`: the last day(s) of the old year and the first days of the new. */
function tetRuleDays(year: number): RuleDay[] {
  const first = tetDate(year);
  const s = statuteOn('tet', first);
  if (!s || s.day.kind !== 'tet') return [];
  const { before, from } = s.day;
  const note = tetNote(first, s, before + from);
  const source: HolidaySource = s.decidedYearly ? 'estimate' : 'rule';
  const lastLen = lunarMonthLength(year - 1, 12) ?? 30;
  const days: RuleDay[] = [];
  for (let i = -before; i < from; i++) {
    const date = addDays(first, i);
    const vi = i < 0 ? `${lastLen + i + 1} tháng Chạp` : LUNAR_DAY_VI[i + 1]!;
    const en = i < 0 ? `day ${lastLen + i + 1} of the 12th lunar month` : `lunar day ${i + 1}`;
    days.push({ date, name: `${HOLIDAY_NAMES.tet.vi} (${vi})`, nameEn: `${HOLIDAY_NAMES.tet.en} (${en})`, holiday: HOLIDAY_NAMES.tet, source, occasion: 'tet', statute: s, note });
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
function nationalDayAdjacent(year: number, weeklyOff: readonly number[], s: StatutoryHoliday): RuleDay {
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
    statute: s,
    note: {
      vi: `ước tính: ${citeLaw(s.law, s.place)} cho nghỉ ngày 02/09 và 01 ngày liền kề do Thủ tướng Chính phủ quyết định; chọn ${WEEKDAY_VI[wd]} ${formatDateVi(date)} vì ${why.vi}; chưa có thông báo`,
      en: `estimated: ${citeLawEn(s.law, s.place)} gives 2 Sep and one adjacent day chosen by the Prime Minister; ${WEEKDAY_EN[wd]} ${date} because ${why.en}; no announcement known`,
    },
  };
}

/** A holiday on its own fixed (solar or lunar) day by statute, or nothing when no law grants it that year. */
function fixedRuleDay(year: number, occasion: HolidayOccasion): RuleDay | null {
  const candidates = STATUTORY_HOLIDAYS.filter((s) => s.occasion === occasion);
  const shape = candidates[0]?.day;
  if (!shape) return null;
  let date: IsoDate;
  if (shape.kind === 'solar') date = isoDate(year, shape.month, shape.day);
  else if (shape.kind === 'lunar') date = fromLunar({ year, month: shape.month, day: shape.day, leap: false });
  else if (shape.kind === 'national-day') date = isoDate(year, 9, 2);
  else return null;
  const s = statuteOn(occasion, date);
  if (!s) return null;
  return { date, name: s.name.vi, nameEn: s.name.en, holiday: s.name, source: 'rule', occasion, statute: s, note: lawNote(s) };
}

/** The holiday's own name on its own date inside a break (1/1, Hùng Kings, 30/4, 1/5, 2/9), or null for the other days. */
function ownDayName(date: IsoDate, own: ReadonlyMap<IsoDate, BiName>): BiName | null {
  return own.get(date) ?? null;
}

const BREAK_NAMES: Record<DecreedHoliday, BiName> = {
  'new-year': HOLIDAY_NAMES.newYear,
  tet: HOLIDAY_NAMES.tet,
  'hung-kings': HOLIDAY_NAMES.hungKings,
  'reunification-labour': { vi: 'Nghỉ lễ 30/4 và 1/5', en: '30 April and 1 May holidays' },
  'national-day': HOLIDAY_NAMES.nationalDay,
  'culture-day': HOLIDAY_NAMES.cultureDay,
};

function decreeDays(d: HolidayDecree, weeklyOff: readonly number[], own: ReadonlyMap<IsoDate, BiName>): { off: Holiday[]; work: Holiday[] } {
  const base = BREAK_NAMES[d.holiday];
  const note = { note: d.reference, noteEn: d.referenceEn };
  const swapVi = d.workdays.length ? ` (nghỉ hoán đổi, làm bù ${d.workdays.map(formatDateVi).join(', ')})` : '';
  const swapEn = d.workdays.length ? ` (swapped day off, worked on ${d.workdays.join(', ')})` : '';
  const off: Holiday[] = [];
  for (let e = epochDay(d.from), end = epochDay(d.to); e <= end; e++) {
    const date = fromEpochDay(e);
    const named = ownDayName(date, own);
    const name = named ?? base;
    // A weekday inside a break that has a make-up Saturday (other than a holiday's own day) is the swapped day.
    const swapped = named === null && swapVi !== '' && !weeklyOff.includes(weekdayOfEpoch(e));
    off.push({
      date,
      name: swapped ? `${name.vi}${swapVi}` : name.vi,
      nameEn: swapped ? `${name.en}${swapEn}` : name.en,
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

const ALL_OCCASIONS: readonly HolidayOccasion[] = ['new-year', 'tet', 'hung-kings', 'reunification', 'labour', 'national-day', 'culture-day'];

/** The year's statutory days (before decrees and compensatory days), each with its statute. */
function statuteDays(year: number, weeklyOff: readonly number[]): RuleDay[] {
  const days: RuleDay[] = [];
  for (const occasion of ALL_OCCASIONS) {
    if (occasion === 'tet') {
      days.push(...tetRuleDays(year));
      continue;
    }
    const r = fixedRuleDay(year, occasion);
    if (!r) continue;
    days.push(r);
    if (occasion === 'national-day' && r.statute.day.kind === 'national-day' && r.statute.day.adjacent === 1) {
      days.push(nationalDayAdjacent(year, weeklyOff, r.statute));
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The year's holidays by statute and announcement, before the caller's days: sorted, one per day. */
function lawHolidays(year: number, weeklyOff: readonly number[]): Holiday[] {
  const byDate = new Map<IsoDate, Holiday>();
  const isWeeklyOff = (d: IsoDate) => weeklyOff.includes(weekdayOfEpoch(epochDay(d)));
  const decreed = (o: HolidayOccasion) => decreeFor(year, DECREE_OF[o]) !== undefined;

  // Each holiday's own day names it inside an announced break; the years around cover breaks that straddle them.
  const own = new Map<IsoDate, BiName>();
  const decrees = decreesTouching(year);
  for (const y of decrees.length ? [year - 1, year, year + 1] : []) {
    if (y < 1900 || y > 2100) continue;
    for (const r of statuteDays(y, weeklyOff)) if (r.occasion !== 'tet' && r.source === 'rule') own.set(r.date, r.holiday);
  }

  // Announced breaks are final: they already contain their compensatory and swapped days.
  for (const d of decrees) {
    const { off, work } = decreeDays(d, weeklyOff, own);
    for (const h of [...off, ...work]) if (+h.date.slice(0, 4) === year) byDate.set(h.date, h);
  }

  const needsComp: RuleDay[] = [];
  for (const r of statuteDays(year, weeklyOff)) {
    if (decreed(r.occasion)) continue;
    const existing = byDate.get(r.date);
    if (existing) {
      // Two holidays on one day (Hùng Kings on 30 April): keep the first, the second earns a compensatory day.
      if (existing.source !== 'decree' && r.statute.compensated) needsComp.push(r);
      continue;
    }
    byDate.set(r.date, { date: r.date, name: r.name, kind: 'off', source: r.source, nameEn: r.nameEn, note: r.note.vi, noteEn: r.note.en });
    if (isWeeklyOff(r.date) && r.statute.compensated) needsComp.push(r);
  }

  // Labour Code 2019, Art. 111(3) (and its predecessors): a holiday on a weekly day off gives a day off
  // on the next working day.
  for (const r of needsComp) {
    let e = epochDay(r.date) + 1;
    while (byDate.has(fromEpochDay(e)) || weeklyOff.includes(weekdayOfEpoch(e))) e++;
    const date = fromEpochDay(e);
    const comp = r.statute.compensation;
    const why: BiName = comp
      ? { vi: `${HOLIDAY_NAMES.compensatoryPrefix.vi} theo ${citeLaw(comp.law, comp.place)}`, en: `compensatory day off under ${citeLawEn(comp.law, comp.place)}` }
      : r.note;
    byDate.set(date, {
      date,
      name: `${HOLIDAY_NAMES.compensatoryPrefix.vi} ${r.holiday.vi}`,
      nameEn: `${HOLIDAY_NAMES.compensatoryPrefix.en} ${r.holiday.en}`,
      kind: 'off',
      source: r.source,
      note: r.source === 'estimate' ? r.note.vi : why.vi,
      noteEn: r.source === 'estimate' ? r.note.en : why.en,
    });
  }
  return [...byDate.values()].filter((h) => +h.date.slice(0, 4) === year).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Holidays by law are pure functions of (year, weekly days off): memoised. */
const lawCache = new Map<string, Holiday[]>();

/**
 * Validates and sorts weekly days off (default `[6, 7]`).
 * @throws {GiaobanRangeError} `weekly-days-off.invalid` when a day is not 1–7 or all seven are given
 * @example normalizeWeeklyDaysOff([7, 6, 6]) // [6, 7]
 */
export function normalizeWeeklyDaysOff(w?: readonly number[] | undefined): number[] {
  const list = [...new Set(w ?? DEFAULT_WEEKLY_DAYS_OFF)].sort();
  if (list.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || list.length > 6) {
    throw new GiaobanRangeError('weekly-days-off.invalid', { vi: `Ngày nghỉ hằng tuần không hợp lệ: ${JSON.stringify(w)} (mỗi ngày từ 1 đến 7, nhiều nhất 6 ngày)`, en: `Invalid weekly days off: ${JSON.stringify(w)} (each 1–7, at most 6 of them)` });
  }
  return list;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new GiaobanRangeError('year.out-of-range', { vi: `Năm ${year} nằm ngoài phạm vi 1900–2100`, en: `Year ${year} is outside 1900–2100` });
  }
}

/** The estimated breaks of a year: Tết (by lunar year) and National Day, each with its window and days. */
function estimatedBreaks(year: number, law: readonly Holiday[]): { occasion: 'tet' | 'national-day'; window: [IsoDate, IsoDate]; days: Holiday[] }[] {
  const out: { occasion: 'tet' | 'national-day'; window: [IsoDate, IsoDate]; days: Holiday[] }[] = [];
  const estimates = law.filter((h) => h.source === 'estimate');
  if (estimates.length === 0) return out;
  // Tết falls 21 Jan – 20 Feb: its estimated days (and compensatory days) lie within ten days of it.
  const tet = tetDate(year);
  const tetWindow: [IsoDate, IsoDate] = [addDays(tet, -10), addDays(tet, 10)];
  const ndWindow: [IsoDate, IsoDate] = [isoDate(year, 8, 26), isoDate(year, 9, 9)];
  const inside = (d: IsoDate, w: [IsoDate, IsoDate]) => d >= w[0] && d <= w[1];
  const tetDays = estimates.filter((h) => inside(h.date, tetWindow));
  if (tetDays.length) out.push({ occasion: 'tet', window: tetWindow, days: tetDays });
  const ndDays = estimates.filter((h) => inside(h.date, ndWindow));
  if (ndDays.length) out.push({ occasion: 'national-day', window: ndWindow, days: ndDays });
  return out;
}

/**
 * Every holiday-calendar day of `year` (1900–2100): days off and make-up
 * working days, one entry per calendar day, sorted by date. Each day's
 * `note` cites its notice (announced breaks), its law (statutory days) or
 * the rule an estimate used.
 *
 * @param year - 1900–2100
 * @param options - the caller's own days (they win a date) and the weekly days off
 * @returns the year's holiday-calendar days
 * @throws {GiaobanRangeError} `year.out-of-range`, `weekly-days-off.invalid`
 * @example
 * ```ts
 * holidaysOf(2018).filter((h) => h.date.startsWith('2018-02')).map((h) => h.date);
 * // ["2018-02-14", …, "2018-02-20"] — the announced Tết break (Thông báo 573/TB-VPCP)
 * holidaysOf(2030).find((h) => h.date === '2030-02-02')?.source; // "estimate"
 * ```
 * @throws {GiaobanRangeError} for a year outside the calendar's range or weekly days off outside 1–7
 */
export function holidaysOf(year: number, options: HolidayOptions = {}): Holiday[] {
  checkYear(year);
  const weeklyOff = normalizeWeeklyDaysOff(options.weeklyDaysOff);
  const key = `${year}|${weeklyOff.join('')}`;
  let law = lawCache.get(key);
  if (!law) {
    law = lawHolidays(year, weeklyOff);
    lawCache.set(key, law);
  }
  const mine = (options.overrides ?? []).filter((o) => isValidIsoDate(o.date) && +o.date.slice(0, 4) === year);
  if (mine.length === 0) return law.map((h) => ({ ...h }));
  // The caller's announcement of a Tết or National Day break replaces the whole estimate, not just its dates.
  const dropped = new Set<IsoDate>();
  for (const b of estimatedBreaks(year, law)) {
    if (mine.some((o) => o.kind !== 'workday' && o.date >= b.window[0] && o.date <= b.window[1])) for (const d of b.days) dropped.add(d.date);
  }
  const byDate = new Map(law.filter((h) => !dropped.has(h.date)).map((h) => [h.date, { ...h }]));
  for (const o of mine) {
    const h: Holiday = { date: o.date, name: o.name, kind: o.kind === 'workday' ? 'workday' : 'off', source: 'workbook' };
    if (o.reference) h.note = h.noteEn = o.reference;
    byDate.set(o.date, h);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The announced break (data) behind a year's holiday, if one is known.
 * @param year - the holiday's year
 * @param holiday - which break
 * @returns the announced break, or undefined
 * @example holidayDecreeFor(2018, 'tet')?.from // "2018-02-14"
 */
export function holidayDecreeFor(year: number, holiday: DecreedHoliday): HolidayDecree | undefined {
  return decreeFor(year, holiday);
}

/** Whether a year's holiday calendar rests on announcements or on estimates, and which. */
export interface HolidayYearBasis {
  year: number;
  /** True when some days of the year are estimates (no announcement of Tết or National Day known, none supplied). */
  estimated: boolean;
  /** The estimated breaks, each with its days and the rule used (the days' note). */
  estimates: { occasion: 'tet' | 'national-day'; name: { vi: string; en: string }; days: IsoDate[]; rule: { vi: string; en: string } }[];
  /** The notices the year's announced breaks come from, once each. */
  announcements: HolidayAnnouncement[];
  /** One line for a clerk when the year is estimated (Vietnamese and English), else null. */
  note: { vi: string; en: string } | null;
  /** The same in short, for beside a date ("ngày dự kiến: …"), else null. */
  short: { vi: string; en: string } | null;
}

/**
 * Says whether a year's holidays are announced or estimated, with the
 * notices used and, for an estimate, the rule — for every place a date of
 * that year is shown (dates, plan sheet, papers), so an estimate says so.
 *
 * @param year - 1900–2100
 * @param options - as {@link holidaysOf}: the caller's days can settle an estimate
 * @returns the year's basis
 * @throws {GiaobanRangeError} as {@link holidaysOf}
 * @example
 * ```ts
 * holidayYearBasis(2026).estimated; // false — Thông báo 9441/TB-BNV and the others
 * holidayYearBasis(2028).note?.vi;  // "Lịch nghỉ năm 2028 là ước tính: …"
 * ```
 */
export function holidayYearBasis(year: number, options: HolidayOptions = {}): HolidayYearBasis {
  const days = holidaysOf(year, options);
  const breaks = estimatedBreaks(year, days);
  const estimates = breaks.map((b) => ({
    occasion: b.occasion,
    name: b.occasion === 'tet' ? HOLIDAY_NAMES.tet : HOLIDAY_NAMES.nationalDay,
    days: b.days.map((d) => d.date),
    rule: { vi: b.days[0]!.note ?? '', en: b.days[0]!.noteEn ?? b.days[0]!.note ?? '' },
  }));
  const seen = new Set<HolidayAnnouncement>();
  for (const d of decreesTouching(year)) seen.add(d.announcement);
  const announcements = [...seen];
  if (estimates.length === 0) return { year, estimated: false, estimates, announcements, note: null, short: null };
  const namesVi = estimates.map((e) => e.name.vi).join(', ');
  const namesEn = estimates.map((e) => e.name.en).join(', ');
  const laws = [...new Set(estimates.map((e) => /(Bộ luật Lao động \d{4} \([^)]*\), Điều \d+)/.exec(e.rule.vi)?.[1]).filter((x): x is string => !!x))];
  const lawsEn = [...new Set(estimates.map((e) => /(Labour Code \d{4} \([^)]*\), Art\. \d+)/.exec(e.rule.en)?.[1]).filter((x): x is string => !!x))];
  return {
    year,
    estimated: true,
    estimates,
    announcements,
    short: {
      vi: `ngày dự kiến: lịch nghỉ ${namesVi} năm ${year} chưa có thông báo, đang ước tính${laws.length ? ` theo ${laws.join(', ')}` : ''}; có thể đổi khi có thông báo`,
      en: `provisional: the ${year} ${namesEn} holidays are not announced yet and are estimated${lawsEn.length ? ` under ${lawsEn.join(', ')}` : ''}; may change when announced`,
    },
    note: {
      vi: `Lịch nghỉ năm ${year} là ước tính: chưa có thông báo lịch nghỉ ${namesVi} của Thủ tướng Chính phủ; ${estimates.map((e) => e.rule.vi).join('; ')}. Khi có thông báo, ghi ngày nghỉ vào sheet ngày nghỉ của sổ hoặc dùng tệp --holidays.`,
      en: `The ${year} holidays are an estimate: no Prime Minister's announcement of ${namesEn} is known; ${estimates.map((e) => e.rule.en).join('; ')}. When it is announced, enter the days in the workbook's holiday sheet or a --holidays file.`,
    },
  };
}

// A notice's short name, for the calendar entry (`@giaoban/core/calendar`) that lists a year's holidays.
export { announcementName } from '../data/holidayDecrees.js';

/** Labels of holiday sources, Vietnamese and English. */
export const HOLIDAY_SOURCE_LABELS: Record<HolidaySource, { vi: string; en: string }> = {
  rule: { vi: 'theo luật', en: 'by law' },
  estimate: { vi: 'ước tính (chưa có thông báo)', en: 'estimate (no announcement known)' },
  decree: { vi: 'theo thông báo', en: 'announced' },
  workbook: { vi: 'sổ theo dõi / tệp ngày nghỉ', en: 'workbook / holidays file' },
};

// Re-exported so the calendar entry point is self-sufficient.
export { HOLIDAY_DECREES, HOLIDAY_DATA_VERSION } from '../data/holidayDecrees.js';
export type { HolidayDecree, DecreedHoliday, HolidayAnnouncement } from '../data/holidayDecrees.js';
export { STATUTORY_HOLIDAYS, HOLIDAY_NAMES } from '../data/statutoryHolidays.js';
export type { StatutoryHoliday, HolidayOccasion, HolidayDay } from '../data/statutoryHolidays.js';
export { LEGAL_TEXTS, citeLaw, citeLawEn } from '../data/legalTexts.js';
export type { LegalText, LegalTextId, LegalPlace } from '../data/legalTexts.js';
export type { Holiday, HolidayOverride, HolidayKind, HolidaySource, IsoDate, YearMonth, DateRule } from '../model.js';
