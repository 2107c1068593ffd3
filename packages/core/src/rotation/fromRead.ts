/** The rotation input a read workbook gives: catalogue, briefings held and the previous plan sheet. */
import type { ReadResult } from '../records/readResult.js';
import type { RotationInput } from './types.js';

/**
 * The workbook part of {@link RotationInput}: the catalogue (whose holidays
 * the planner uses by default), the briefings held as history, and the plan
 * sheet's rows as the previous plan (rows marked "Cố định" stay fixed), and
 * the Đổi lịch table's recorded swaps.
 * Add `from`, `months` and any date options.
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const plan = planRotation({ ...rotationInputOf(read), from: defaultPlanStart(read)!, months: 12 });
 * ```
 */
export function rotationInputOf(
  read: Pick<ReadResult, 'catalogue' | 'briefings' | 'planRows'> & Partial<Pick<ReadResult, 'swaps'>>,
): Pick<RotationInput, 'catalogue' | 'history' | 'previous' | 'swaps'> {
  return {
    catalogue: read.catalogue,
    history: read.briefings,
    previous: read.planRows.map((r) => ({ month: r.month, cluster: r.cluster, date: r.date, host: r.host, chair: r.chair, fixed: r.fixed })),
    swaps: read.swaps ?? [],
  };
}
