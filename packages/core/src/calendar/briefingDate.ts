/**
 * The briefing date of a month: a nominal day (default the 15th) moved off
 * non-working days by an ISDA 2006 §4.12 business-day convention, with a
 * Vietnamese (and English) reason naming the holiday or weekend, and a note
 * when the year's holidays are still an estimate.
 *
 * @packageDocumentation
 */
import type { DateRule, IsoDate, YearMonth } from '../model.js';
import { addDays, formatDateEn, formatDateVi, isoDate, parseYearMonth, weekdayNameEn, weekdayNameVi, yearMonth } from './civilDate.js';
import { createWorkCalendar, type WorkCalendar, type WorkCalendarOptions } from './workCalendar.js';
import { GiaobanRangeError } from '../errors.js';

/** How to compute briefing dates. */
export interface BriefingDateOptions extends WorkCalendarOptions {
  /** Nominal day of the month, 1–28; default 15. */
  day?: number;
  /** Adjustment when the nominal day is not a working day; default `following`. */
  rule?: DateRule;
  /** A ready calendar (then `weeklyDaysOff` / `overrides` are ignored). */
  calendar?: WorkCalendar;
}

/** A month's briefing date and why it moved. */
export interface BriefingDate {
  month: YearMonth;
  nominal: IsoDate;
  date: IsoDate;
  moved: boolean;
  /** Vietnamese reason when moved (or when no working day could be found), else null. */
  reason: string | null;
  reasonEn: string | null;
  /**
   * Present when the date's year has no announcement of its Tết or National Day break: the holidays
   * behind the date are estimated, and the date may change when they are announced.
   */
  estimate?: { vi: string; en: string };
}

/** All adjustment rules, for validation and help texts. */
export const DATE_RULES: readonly DateRule[] = ['following', 'preceding', 'modified-following', 'modified-preceding', 'none'];

/** Vietnamese and English names of the adjustment rules. */
export const DATE_RULE_LABELS: Record<DateRule, { vi: string; en: string }> = {
  following: { vi: 'ngày làm việc kế tiếp', en: 'the next working day' },
  preceding: { vi: 'ngày làm việc liền trước', en: 'the previous working day' },
  'modified-following': { vi: 'ngày làm việc kế tiếp trong tháng (nếu sang tháng sau thì lùi về ngày làm việc liền trước)', en: 'the next working day in the month (else the previous one)' },
  'modified-preceding': { vi: 'ngày làm việc liền trước trong tháng (nếu về tháng trước thì dời sang ngày làm việc kế tiếp)', en: 'the previous working day in the month (else the next one)' },
  none: { vi: 'giữ nguyên ngày', en: 'no adjustment' },
};

/** Longest run of non-working days we look through (the longest Tết breaks are 9–10 days). */
const MAX_SEARCH = 62;

function cause(cal: WorkCalendar, d: IsoDate): { vi: string; en: string } {
  const h = cal.holidayOn(d);
  if (h && h.kind === 'off') {
    if (h.source === 'estimate') {
      // The estimate says why (which law, which adjacent day), so the clerk can judge it.
      return {
        vi: `${h.name} (${h.note ?? 'ước tính, chưa có quyết định'})`,
        en: `${h.nameEn ?? h.name} (${h.noteEn ?? 'estimated, no decree known'})`,
      };
    }
    return { vi: h.name, en: h.nameEn ?? h.name };
  }
  return { vi: `${weekdayNameVi(d)} (nghỉ hằng tuần)`, en: `${weekdayNameEn(d)} (weekly day off)` };
}

