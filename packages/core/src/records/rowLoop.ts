/**
 * The row loop every record reader shares: skip blank rows, count progress,
 * drop exact duplicates, and keep a row only when reading it raised no error.
 */
import type { RowRef } from '../model.js';
import { msg } from '../findings/messages.js';
import type { TableCells } from './tableCells.js';

/** Progress and exclusion bookkeeping of one `readWorkbook` call. */
export interface RowLoopState {
  excluded: RowRef[];
  done: number;
  total: number;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const PROGRESS_EVERY = 2000;

/**
 * Runs `read` over the table's non-blank data rows. `read` returns a record or
 * null; a row that raised an error (or repeats an earlier row exactly, when
 * `duplicates` is set) is listed in `state.excluded` instead.
 */
export function forEachRow<T>(t: TableCells, state: RowLoopState, duplicates: boolean, read: (row: number) => T | null): T[] {
  const out: T[] = [];
  const seen = duplicates ? t.duplicateRows() : null;
  const sink = t.ctx.sink;
  for (let r = t.table.firstDataRow; r <= t.table.lastDataRow; r++) {
    if (t.blankRow(r)) continue;
    state.done++;
    if (state.onProgress && state.done % PROGRESS_EVERY === 0) state.onProgress(state.done, state.total);
    const before = sink.errors;
    if (seen) {
      const first = seen.check(r);
      if (first !== undefined) {
        t.report('row.duplicate', r, undefined, msg.duplicate(t.cell(r), r, first));
        state.excluded.push({ sheet: t.sheet, row: r });
        continue;
      }
    }
    const rec = read(r);
    if (sink.errors > before || rec === null) state.excluded.push({ sheet: t.sheet, row: r });
    else out.push(rec);
  }
  return out;
}
