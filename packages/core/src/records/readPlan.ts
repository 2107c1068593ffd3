/**
 * The product's own plan sheet ("Lịch giao ban") → {@link PlanRow}s: the
 * planned date of each cluster's briefing, read back so that held briefings
 * can be compared with it and fixed rows survive the next rotation.
 */
import type { IsoDate, RowRef, YearMonth } from '../model.js';
import { isoDate, monthOf } from '../calendar/index.js';
import { foldKey } from '../text/index.js';
import { msg, WHAT } from '../findings/messages.js';
import type { CatalogueIndex } from './catalogueIndex.js';
import { readFixed } from './cellValues.js';
import { readChairCell, readCommuneCell } from './nameCells.js';
import { forEachRow, type RowLoopState } from './rowLoop.js';
import type { ReadContext, TableCells } from './tableCells.js';

/** One row of the plan sheet. */
export interface PlanRow {
  ref: RowRef;
  month: YearMonth;
  cluster: string;
  date: IsoDate;
  host: string;
  chair: string | null;
  /** Marked "Cố định": an override the next rotation keeps. */
  fixed: boolean;
}

const EXPECT_MONTH = { vi: 'ghi tháng dạng 01/2018 hoặc 2018-01', en: 'write the month as 01/2018 or 2018-01' };

/**
 * A month cell: "2018-01", "01/2018", "1-2018", "Tháng 01/2018", "tháng 1 năm 2018",
 * or a date (serial or text) whose month is meant. `null` when blank, `undefined` when unreadable.
 */
export function parseMonthCell(v: unknown, ctx: ReadContext, numberFormat: string | null): YearMonth | null | undefined {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v === 'string') {
    const s = foldKey(v).replace(/^tháng\s*/, '');
    let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s);
    let y: number | undefined;
    let mo: number | undefined;
    if (m) {
      y = Number(m[1]);
      mo = Number(m[2]);
    } else if ((m = /^(\d{1,2})\s*(?:[-/.]|\s+năm\s+|\s+)\s*(\d{4})$/.exec(s))) {
      mo = Number(m[1]);
      y = Number(m[2]);
    }
    // A month that does not exist ("13/2018", year 0) is unreadable: the caller reports the cell.
    if (y !== undefined && mo !== undefined) return mo >= 1 && mo <= 12 && y >= 1 ? monthOf(isoDate(y, mo, 1)) : undefined;
  }
  if (typeof v === 'string' || typeof v === 'number') {
    const d = ctx.parseDate(v, numberFormat);
    if (d) return monthOf(d);
  }
  return undefined;
}

/** Reads a plan table. */
export function readPlan(t: TableCells, state: RowLoopState, cat: CatalogueIndex): PlanRow[] {
  return forEachRow(t, state, false, (r): PlanRow | null => {
    const date = t.date(r, 'date', WHAT.briefingDate, true);
    let month: YearMonth | null | undefined = null;
    const mc = t.col('month');
    if (mc !== undefined) {
      month = parseMonthCell(t.value(r, 'month'), t.ctx, t.view.dataNumberFormat(r, mc));
      if (month === undefined) t.report('value.invalid', r, 'month', msg.valueInvalid(t.cell(r, 'month'), t.value(r, 'month'), WHAT.month, EXPECT_MONTH));
    }
    const host = readCommuneCell(t, r, t.has('host') ? 'host' : 'commune', cat, WHAT.host);
    const chair = readChairCell(t, r, cat);
    if (!date || !host || month === undefined) return null;
    return {
      ref: { sheet: t.sheet, row: r },
      month: month ?? monthOf(date),
      cluster: t.text(r, 'cluster') ?? cat.commune(host)?.cluster ?? '',
      date,
      host,
      chair,
      fixed: readFixed(t.value(r, 'fixed')),
    };
  });
}
