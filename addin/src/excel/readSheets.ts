/// <reference types="office-js" />
/**
 * Reads every worksheet's used range as plain grids for the core.
 * Sync plan, whatever the row count: (1) sheet names, visibility and the
 * 1904 probe, (2) used-range addresses and table names, then (3…) the values
 * and number formats in as
 * few batches as the payload limit allows ("payload chunks"; one for an
 * ordinary workbook). No range read exceeds 5,000,000 cells.
 */
import { boxA1, type CellValue, type ExistingSheetInfo, type SheetGrid, type WorkbookGrid } from '@giaoban/core';
import type { Capabilities } from './host.js';
import { topLeftOf } from './addresses.js';

/** Most cells one range may read (Office guidance: 5 million). */
export const MAX_CELLS_PER_RANGE = 5_000_000;

export interface ReadOptions {
  /** Cells per read batch before the first measurement. */
  initialCellsPerSync?: number;
  /** Estimated response bytes per batch to stay under (Excel on the web allows 5 MB). */
  responseBudgetBytes?: number;
  /** Cells per range (≤ 5,000,000). */
  maxCellsPerRange?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Counts the adapter reports about its own batching. */
export interface IoReport {
  syncs: number;
  /** Syncs that exist only because the data had to be split for the payload limit. */
  chunkSyncs: number;
  cellsRead: number;
  cellsWritten: number;
  largestRequestEstimate: number;
}

export function emptyIo(): IoReport {
  return { syncs: 0, chunkSyncs: 0, cellsRead: 0, cellsWritten: 0, largestRequestEstimate: 0 };
}

interface Piece { sheet: number; row: number; col: number; rows: number; cols: number }

/**
 * Reads the whole workbook (every sheet's used range) in a constant number of syncs.
 *
 * @example
 * ```ts
 * const { grid } = await host.run((ctx) => readWorkbookGrid(ctx, host.capabilities));
 * readWorkbook(grid); // core
 * ```
 */
export async function readWorkbookGrid(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  options: ReadOptions = {},
  io: IoReport = emptyIo(),
): Promise<{ grid: WorkbookGrid; sheets: ExistingSheetInfo[]; io: IoReport }> {
  const maxPerRange = Math.min(options.maxCellsPerRange ?? MAX_CELLS_PER_RANGE, MAX_CELLS_PER_RANGE);
  const budget = options.responseBudgetBytes ?? 3_500_000;
  let cellsPerSync = options.initialCellsPerSync ?? 60_000;

  // (1) names, visibility, and whether serial 0 is 1904-01-01 (DATE(1904,1,1) = 0 there).
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const probe = caps.date1904Probe ? ctx.workbook.functions.date(1904, 1, 1) : null;
  if (caps.date1904Probe && probe) probe.load('value');
  await ctx.sync();
  io.syncs++;
  // Without the probe (ExcelApi 1.1) the workbook is taken as 1900-based, the default of every Windows Excel.
  const date1904 = caps.date1904Probe && probe ? probe.value === 0 : false;

  // (2) used ranges (values only where the host can: a sheet bordered to row 65,536 is not read cell by cell) and tables.
  const used = sheets.items.map((ws) => {
    // Read in this batch only: untracked, so Excel.run sends no clean-up request for it.
    const r = (caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange()).untrack();
    r.load('address,rowCount,columnCount');
    return r;
  });
  const tables = sheets.items.map((ws) => ws.tables.load('items/name'));
  if (used.length) {
    await ctx.sync();
    io.syncs++;
  }

  const grids: SheetGrid[] = sheets.items.map((ws, i) => {
    const tl = topLeftOf(used[i]!.address);
    return { name: ws.name, values: [], numberFormats: [], origin: tl };
  });

  // Split each used range into row bands of at most maxPerRange cells.
  const pieces: Piece[] = [];
  used.forEach((r, i) => {
    const { row, col } = grids[i]!.origin!;
    const rows = r.rowCount, cols = r.columnCount;
    const band = Math.max(1, Math.floor(maxPerRange / cols));
    for (let r0 = 0; r0 < rows; r0 += band) pieces.push({ sheet: i, row: row + r0, col, rows: Math.min(band, rows - r0), cols });
  });
  const total = pieces.reduce((n, p) => n + p.rows * p.cols, 0);

  // (3…) values + number formats, batched by a cell budget that adapts to the measured bytes per cell.
  let done = 0;
  let first = true;
  const queue = pieces.slice();
  while (queue.length) {
    const batch: { piece: Piece; range: Excel.Range }[] = [];
    let cells = 0;
    while (queue.length && (batch.length === 0 || cells + queue[0]!.rows * queue[0]!.cols <= cellsPerSync)) {
      let p = queue.shift()!;
      const room = Math.max(cellsPerSync - cells, p.cols);
      if (p.rows * p.cols > room) {
        // Split the piece: take what fits now, leave the rest first in the queue.
        const take = Math.max(1, Math.floor(room / p.cols));
        queue.unshift({ ...p, row: p.row + take, rows: p.rows - take });
        p = { ...p, rows: take };
      }
      const ws = sheets.items[p.sheet]!;
      const range = ws.getRange(boxA1(p.row, p.col, p.rows, p.cols)).untrack();
      range.load('values,numberFormat');
      batch.push({ piece: p, range });
      cells += p.rows * p.cols;
    }
    await ctx.sync();
    io.syncs++;
    if (!first) io.chunkSyncs++;
    first = false;
    let bytes = 0;
    for (const { piece, range } of batch) {
      const g = grids[piece.sheet]!;
      const values = range.values as unknown[][];
      const formats = range.numberFormat as unknown[][];
      for (let r = 0; r < values.length; r++) {
        g.values.push(values[r]!.map(toCellValue));
        g.numberFormats!.push(formats[r]!.map((f) => (typeof f === 'string' && f !== 'General' ? f : null)));
      }
      bytes += estimateBytes(values) + estimateBytes(formats);
      io.cellsRead += piece.rows * piece.cols;
    }
    done += cells;
    options.onProgress?.(done, total);
    // Aim the next batch at the budget, from the bytes per cell just seen (with a margin).
    const perCell = bytes / Math.max(1, cells);
    cellsPerSync = Math.max(1_000, Math.floor(budget / Math.max(perCell * 1.25, 1)));
  }

  // An empty sheet reports A1 with one blank cell: hand the core an empty grid.
  for (const g of grids) if (g.values.length === 1 && g.values[0]!.length === 1 && g.values[0]![0] === null) {
    g.values = [];
    g.numberFormats = [];
  }
  const info = sheets.items.map((ws, i): ExistingSheetInfo => ({ name: ws.name, marker: null, hidden: ws.visibility !== 'Visible', tables: tables[i]!.items.map((t) => t.name) }));
  return { grid: { sheets: grids, date1904 }, sheets: info, io };
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** JSON size of a 2-D array without building the string (rough, for batching decisions). */
export function estimateBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 3;
    for (const v of row) n += (typeof v === 'string' ? utf8Length(v) + 2 : typeof v === 'number' ? (Number.isFinite(v) ? String(v).length : 4) : v === null ? 4 : 5) + 1;
  }
  return n;
}

/** UTF-8 bytes of a string as JSON carries it (a quote or backslash is escaped). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? (c === 34 || c === 92 ? 2 : 1) : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
