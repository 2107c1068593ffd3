/** The latest date in the records: the default "now" of a report. */
import type { BriefingRecord, IsoDate, IssueRecord, YearMonth } from '../model.js';
import { addDays, addMonths, monthOf } from '../calendar/civilDate.js';
import { periodContaining, type PeriodOptions, type ReportingPeriod } from '../calendar/periods.js';

/**
 * Latest date of a briefing or an issue (ISO strings compare as dates), or null when there are none.
 *
 * @example
 * ```ts
 * latestRecordDate(read.briefings, read.issues); // "2025-12-16"
 * ```
 */
export function latestRecordDate(briefings: readonly BriefingRecord[], issues: readonly IssueRecord[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const b of briefings) if (latest === null || b.date > latest) latest = b.date;
  for (const i of issues) if (latest === null || i.date > latest) latest = i.date;
  return latest;
}

/**
 * The last reporting month that has ended by `latest` (the month containing
 * `latest` when it ends that very day, else the one before): the month a unit
 * reports on after the data of `latest` are in.
 *
 * @example
 * ```ts
 * lastCompleteReportingMonth('2025-12-28').label; // "Tháng 12/2025 (15/11/2025 – 14/12/2025)"
 * lastCompleteReportingMonth('2025-12-28', { calendar: true }).from; // "2025-11-01"
 * ```
 */
export function lastCompleteReportingMonth(latest: IsoDate, options: PeriodOptions = {}): ReportingPeriod {
  const p = periodContaining(latest, 'month', options);
  return p.to === latest ? p : periodContaining(addDays(p.from, -1), 'month', options);
}

/** Records the defaults look at: a `ReadResult` fits. */
export interface DatedRecords {
  briefings: readonly BriefingRecord[];
  issues: readonly IssueRecord[];
}

/**
 * The period a summary covers when the clerk names none: the last reporting
 * month that has ended by the workbook's latest record
 * ({@link lastCompleteReportingMonth}). The CLI (`summarize`, `demo`) and the
 * add-in's "Tổng hợp" all call this, so they report on the same month.
 * Null when the workbook has no dated record (the caller asks for a period).
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * defaultSummaryPeriod(read)?.label; // "Tháng 12/2025 (15/11/2025 – 14/12/2025)"
 * defaultSummaryPeriod(read, { calendar: true })?.from; // "2025-11-01"
 * ```
 */
export function defaultSummaryPeriod(records: DatedRecords, options: PeriodOptions = {}): ReportingPeriod | null {
  const latest = latestRecordDate(records.briefings, records.issues);
  return latest === null ? null : lastCompleteReportingMonth(latest, options);
}

/**
 * How many months a new plan covers when the clerk names none: a year. The CLI's `demo`,
 * the add-in's "Lập lịch" and the offline app all plan this many.
 */
export const DEFAULT_PLAN_MONTHS = 12;

/**
 * The first month a new plan covers when the clerk names none: the month after
 * the workbook's latest record (briefings held are history, not plan). Used by
 * `giaoban demo` and the add-in's "Lập lịch". Null when there is no dated record.
 *
 * @example
 * ```ts
 * defaultPlanStart(readWorkbook(grid)); // "2026-01" when the last briefing was on 2025-12-16
 * ```
 */
export function defaultPlanStart(records: DatedRecords): YearMonth | null {
  const latest = latestRecordDate(records.briefings, records.issues);
  return latest === null ? null : addMonths(monthOf(latest), 1);
}
