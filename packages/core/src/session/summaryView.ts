/**
 * The summary view: the figures of a reporting period and the report
 * paragraph. The period defaults to the last reporting month ended by the
 * latest record; overdue items are counted to the session's as-of date, the
 * same date its findings and papers use.
 */
import type { IsoDate } from '../model.js';
import { customPeriod, parsePeriodSpec, type PeriodOptions, type ReportingPeriod } from '../calendar/periods.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { ReadResult } from '../records/readResult.js';
import { communeKindWords } from '../report/format.js';
import { statisticsNarrative, type Narrative } from '../report/narrative.js';
import { computeStatistics } from '../stats/computeStatistics.js';
import { statisticsInputOf } from '../stats/fromRead.js';
import { defaultSummaryPeriod } from '../stats/latestDate.js';
import type { Statistics, StatisticsFilters } from '../stats/statistics.js';
import { refusal } from './errors.js';

/** Which period to summarise; every field may be left out. */
export interface SummaryRequest {
  /** A period spec (`month:2025-12`, `quarter:2025-Q4`, `year:2025`, `2025-01-01..2025-06-30`). */
  period?: string | null;
  /** A custom period's first and last day (instead of `period`). */
  from?: IsoDate | null;
  to?: IsoDate | null;
  /** First day of the cumulative figures (default: the start of the reporting year). */
  since?: IsoDate | null;
  /** One cluster, commune or leader only. */
  filters?: StatisticsFilters;
  /** Calendar months instead of the decree's cut-off, for this request only (default: the session's option). */
  calendar?: boolean | null;
}

/** The figures and the paragraph of a period. Plain data. */
export interface SummaryView {
  period: ReportingPeriod;
  statistics: Statistics;
  narrative: Narrative;
  /** The unit the paragraph names, or null. */
  unit: string | null;
  /** What the units counted are called: "xã", "xã, phường, đặc khu", or "thôn, bản" for a commune police unit's villages. */
  kinds: { vi: string; en: string };
}

/** What the summary needs from its session. */
export interface SummaryContext {
  read: ReadResult;
  periodOptions: PeriodOptions;
  asOf: IsoDate | null;
  overdueDays: number | null;
  calendar: WorkCalendar;
  unit: string | null;
}

/**
 * The period a request names, or the default one.
 *
 * @param read what the session read
 * @param request the request
 * @param periodOptions calendar months or the decree's cut-off
 * @returns the period
 * @throws {PeriodSpecError} for a period spec or a custom range that cannot be read
 * @throws {SessionError} when no period is named and the workbook has no dated record
 * @example
 * ```ts
 * periodOf(read, {}, {}).label; // "Tháng 12/2025 (15/11/2025 – 14/12/2025)"
 * ```
 */
export function periodOf(read: ReadResult, request: SummaryRequest, periodOptions: PeriodOptions): ReportingPeriod {
  if (request.period) return parsePeriodSpec(request.period, periodOptions);
  if (request.from && request.to) return customPeriod(request.from, request.to);
  const period = defaultSummaryPeriod(read, periodOptions);
  if (period === null) throw refusal('session.noPeriod');
  return period;
}

/**
 * The summary of a period.
 *
 * @param ctx the session's read, calendar, as-of date and unit
 * @param period the period ({@link periodOf})
 * @param request filters and the start of the cumulative figures
 * @returns the view
 * @throws {StatisticsFilterError} when a filter names no cluster, commune or leader of the catalogue
 * @example
 * ```ts
 * summaryViewOf(ctx, periodOf(read, {}, {}), {}).statistics.issues.total; // 27
 * ```
 */
export function summaryViewOf(ctx: SummaryContext, period: ReportingPeriod, request: SummaryRequest): SummaryView {
  const statistics = computeStatistics({
    ...statisticsInputOf(ctx.read),
    period,
    filters: request.filters,
    ...(request.since ? { since: request.since } : {}),
    ...(ctx.asOf !== null ? { asOf: ctx.asOf } : {}),
    ...(ctx.overdueDays !== null ? { overdueDays: ctx.overdueDays } : {}),
    ...(ctx.periodOptions.cutoffDay !== undefined ? { cutoffDay: ctx.periodOptions.cutoffDay } : {}),
    calendar: ctx.calendar,
  });
  return { period, statistics, narrative: statisticsNarrative(statistics, { unit: ctx.unit }), unit: ctx.unit, kinds: communeKindWords(statistics.communeKinds, statistics.tier) };
}
