/** Statistics of briefings and issues for a reporting period. */
export * from './statistics.js';
export { computeStatistics, STATISTICS_CATEGORIES, STATISTICS_STATUSES, STATISTICS_RAISERS } from './computeStatistics.js';
export { StatisticsFilterError, resolveStatisticsFilters, filterNameKey, type ResolvedFilters } from './filters.js';
export { latestRecordDate, lastCompleteReportingMonth, defaultSummaryPeriod, defaultPlanStart, type DatedRecords } from './latestDate.js';
export { statisticsInputOf } from './fromRead.js';
