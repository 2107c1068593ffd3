/** The statistics input a read workbook gives, so every caller counts the same rows. */
import type { ReadResult } from '../records/readResult.js';
import type { StatisticsInput } from './statistics.js';

/**
 * The record part of {@link StatisticsInput} from a read workbook: valid
 * briefings and issues, the plan sheet's rows (for "on the planned date") and
 * how many rows were left out for errors. Add the period and any options.
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const stats = computeStatistics({ ...statisticsInputOf(read), period: defaultSummaryPeriod(read)! });
 * ```
 */
export function statisticsInputOf(
  read: Pick<ReadResult, 'briefings' | 'issues' | 'planRows' | 'catalogue' | 'excludedRows'> & Partial<Pick<ReadResult, 'deadlines' | 'organisation'>>,
): Pick<StatisticsInput, 'briefings' | 'issues' | 'planned' | 'catalogue' | 'excludedRows' | 'deadlines' | 'tier'> {
  return {
    briefings: read.briefings,
    issues: read.issues,
    planned: read.planRows,
    catalogue: read.catalogue,
    excludedRows: read.excludedRows.length,
    ...(read.deadlines ? { deadlines: read.deadlines } : {}),
    ...(read.organisation?.tier === 'villages' ? { tier: 'villages' as const } : {}),
  };
}
