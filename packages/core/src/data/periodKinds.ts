/**
 * How clerks name the kinds of reporting period: the codes of
 * `parsePeriodSpec` and the Vietnamese words, compared without accents,
 * case or spaces ("Quý", "quy", "QUÝ", "6 tháng" all match). Data only;
 * text/periodKind.ts reads it.
 */
import type { PeriodKind } from '../model.js';
import { ENGLISH_MONTH_NAMES } from './monthNames.js';

/** Accent-free, space-free wordings of each period kind. */
export const PERIOD_KIND_WORDS: Readonly<Record<string, Exclude<PeriodKind, 'custom'>>> = {
  month: 'month',
  thang: 'month',
  m: 'month',
  quarter: 'quarter',
  quy: 'quarter',
  q: 'quarter',
  half: 'half',
  'half-year': 'half',
  halfyear: 'half',
  '6thang': 'half',
  '6-thang': 'half',
  nuanam: 'half',
  h: 'half',
  'nine-months': 'nine-months',
  ninemonths: 'nine-months',
  '9thang': 'nine-months',
  '9-thang': 'nine-months',
  year: 'year',
  nam: 'year',
  y: 'year',
};

/**
 * The words of a reporting-period picker (the add-in's task pane and the offline app show the
 * same one): the kinds a clerk can choose, in Vietnamese and English.
 */
export const PERIOD_PICKER_LABELS = {
  period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  periodLatest: { vi: 'Tháng báo cáo gần nhất đã kết thúc', en: 'Latest completed reporting month' },
  periodMonth: { vi: 'Tháng…', en: 'Month…' },
  periodQuarter: { vi: 'Quý…', en: 'Quarter…' },
  periodHalf: { vi: '6 tháng…', en: 'Half-year…' },
  periodNine: { vi: '9 tháng…', en: 'Nine months…' },
  periodYear: { vi: 'Năm…', en: 'Year…' },
  periodOther: { vi: 'Kỳ khác (gõ vào)…', en: 'Other (type it)…' },
  periodWhich: { vi: 'Tháng, quý hoặc nửa năm', en: 'Month, quarter or half' },
  periodYearOf: { vi: 'Năm', en: 'Year' },
  periodValue: { vi: 'Kỳ báo cáo (vd. tháng 3/2025, quý I/2025, 6 tháng đầu năm 2025, từ 01/2025 đến 03/2025)', en: 'Period (e.g. March 2025, Q1 2025, first half of 2025, from 01/2025 to 03/2025)' },
  calendarPeriods: { vi: 'Kỳ theo lịch (không cắt ngày 15)', en: 'Calendar periods (no 15th cut-off)' },
} as const satisfies Readonly<Record<string, { vi: string; en: string }>>;

/**
 * The first list of a period picker, by kind: the months, quarters and halves a clerk picks before
 * the year (nine months and a year need the year alone). Index 0 is month 1, quarter I, the first half.
 */
export const PERIOD_PICKER_CHOICES = {
  month: {
    vi: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
    en: ENGLISH_MONTH_NAMES,
  },
  quarter: { vi: ['Quý I', 'Quý II', 'Quý III', 'Quý IV'], en: ['Q1', 'Q2', 'Q3', 'Q4'] },
  half: { vi: ['6 tháng đầu năm', '6 tháng cuối năm'], en: ['First half', 'Second half'] },
} as const satisfies Readonly<Record<'month' | 'quarter' | 'half', { vi: readonly string[]; en: readonly string[] }>>;

/** The period a clerk's words name before the number and year of a period text. */
export type PeriodTextKind = 'month' | 'quarter' | 'firstHalf' | 'secondHalf' | 'nineMonths' | 'year';

/**
 * How clerks write a reporting period in words, accent-free and lower case (the reader folds the
 * text the same way): "tháng 3/2018", "T3/2018", "quý I/2018", "6 tháng đầu năm 2018",
 * "9 tháng 2018", "năm 2018", and the English labels ("Q1 2018", "First half of 2018").
 * A month or quarter word is followed by its number; the others by the year. A bare "6 tháng"
 * is the first half, as in the mid-year report (*báo cáo sơ kết 6 tháng*).
 */
export const PERIOD_TEXT_WORDS: Readonly<Record<PeriodTextKind, readonly string[]>> = {
  month: ['thang', 'month', 't', 'm'],
  quarter: ['quy', 'quarter', 'q'],
  firstHalf: ['6 thang dau nam', '6 thang dau', '6 thang nam', '6 thang', 'nua dau nam', 'so ket 6 thang', 'first half of', 'first half', 'h1'],
  secondHalf: ['6 thang cuoi nam', '6 thang cuoi', 'nua cuoi nam', 'second half of', 'second half', 'h2'],
  nineMonths: ['9 thang dau nam', '9 thang nam', '9 thang', 'nine months of', 'nine months'],
  year: ['ca nam', 'nam', 'year'],
};

/** English month names, full and short, index 0 = January: an English label ("March 2018") reads back as its month. */
export const ENGLISH_MONTH_WORDS: readonly (readonly string[])[] = ENGLISH_MONTH_NAMES.map((name) => {
  const full = name.toLowerCase();
  // Three letters ("Jan"), and "Sept" as well as "Sep".
  return [...new Set([full, full.slice(0, 3), ...(full === 'september' ? ['sept'] : [])])];
});

/** Words around the two ends of a period range ("từ 01/2026 đến 03/2026"), with and without accents. */
export const PERIOD_RANGE_WORDS = { from: ['từ', 'tu', 'from'], to: ['đến', 'den', 'tới', 'toi', 'to'] } as const;
