/**
 * The roll-up in one call, for workbooks already read into memory: reduce
 * each, choose the period most of them reached (unless one is given), count
 * again the few that stopped at another month, combine. A caller reading
 * files one at a time (the CLI) runs the same steps itself so it never holds
 * more than one workbook's grid.
 */
import { combineRollup, rollupRecount, type Rollup, type RollupOptions, type UnreadableWorkbook } from './combine.js';
import { asReportingPeriod, reduceUnitWorkbook, type RollupCountOptions, type UnitWorkbook } from './reduce.js';

/** Options of {@link rollupWorkbooks}: how to count, and how to combine. */
export type RollupWorkbooksOptions = RollupCountOptions & Omit<RollupOptions, 'period'>;

/**
 * The province's roll-up of many units' read workbooks.
 *
 * @param workbooks - each unit's read workbook with its file name and title-row names; or a file that failed to read.
 * @param options - period (default: the latest complete reporting month most workbooks reached), as-of date, holidays, registers of units, province.
 * @returns per unit and in total: this period, the same period a year earlier, the change, and the findings.
 * @throws {RollupEmptyError} when no workbook could be read.
 * @example
 * ```ts
 * const workbooks = grids.map(({ file, grid }) => ({ file, read: readWorkbook(grid), names: detectUnitNames(grid) }));
 * const rollup = rollupWorkbooks(workbooks, { period: parsePeriodSpec('month:2025-12') });
 * rollup.total.briefings;            // briefings held by every unit
 * rollup.total.change.counts.items;  // { delta: 12, pct: 0.05 } against December 2024
 * ```
 */
export function rollupWorkbooks(workbooks: readonly (UnitWorkbook | UnreadableWorkbook)[], options: RollupWorkbooksOptions = {}): Rollup {
  const readable = workbooks.filter((w): w is UnitWorkbook => !('error' in w));
  const reductions = readable.map((w) => reduceUnitWorkbook(w, options));
  const recount = options.period ? null : rollupRecount(reductions);
  if (recount) for (const i of recount.indexes) reductions[i] = reduceUnitWorkbook(readable[i]!, { ...options, period: recount.period });
  const byWorkbook = new Map<UnitWorkbook | UnreadableWorkbook, (typeof reductions)[number] | UnreadableWorkbook>();
  readable.forEach((w, i) => byWorkbook.set(w, reductions[i]!));
  const sources = workbooks.map((w) => ('error' in w ? w : byWorkbook.get(w)!));
  // Without a period given, combineRollup chooses the same one again from the recounted workbooks (and says which workbooks reached another).
  const { period: given, ...combine } = options;
  return combineRollup(sources, { ...combine, ...(given ? { period: asReportingPeriod(given) } : {}) });
}
