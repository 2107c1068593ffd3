/**
 * Drop-down lists a front end may add to the clerk's own tables on request
 * (the add-in's "Thêm danh sách chọn"): the issue tables' category and status
 * columns, with the labels the reader accepts. Decided here so every front end
 * offers the same lists on the same cells.
 */
import { CATEGORY_SHORT_LABELS } from '../data/categories.js';
import { STATUS_LABELS } from '../data/statuses.js';
import type { ReadResult } from '../records/readResult.js';
import { columnLetter } from '../workbook/a1.js';

/** One drop-down list over a column range of a clerk's table. */
export interface DropdownRequest {
  sheet: string;
  /** A1 range, e.g. `F5:F240`. */
  range: string;
  /** The values offered (no comma in any of them, as Excel's list syntax needs). */
  list: string[];
}

/** Rows below a table's last data row that also get the list, for the rows the clerk adds next. */
const ROWS_AHEAD = 200;

/**
 * The drop-downs for a read workbook: each issue table's category and status columns.
 *
 * @param read what the session read
 * @returns one request per column
 * @example
 * ```ts
 * dropdownRequestsOf(read)[0]; // { sheet: 'Ý kiến 2024', range: 'F5:F340', list: ['ANTT', …] }
 * ```
 */
export function dropdownRequestsOf(read: Pick<ReadResult, 'tables'>): DropdownRequest[] {
  const lists: Record<'category' | 'status', string[]> = {
    status: Object.values(STATUS_LABELS).map((l) => l.vi),
    category: Object.values(CATEGORY_SHORT_LABELS),
  };
  const out: DropdownRequest[] = [];
  for (const t of read.tables) {
    if (t.kind !== 'issues') continue;
    for (const field of ['category', 'status'] as const) {
      const col = t.columns[field];
      if (!col) continue;
      const letter = columnLetter(col);
      out.push({ sheet: t.sheet, range: `${letter}${t.firstDataRow}:${letter}${Math.max(t.lastDataRow, t.firstDataRow) + ROWS_AHEAD}`, list: lists[field] });
    }
  }
  return out;
}