function search(cal: WorkCalendar, from: IsoDate, step: 1 | -1): { date: IsoDate; skipped: IsoDate[] } | null {
  const skipped: IsoDate[] = [];
  let d = from;
  for (let i = 0; i < MAX_SEARCH; i++) {
    if (cal.isWorkingDay(d)) return { date: d, skipped };
    skipped.push(d);
    d = addDays(d, step);
  }
  return null;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * The briefing date of `month`.
 * @example
 * ```ts
 * briefingDate('2018-02'); // { nominal: "2018-02-15", date: "2018-02-21", moved: true, reason: "Ngày 15/02/2018 … Tết …" }
 * briefingDate('2018-03').moved; // false — 15/03/2018 is a Thursday
 * briefingDate('2018-09', { day: 2, rule: 'preceding' }).date; // "2018-08-31"
 * ```
 * @throws {GiaobanRangeError} for a month that is not `YYYY-MM`, a day outside 1–28 or an unknown date rule
 */
export function briefingDate(month: YearMonth, options: BriefingDateOptions = {}): BriefingDate {
  const cal = options.calendar ?? createWorkCalendar(options);
  const b = adjustedDate(month, { ...options, calendar: cal });
  const y = +b.date.slice(0, 4);
  const basis = y >= 1900 && y <= 2100 ? cal.yearBasis(y) : null;
  return basis?.short ? { ...b, estimate: basis.short } : b;
}

function adjustedDate(month: YearMonth, options: BriefingDateOptions & { calendar: WorkCalendar }): BriefingDate {
  const [y, m] = parseYearMonth(month);
  const day = options.day ?? 15;
  if (!Number.isInteger(day) || day < 1 || day > 28) {
    throw new GiaobanRangeError('briefing.day', { vi: `Ngày giao ban phải từ 1 đến 28, nhận được ${day}`, en: `The briefing day must be 1–28, got ${day}` });
  }
  const rule = options.rule ?? 'following';
  if (!DATE_RULES.includes(rule)) {
    throw new GiaobanRangeError('briefing.rule', { vi: `Quy tắc dời ngày không hợp lệ: "${rule}" (dùng ${DATE_RULES.join(', ')})`, en: `Unknown date rule "${rule}" (use ${DATE_RULES.join(', ')})` });
  }
  const cal = options.calendar;
  const ym = yearMonth(y, m);
  const nominal = isoDate(y, m, day);
  if (rule === 'none' || cal.isWorkingDay(nominal)) {
    return { month: ym, nominal, date: nominal, moved: false, reason: null, reasonEn: null };
  }

  const inMonth = (d: IsoDate) => d.slice(0, 7) === ym;
  const forward = rule === 'following' || rule === 'modified-following';
  let found = search(cal, nominal, forward ? 1 : -1);
  let usedForward = forward;
  let fellBack = false;
  if (rule.startsWith('modified-') && (!found || !inMonth(found.date))) {
    found = search(cal, nominal, forward ? -1 : 1);
    usedForward = !forward;
    fellBack = true;
  }
  const c = cause(cal, nominal);
  const head = `Ngày ${formatDateVi(nominal)} (${weekdayNameVi(nominal)}) là ngày nghỉ: ${c.vi}`;
  const headEn = `${weekdayNameEn(nominal)} ${formatDateEn(nominal)} is a day off: ${c.en}`;
  if (!found) {
    return {
      month: ym,
      nominal,
      date: nominal,
      moved: false,
      reason: `${head}; không tìm thấy ngày làm việc trong ${MAX_SEARCH} ngày nên giữ nguyên ngày.`,
      reasonEn: `${headEn}; no working day within ${MAX_SEARCH} days, date kept.`,
    };
  }
  const others = found.skipped.slice(1).map((d) => cause(cal, d));
  const alsoVi = uniq(others.map((o) => o.vi).filter((v) => v !== c.vi));
  const alsoEn = uniq(others.map((o) => o.en).filter((v) => v !== c.en));
  const dirVi = usedForward ? 'ngày làm việc kế tiếp' : 'ngày làm việc liền trước';
  const dirEn = usedForward ? 'the next working day' : 'the previous working day';
  const fbVi = fellBack ? (forward ? ' (ngày làm việc kế tiếp đã sang tháng sau)' : ' (ngày làm việc liền trước thuộc tháng trước)') : '';
  const fbEn = fellBack ? (forward ? ' (the next one is in the following month)' : ' (the previous one is in the preceding month)') : '';
  return {
    month: ym,
    nominal,
    date: found.date,
    moved: true,
    reason:
      `${head}${alsoVi.length ? `; tiếp theo là ${alsoVi.join(', ')}` : ''}. ` +
      `Dời sang ${dirVi}${fbVi}: ${weekdayNameVi(found.date)} ${formatDateVi(found.date)}.`,
    reasonEn:
      `${headEn}${alsoEn.length ? `; then ${alsoEn.join(', ')}` : ''}. ` +
      `Moved to ${dirEn}${fbEn}: ${weekdayNameEn(found.date)} ${formatDateEn(found.date)}.`,
  };
}

/**
 * The 12 briefing dates of a year (one calendar shared by all months).
 * @example briefingDates(2018).map((b) => b.date)[1]; // "2018-02-21"
 * @throws {GiaobanRangeError} for a year outside 1900–2100, a day outside 1–28 or an unknown date rule
 */
export function briefingDates(year: number, options: BriefingDateOptions = {}): BriefingDate[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new GiaobanRangeError('year.out-of-range', { vi: `Năm ${year} nằm ngoài phạm vi 1900–2100`, en: `Year ${year} is outside 1900–2100` });
  }
  const calendar = options.calendar ?? createWorkCalendar(options);
  const out: BriefingDate[] = [];
  for (let m = 1; m <= 12; m++) out.push(briefingDate(yearMonth(year, m), { ...options, calendar }));
  return out;
}
