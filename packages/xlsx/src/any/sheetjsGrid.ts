/**
 * A SheetJS workbook → the core's `WorkbookGrid`, for the formats the package
 * reader does not read (.xls, .ods). The cell rules are the package reader's:
 * dates as serials in the workbook's own date system, formulas as their cached
 * results, errors as their text ("#N/A"), "General" as no format, a
 * rectangular block from A1. SheetJS itself is loaded by the caller, lazily.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellValue, SheetGrid, WorkbookGrid } from '@giaoban/core';

/** The two SheetJS helpers the grid needs (from the lazily loaded module). */
export interface SheetJsUtils {
  decode_cell(address: string): { r: number; c: number };
  encode_range(range: { s: { r: number; c: number }; e: { r: number; c: number } }): string;
}

/** A SheetJS cell → the value Excel reports for it. */
function cellValue(cell: CellObject): CellValue {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : '#VALUE!';
    case 's':
      return typeof cell.v === 'string' && cell.v.length > 0 ? cell.v : null;
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return cell.w ?? '#VALUE!';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}

/** One worksheet → a rectangular grid from A1 (trailing empty rows and columns trimmed). */
export function sheetToGrid(name: string, ws: WorkSheet, utils: SheetJsUtils): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  let height = 0;
  let width = 0;
  for (const key of Object.keys(ws)) {
    if (key.charCodeAt(0) === 33 /* "!" */) continue;
    const cell = ws[key] as CellObject;
    const v = cellValue(cell);
    if (v === null) continue;
    const { r, c } = utils.decode_cell(key);
    (values[r] ??= [])[c] = v;
    const z = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : null;
    if (z !== null) {
      (formats[r] ??= [])[c] = z;
      anyFormat = true;
    }
    if (r + 1 > height) height = r + 1;
    if (c + 1 > width) width = c + 1;
  }
  const pad = <T,>(rows: (T | null)[][], r: number): (T | null)[] => {
    const row = rows[r] ?? [];
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    return row;
  };
  const grid: SheetGrid = { name, values: Array.from({ length: height }, (_, r) => pad(values, r)) };
  if (anyFormat) grid.numberFormats = Array.from({ length: height }, (_, r) => pad(formats, r));
  const merges = ws['!merges'];
  if (merges && merges.length > 0) grid.merges = merges.map((m) => utils.encode_range(m));
  return grid;
}

/** A parsed SheetJS workbook → the core's grid, sheets in tab order. */
export function workbookToGrid(wb: WorkBook, utils: SheetJsUtils): WorkbookGrid {
  const sheets = wb.SheetNames.map((name) => sheetToGrid(name, wb.Sheets[name]!, utils));
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return date1904 ? { sheets, date1904 } : { sheets };
}
