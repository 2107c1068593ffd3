/**
 * How clerks name the kinds of reporting period (SPEC §2.4): the codes of
 * `parsePeriodSpec` and the Vietnamese words, compared without accents,
 * case or spaces ("Quý", "quy", "QUÝ", "6 tháng" all match). Data only;
 * text/periodKind.ts reads it.
 */
import type { PeriodKind } from '../model.js';

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
  periodValue: { vi: 'Kỳ (vd. 2025-12, 2025-Q4, 2025-H2, 2025)', en: 'Period (e.g. 2025-12, 2025-Q4, 2025-H2, 2025)' },
  calendarPeriods: { vi: 'Kỳ theo lịch (không cắt ngày 15)', en: 'Calendar periods (no 15th cut-off)' },
} as const satisfies Readonly<Record<string, { vi: string; en: string }>>;
